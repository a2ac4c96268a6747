"""Coordinators admit organisations to their network and invite leaders; the Django admin goes through services."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from intranet.organisations import services
from intranet.organisations.models import Invitation, Organisation, Role

from .factories import NetworkFactory, OrganisationFactory, UserFactory, coordinator, member
from .helpers import LANGUAGES, html_lang_dir

pytestmark = pytest.mark.django_db

NEW_ORGANISATION = {
    "name_da": "Café Sammen",
    "name_ar": "مقهى معًا",
    "name_fr": "Café Ensemble",
    "kind": "association",
    "city": "Tanger",
    "country": "MA",
    "leader_email": "Salma@Example.org",
    "leader_language": "ar",
}


@pytest.fixture
def network_coordinator(network):
    return coordinator(network, full_name="Karim Coordinator")


# --- services -----------------------------------------------------------------------------------------------------


def test_organisation_create_admits_it_and_invites_its_first_leader(
    network, network_coordinator, django_capture_on_commit_callbacks
):
    data = {key: value for key, value in NEW_ORGANISATION.items() if not key.startswith("leader_")}
    with django_capture_on_commit_callbacks(execute=True):
        organisation = services.organisation_create(
            network=network,
            data=data,
            leader_email="salma@example.org",
            leader_language="ar",
            created_by=network_coordinator,
        )
    assert organisation.slug == "cafe-sammen"
    assert list(organisation.networks.all()) == [network]
    assert network_coordinator.has_perm("organisations.view_organisation", organisation)
    invitation = Invitation.objects.get(organisation=organisation)
    assert (invitation.email, invitation.role, invitation.language) == ("salma@example.org", Role.LEADER, "ar")
    assert invitation.invited_by == network_coordinator
    assert [message.to for message in mail.outbox] == [["salma@example.org"]]


def test_organisation_create_gives_each_organisation_its_own_slug(network, network_coordinator):
    OrganisationFactory(slug="cafe-sammen")
    data = {"name_da": "Café Sammen", "country": "DK"}
    first = services.organisation_create(
        network=network, data=data, leader_email="a@example.org", leader_language="da", created_by=network_coordinator
    )
    second = services.organisation_create(
        network=network, data=data, leader_email="b@example.org", leader_language="da", created_by=network_coordinator
    )
    assert (first.slug, second.slug) == ("cafe-sammen-2", "cafe-sammen-3")


def test_organisation_create_writes_nothing_when_the_data_is_invalid(network, network_coordinator):
    with pytest.raises(ValidationError):
        services.organisation_create(
            network=network,
            data={"name_da": "Uden land"},
            leader_email="a@example.org",
            leader_language="da",
            created_by=network_coordinator,
        )
    assert not Organisation.objects.filter(name_da="Uden land").exists()
    assert not Invitation.objects.exists()


def test_admin_sets_networks_and_coordinators_through_the_services(network, organisation):
    person = UserFactory()
    services.network_set_coordinators(network=network, users=[person])
    assert person.has_perm("organisations.view_organisation", organisation)
    assert person.groups.filter(name="Coordinators").exists()

    other = NetworkFactory()
    services.organisation_set_networks(organisation=organisation, networks=[other])
    person = type(person).objects.get(pk=person.pk)  # guardian caches permissions per instance
    assert not person.has_perm("organisations.view_organisation", organisation)

    services.network_set_coordinators(network=network, users=[])
    assert not network.coordinators.exists()
    assert not Group.objects.get(name="Coordinators").user_set.filter(pk=person.pk).exists()


# --- pages --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_coordinator_adds_an_organisation(client, network, network_coordinator, language):
    client.force_login(network_coordinator)
    url = f"/{language}/networks/{network.slug}/organisations/add/"
    page = client.get(url)
    assert page.status_code == 200
    assert html_lang_dir(page)[0] == language

    response = client.post(url, NEW_ORGANISATION)
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/networks/{network.slug}/"
    organisation = Organisation.objects.get(name_da="Café Sammen")
    assert organisation.networks.filter(pk=network.pk).exists()
    assert Invitation.objects.filter(organisation=organisation, role=Role.LEADER, email="salma@example.org").exists()

    network_page = client.get(f"/{language}/networks/{network.slug}/").content.decode()
    assert "salma@example.org" in network_page


def test_add_organisation_form_keeps_what_was_typed(client, network, network_coordinator):
    client.force_login(network_coordinator)
    response = client.post(
        f"/fr/networks/{network.slug}/organisations/add/",
        {**NEW_ORGANISATION, "name_da": "", "leader_email": "not-an-address"},
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"name_da", "leader_email"}
    html = response.content.decode()
    assert 'value="Café Ensemble"' in html
    assert 'value="not-an-address"' in html
    assert not Organisation.objects.filter(name_fr="Café Ensemble").exists()


@pytest.mark.parametrize("who", ["leader", "volunteer", "outsider"])
def test_only_coordinators_add_organisations(client, network, organisation, request, who):
    person = request.getfixturevalue(who)
    client.force_login(person)
    assert client.get(f"/da/networks/{network.slug}/organisations/add/").status_code == 404
    assert client.post(f"/da/networks/{network.slug}/organisations/add/", NEW_ORGANISATION).status_code == 404
    assert not Organisation.objects.filter(name_da="Café Sammen").exists()


def test_coordinator_invites_a_leader_for_an_organisation_without_one(client, network, network_coordinator):
    leaderless = OrganisationFactory()
    services.network_organisation_add(network=network, organisation=leaderless)
    client.force_login(network_coordinator)

    page = client.get(f"/da/networks/{network.slug}/")
    assert leaderless in page.context["organisations"]
    page = page.content.decode()
    assert f"/da/networks/{network.slug}/organisations/{leaderless.slug}/invite-leader/" in page

    response = client.post(
        f"/da/networks/{network.slug}/organisations/{leaderless.slug}/invite-leader/",
        {"email": "ny.leder@example.org", "language": "da", "role": Role.MEMBER},
    )
    assert response.status_code == 302
    invitation = Invitation.objects.get(organisation=leaderless)
    assert invitation.role == Role.LEADER  # the role is fixed, whatever is posted


def test_coordinator_cannot_invite_leaders_outside_the_network(client, network, network_coordinator):
    elsewhere = OrganisationFactory()
    NetworkFactory().organisations.add(elsewhere)
    client.force_login(network_coordinator)
    url = f"/da/networks/{network.slug}/organisations/{elsewhere.slug}/invite-leader/"
    assert client.post(url, {"email": "x@example.org", "language": "da"}).status_code == 404
    assert not Invitation.objects.exists()


def test_coordinator_sends_a_waiting_leader_invitation_again(
    client, network, organisation, network_coordinator, django_capture_on_commit_callbacks
):
    invitation = Invitation.objects.create(
        organisation=organisation,
        email="late@example.org",
        role=Role.LEADER,
        created_at=timezone.now() - timedelta(days=20),
        invited_by=network_coordinator,
    )
    client.force_login(network_coordinator)
    page = client.get(f"/da/networks/{network.slug}/").content.decode()
    assert "late@example.org" in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/da/networks/{network.slug}/invitations/{invitation.pk}/resend/")
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert not invitation.is_expired
    assert len(mail.outbox) == 1


def test_resend_refuses_invitations_of_other_networks(client, network, network_coordinator):
    elsewhere = OrganisationFactory()
    NetworkFactory().organisations.add(elsewhere)
    invitation = Invitation.objects.create(organisation=elsewhere, email="x@example.org", role=Role.LEADER)
    client.force_login(network_coordinator)
    assert client.post(f"/da/networks/{network.slug}/invitations/{invitation.pk}/resend/").status_code == 404


def test_members_see_no_invited_addresses_on_the_network_page(client, network, organisation, leader):
    Invitation.objects.create(organisation=organisation, email="private@example.org", role=Role.LEADER)
    client.force_login(leader)
    page = client.get(f"/da/networks/{network.slug}/").content.decode()
    assert "private@example.org" not in page
    assert "/organisations/add/" not in page


def test_django_admin_grants_coordinator_sight_when_an_organisation_joins_a_network(admin_client, network):
    person = coordinator(network)
    organisation = OrganisationFactory()
    data = {
        "name_da": organisation.name_da,
        "name_ar": "",
        "name_fr": "",
        "slug": organisation.slug,
        "description_da": "",
        "description_ar": "",
        "description_fr": "",
        "kind": "association",
        "city": "Tanger",
        "country": "MA",
        "contact_email": "",
        "contact_phone": "",
        "website": "",
        "networks": [network.pk],
        "memberships-TOTAL_FORMS": 0,
        "memberships-INITIAL_FORMS": 0,
        "memberships-MIN_NUM_FORMS": 0,
        "memberships-MAX_NUM_FORMS": 1000,
    }
    response = admin_client.post(f"/django-admin/organisations/organisation/{organisation.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    assert person.has_perm("organisations.view_organisation", organisation)


def test_django_admin_makes_coordinators_through_the_service(admin_client, network, organisation):
    person = member(organisation, Role.VOLUNTEER)
    data = {
        "name_da": network.name_da,
        "name_ar": "",
        "name_fr": "",
        "slug": network.slug,
        "description_da": "",
        "description_ar": "",
        "description_fr": "",
        "coordinator_people": [person.pk],
    }
    response = admin_client.post(f"/django-admin/organisations/network/{network.pk}/change/", data)
    assert response.status_code == 302
    assert network.coordinators.filter(pk=person.pk).exists()
    assert person.has_perm("organisations.coordinate_network", network)
    assert person.groups.filter(name="Coordinators").exists()
