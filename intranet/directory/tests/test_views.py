"""Pages: search, asking for help, and a leader managing the organisation's offers."""

import pytest
from django.core import mail

from intranet.directory.models import CompetenceOffer, HelpRequest, Mode

from .factories import CompetenceFactory, offer

pytestmark = pytest.mark.django_db


def search_url(network, **params):
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"/da/directory/networks/{network.slug}/" + (f"?{query}" if query else "")


@pytest.mark.parametrize("language", ["da", "ar", "fr"])
def test_member_searches_the_directory_in_each_language(client, network, organisation, volunteer, language):
    competence = CompetenceFactory(name_da="Førstehjælp", name_ar="الإسعافات الأولية", name_fr="Premiers secours")
    offer(organisation, competence, description="دورات في الإسعافات الأولية")
    client.force_login(volunteer)

    response = client.get(f"/{language}/directory/networks/{network.slug}/", {"q": "اسعافات"})

    assert response.status_code == 200
    content = response.content.decode()
    assert {"da": "Førstehjælp", "ar": "الإسعافات الأولية", "fr": "Premiers secours"}[language] in content
    assert 'dir="auto">دورات في الإسعافات الأولية' in content


def test_filters_by_competence_slug_city_and_language(client, network, organisation, sister_organisation, volunteer):
    wanted = offer(sister_organisation, description="Wanted", languages=["zgh"])
    offer(organisation, description="Unwanted", languages=["da"])
    client.force_login(volunteer)
    response = client.get(
        search_url(network, competence=wanted.competence.slug, city=sister_organisation.city, language="zgh")
    )
    assert list(response.context["page_obj"]) == [wanted]


def test_directory_index_leads_to_the_only_network(client, network, volunteer):
    client.force_login(volunteer)
    response = client.get("/da/directory/")
    assert response.status_code == 302 and response["Location"] == search_url(network)


def test_ask_for_help_emails_the_contact_and_confirms(
    client, network, organisation, leader, sister_organisation, sister_leader, django_capture_on_commit_callbacks
):
    existing = offer(organisation, contact=leader)
    client.force_login(sister_leader)
    url = f"/fr/directory/networks/{network.slug}/offers/{existing.pk}/"
    assert client.get(url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {"message": "Aidez-nous", "organisation": sister_organisation.pk, "reach_me": "le mardi"}
        )

    help_request = HelpRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/fr/directory/networks/{network.slug}/requests/{help_request.pk}/sent/"
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200 and "Aidez-nous" in confirmation.content.decode()
    assert help_request.asker_organisation == sister_organisation and help_request.reach_me == "le mardi"
    [message] = mail.outbox
    assert message.to == [leader.email] and message.reply_to == [sister_leader.email]
    assert '<html lang="ar"' in message.alternatives[0][0]  # the contact's language, not the asker's

    # The leader of the offering organisation sees it among the received requests.
    client.force_login(leader)
    page = client.get(f"/da/directory/organisations/{organisation.slug}/offers/").content.decode()
    assert "Aidez-nous" in page and sister_leader.email in page


def test_someone_elses_confirmation_is_not_found(client, network, organisation, leader, sister_leader, volunteer):
    existing = offer(organisation, contact=leader)
    client.force_login(sister_leader)
    client.post(
        f"/da/directory/networks/{network.slug}/offers/{existing.pk}/",
        {"message": "Hjælp", "organisation": "", "reach_me": "x"},
    )
    # The sister leader belongs to an organisation, so saying on whose behalf is required.
    assert not HelpRequest.objects.exists()
    client.force_login(volunteer)
    help_request = HelpRequest.objects.create(offer=existing, asked_by=sister_leader, message="m", reach_me="r")
    response = client.get(f"/da/directory/networks/{network.slug}/requests/{help_request.pk}/sent/")
    assert response.status_code == 404


def test_leader_adds_edits_and_withdraws_an_offer(client, organisation, leader, volunteer):
    competence = CompetenceFactory()
    client.force_login(leader)
    base = f"/da/directory/organisations/{organisation.slug}/offers/"

    response = client.post(
        base + "add/",
        {
            "competence": competence.pk,
            "description": "Vi underviser i førstehjælp",
            "contact": volunteer.pk,
            "languages": ["da", "en"],
            "city": "",
            "mode": Mode.ONLINE,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    created = CompetenceOffer.objects.get()
    assert (created.contact, created.city, created.language_codes) == (volunteer, organisation.city, ["da", "en"])

    edit = client.get(base + f"{created.pk}/edit/")
    assert edit.status_code == 200 and edit.context["form"].initial["languages"] == ["da", "en"]
    response = client.post(
        base + f"{created.pk}/edit/",
        {
            "competence": competence.pk,
            "description": "Nu også på arabisk",
            "contact": leader.pk,
            "languages": ["ar"],
            "city": "Asilah",
            "mode": Mode.BOTH,
        },
    )
    assert response.status_code == 302
    created.refresh_from_db()
    assert (created.description, created.city, created.contact) == ("Nu også på arabisk", "Asilah", leader)

    assert client.post(base + f"{created.pk}/withdraw/").status_code == 302
    assert not CompetenceOffer.objects.active().exists()


def test_contact_must_be_chosen_among_the_members(client, organisation, leader, sister_leader):
    client.force_login(leader)
    response = client.post(
        f"/da/directory/organisations/{organisation.slug}/offers/add/",
        {
            "competence": CompetenceFactory().pk,
            "description": "x",
            "contact": sister_leader.pk,
            "languages": ["da"],
            "mode": Mode.BOTH,
        },
    )
    assert response.status_code == 200 and "contact" in response.context["form"].errors
    assert not CompetenceOffer.objects.exists()
