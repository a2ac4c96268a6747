"""Editing a campaign's title and goal: only the lead's leaders, and two leaders saving at once never overwrite each
other (the campaign's `version`)."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation

from forums import campaign_services as services
from forums.campaign_models import Campaign, CampaignStatus
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member

from .campaign_factories import *  # noqa: F403 - the fixtures the campaign and paper tests share

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_leader(organisation):
    return member(organisation, Role.LEADER, full_name="Karim Second")


def _texts(**changes):
    texts = {
        "title_da": "Retshjælp til alle",
        "title_ar": "مساعدة قانونية للجميع",
        "title_fr": "Aide juridique pour tous",
        "goal_da": "Gratis rådgivning",
        "goal_ar": "استشارة مجانية",
        "goal_fr": "Conseil gratuit",
    }
    return texts | changes


def _address(campaign):
    return reverse("campaign_edit", args=[campaign.slug])


# --- services -----------------------------------------------------------------------------------------------------


def test_a_leader_of_the_lead_edits_titles_and_goals(campaign, lead_leader):
    version = campaign.version
    services.campaign_update(campaign=campaign, user=lead_leader, version=version, data=_texts())
    campaign.refresh_from_db()
    assert (campaign.title_ar, campaign.goal_fr, campaign.version) == ("مساعدة قانونية للجميع", "Conseil gratuit", 2)
    assert campaign.status == CampaignStatus.PLANNING and campaign.is_public is False


def test_two_leaders_interleaving_the_second_is_refused(campaign, lead_leader, second_leader):
    loaded_by_first = loaded_by_second = campaign.version
    services.campaign_update(
        campaign=Campaign.objects.get(pk=campaign.pk),
        user=lead_leader,
        version=loaded_by_first,
        data=_texts(title_da="Førstes titel"),
    )
    with pytest.raises(ValidationError) as error:
        services.campaign_update(
            campaign=Campaign.objects.get(pk=campaign.pk),
            user=second_leader,
            version=loaded_by_second,
            data=_texts(title_da="Andens titel"),
        )
    assert error.value.code == "stale"
    campaign.refresh_from_db()
    assert (campaign.title_da, campaign.version) == ("Førstes titel", 2)


@pytest.mark.parametrize("who", ["partner_leader", "partner_member", "bystander", "outsider"])
def test_only_the_leads_leaders_edit(campaign, who, request):
    with pytest.raises(PermissionDenied):
        services.campaign_update(
            campaign=campaign, user=request.getfixturevalue(who), version=campaign.version, data=_texts()
        )
    campaign.refresh_from_db()
    assert campaign.title_da.startswith("Kampagne") and campaign.version == 1


def test_a_campaign_keeps_a_title(campaign, lead_leader):
    with pytest.raises(ValidationError):
        services.campaign_update(
            campaign=campaign, user=lead_leader, version=1, data=_texts(title_da="", title_ar="", title_fr="")
        )
    campaign.refresh_from_db()
    assert campaign.version == 1 and campaign.title_da


# --- views --------------------------------------------------------------------------------------------------------


def test_the_leader_edits_through_the_page(client, campaign, lead_leader):
    client.force_login(lead_leader)
    assert "data-edit-campaign" in client.get(reverse("campaign_detail", args=[campaign.slug])).content.decode()
    form = client.get(_address(campaign)).context["form"]
    assert form.initial["title_ar"] == campaign.title_ar and form.initial["version"] == 1
    response = client.post(_address(campaign), _texts(version=1))
    assert response.status_code == 302 and response.url == reverse("campaign_detail", args=[campaign.slug])
    campaign.refresh_from_db()
    assert (campaign.title_fr, campaign.goal_ar, campaign.version) == ("Aide juridique pour tous", "استشارة مجانية", 2)


def test_two_leaders_interleaving_on_the_page_keep_the_second_leaders_text(
    client, campaign, lead_leader, second_leader
):
    client.force_login(second_leader)
    loaded = client.get(_address(campaign)).context["form"].initial["version"]
    client.force_login(lead_leader)
    client.post(_address(campaign), _texts(title_da="Førstes titel", goal_da="Førstes mål", version=loaded))

    client.force_login(second_leader)
    response = client.post(_address(campaign), _texts(title_da="Andens titel", version=loaded))
    assert response.status_code == 409
    content = response.content.decode()
    assert "En anden har ændret kampagnen" in content  # the refusal, translated (Danish is active)
    assert 'data-conflict-theirs="title_da"' in content and "Førstes titel" in content and "Førstes mål" in content
    assert "<del>Førstes</del><ins>Andens</ins>" in content
    form = response.context["form"]
    assert form.initial["title_da"] == "Andens titel" and form.initial["version"] == 2
    campaign.refresh_from_db()
    assert (campaign.title_da, campaign.version) == ("Førstes titel", 2)

    response = client.post(_address(campaign), _texts(title_da="Andens titel", goal_da="Førstes mål", version=2))
    assert response.status_code == 302
    campaign.refresh_from_db()
    assert (campaign.title_da, campaign.goal_da, campaign.version) == ("Andens titel", "Førstes mål", 3)


@pytest.mark.parametrize(
    ("language", "refusal"),
    [("fr", "Quelqu&#x27;un d&#x27;autre a modifié la campagne"), ("ar", "قام شخص آخر بتغيير الحملة")],
)
def test_the_refusal_is_in_the_page_language(client, campaign, lead_leader, second_leader, language, refusal):
    services.campaign_update(campaign=campaign, user=lead_leader, version=1, data={"title_fr": "Nouveau"})
    client.force_login(second_leader)
    with translation.override(language):
        address = _address(campaign)
    response = client.post(address, _texts(version=1))
    assert response.status_code == 409
    content = response.content.decode()
    assert refusal in content and "Nouveau" in content


def test_an_empty_title_is_shown_on_the_form(client, campaign, lead_leader):
    client.force_login(lead_leader)
    response = client.post(_address(campaign), _texts(title_da="", title_ar="", title_fr="", version=1))
    assert response.status_code == 200 and response.context["form"].errors
    campaign.refresh_from_db()
    assert campaign.version == 1


@pytest.mark.parametrize("who", ["partner_leader", "partner_member"])
def test_participants_who_do_not_run_the_campaign_get_403(client, campaign, who, request):
    client.force_login(request.getfixturevalue(who))
    assert "data-edit-campaign" not in client.get(reverse("campaign_detail", args=[campaign.slug])).content.decode()
    assert client.get(_address(campaign)).status_code == 403
    assert client.post(_address(campaign), _texts(version=1)).status_code == 403
    campaign.refresh_from_db()
    assert campaign.version == 1 and campaign.title_da.startswith("Kampagne")


@pytest.mark.parametrize("who", ["bystander", "outsider"])
def test_people_outside_the_campaign_get_404_even_when_it_is_public(client, campaign, lead_leader, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(_address(campaign)).status_code == 404
    services.campaign_update(campaign=campaign, user=lead_leader, version=1, data={"is_public": True})
    assert client.get(_address(campaign)).status_code == 404
    assert client.post(_address(campaign), _texts(version=2)).status_code == 404
    campaign.refresh_from_db()
    assert campaign.version == 2 and campaign.title_da.startswith("Kampagne")


def test_anonymous_visitors_are_sent_to_sign_in(client, campaign):
    response = client.get(_address(campaign))
    assert response.status_code == 302 and "next=" in response.url
    assert client.post(_address(campaign), _texts(version=1)).status_code == 302
    campaign.refresh_from_db()
    assert campaign.version == 1
