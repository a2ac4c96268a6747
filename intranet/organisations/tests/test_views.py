"""Pages of intranet/organisations/views.py in all three languages; language choice; profile; time zone."""

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone

from intranet.organisations import services
from intranet.organisations.middleware import TimezoneMiddleware
from intranet.organisations.models import Invitation, Membership, Role, User

from .factories import UserFactory
from .helpers import DIRECTIONS, LANGUAGES, html_lang_dir

pytestmark = pytest.mark.django_db


# --- every page in every language -------------------------------------------------------------------------------------


def _invitation_token(organisation, leader):
    invitation = Invitation.objects.create(organisation=organisation, email="guest@example.org", invited_by=leader)
    return services.invitation_token(invitation)


ANONYMOUS_PAGES = {
    "home": lambda world: "",
    "login": lambda world: "accounts/login/",
    "password_reset": lambda world: "accounts/password/reset/",
    "password_reset_done": lambda world: "accounts/password/reset/sent/",
    "password_reset_complete": lambda world: "accounts/password/reset/complete/",
    "invitation_accept": lambda world: f"invitations/{_invitation_token(world['organisation'], world['leader'])}/",
}
LEADER_PAGES = {
    "dashboard": lambda world: "dashboard/",
    "profile": lambda world: "profile/",
    "password_change": lambda world: "accounts/password/change/",
    "password_change_done": lambda world: "accounts/password/change/done/",
    "network_detail": lambda world: f"networks/{world['network'].slug}/",
    "organisation_detail": lambda world: f"organisations/{world['organisation'].slug}/",
    "organisation_edit": lambda world: f"organisations/{world['organisation'].slug}/edit/",
    "organisation_invite": lambda world: f"organisations/{world['organisation'].slug}/invite/",
    "membership_remove": lambda world: (
        f"organisations/{world['organisation'].slug}/members/{world['volunteer_membership'].pk}/remove/"
    ),
}


@pytest.fixture
def world(network, organisation, leader, volunteer):
    return {
        "network": network,
        "organisation": organisation,
        "leader": leader,
        "volunteer_membership": Membership.objects.get(user=volunteer, organisation=organisation),
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", sorted(ANONYMOUS_PAGES))
def test_anonymous_pages_in_each_language(client, world, page, language):
    response = client.get(f"/{language}/{ANONYMOUS_PAGES[page](world)}")

    assert response.status_code == 200
    assert html_lang_dir(response) == (language, DIRECTIONS[language])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", sorted(LEADER_PAGES))
def test_leader_pages_in_each_language(client, world, page, language):
    client.force_login(world["leader"])
    response = client.get(f"/{language}/{LEADER_PAGES[page](world)}")

    assert response.status_code == 200
    assert html_lang_dir(response) == (language, DIRECTIONS[language])
    # The language switcher offers the two other languages for the same page.
    for other in set(LANGUAGES) - {language}:
        assert f'name="language" value="{other}"' in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_organisation_detail_shows_the_name_in_the_page_language(client, organisation, leader, language):
    client.force_login(leader)
    response = client.get(f"/{language}/organisations/{organisation.slug}/")
    assert getattr(organisation, f"name_{language}") in response.content.decode()


def test_organisation_name_falls_back_to_danish(client, organisation, leader):
    organisation.name_fr = ""
    organisation.save()
    client.force_login(leader)
    response = client.get(f"/fr/organisations/{organisation.slug}/")
    assert organisation.name_da in response.content.decode()


# --- choosing the language --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("fr", "/fr/"), ("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"), ("ar", "/ar/"), ("da", "/da/"), ("de", "/da/"), ("", "/da/")],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_prefers_the_language_cookie_over_accept_language(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response["Location"] == "/ar/"


def test_home_sends_signed_in_people_to_their_dashboard(client, leader):
    client.force_login(leader)
    response = client.get("/fr/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/dashboard/"


@pytest.mark.parametrize(("source", "target"), [("da", "ar"), ("ar", "fr"), ("fr", "da")])
def test_language_switch_keeps_the_page_and_remembers_the_choice(client, organisation, leader, source, target):
    client.force_login(leader)
    response = client.post(
        "/language/", {"language": target, "next": f"/{source}/organisations/{organisation.slug}/?tab=members"}
    )

    assert response.status_code == 302
    assert response["Location"] == f"/{target}/organisations/{organisation.slug}/?tab=members"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == target
    assert User.objects.get(pk=leader.pk).preferred_language == target

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert html_lang_dir(page) == (target, DIRECTIONS[target])


def test_language_switch_for_anonymous_sets_only_the_cookie(client):
    response = client.post("/language/", {"language": "ar", "next": "/da/accounts/login/"})
    assert response["Location"] == "/ar/accounts/login/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    # Next visit to the bare address lands in Arabic.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr")["Location"] == "/ar/"


@pytest.mark.parametrize(
    "next_url", ["http://evil.example/", "https://evil.example/da/dashboard/", "//evil.example/", "", "javascript:x"]
)
def test_language_switch_refuses_unsafe_next(client, next_url):
    response = client.post("/language/", {"language": "fr", "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"


def test_language_switch_refuses_unknown_language_and_get(client, leader):
    client.force_login(leader)
    response = client.post("/language/", {"language": "de", "next": "/da/dashboard/"})
    assert response.status_code == 400
    assert response.get("Location") != "/de/dashboard/"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    assert client.get("/language/", {"language": "fr"}).status_code == 405
    assert User.objects.get(pk=leader.pk).preferred_language == "da"


def test_language_switch_works_whatever_language_the_cookie_says(client, organisation, leader):
    """The switcher posts to /language/ (outside the language prefix), so the page's own language must be used
    to read `next`, not the cookie's: someone with an Arabic cookie reading a French page can switch to Danish."""
    client.force_login(leader)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    response = client.post("/language/", {"language": "da", "next": f"/fr/organisations/{organisation.slug}/"})
    assert response["Location"] == f"/da/organisations/{organisation.slug}/"


# --- profile ----------------------------------------------------------------------------------------------------------


def test_profile_saves_and_continues_in_the_chosen_language(client, leader):
    client.force_login(leader)
    response = client.post(
        "/da/profile/", {"full_name": "Leila Ben Ali", "preferred_language": "fr", "time_zone": "Africa/Casablanca"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/fr/profile/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    user = User.objects.get(pk=leader.pk)
    assert (user.full_name, user.preferred_language, user.time_zone) == (
        "Leila Ben Ali",
        "fr",
        "Africa/Casablanca",
    )


def test_profile_form_keeps_typed_values_on_error(client, leader):
    client.force_login(leader)
    response = client.post(
        "/ar/profile/", {"full_name": "ليلى بن علي", "preferred_language": "fr", "time_zone": "Mars/Olympus_Mons"}
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["time_zone"]
    content = response.content.decode()
    assert 'value="ليلى بن علي"' in content
    assert '<option value="fr" selected>' in content
    user = User.objects.get(pk=leader.pk)
    assert (user.full_name, user.preferred_language) == ("Leila Leader", "da")


def test_profile_requires_sign_in(client):
    response = client.get("/ar/profile/")
    assert response.status_code == 302
    assert response["Location"] == "/ar/accounts/login/?next=/ar/profile/"


# --- dashboard --------------------------------------------------------------------------------------------------------


def test_dashboard_lists_organisations_roles_and_networks(client, network, organisation, other_organisation, leader):
    services.membership_create(user=leader, organisation=other_organisation, role=Role.VOLUNTEER)
    client.force_login(leader)

    response = client.get("/da/dashboard/")

    assert [(m.organisation, m.role) for m in response.context["memberships"]] == sorted(
        [(organisation, Role.LEADER), (other_organisation, Role.VOLUNTEER)], key=lambda row: row[0].name
    )
    content = response.content.decode()
    assert f'href="/da/organisations/{organisation.slug}/"' in content
    assert f'href="/da/organisations/{other_organisation.slug}/"' in content
    assert 'class="badge badge--leader"' in content
    assert 'class="badge badge--volunteer"' in content
    assert network.name_da in content
    assert response.context["coordinated_networks"] == []


def test_dashboard_shows_coordinated_networks(client, network):
    person = UserFactory()
    services.network_coordinator_add(network=network, user=person)
    client.force_login(person)

    response = client.get("/ar/dashboard/")

    assert response.context["coordinated_networks"] == [network]
    assert f'href="/ar/networks/{network.slug}/"' in response.content.decode()


def test_dashboard_for_someone_without_organisations(client):
    client.force_login(UserFactory())
    response = client.get("/fr/dashboard/")
    assert response.status_code == 200
    assert response.context["memberships"] == []
    assert 'class="card"' not in response.content.decode()


# --- time zone --------------------------------------------------------------------------------------------------------


def _time_zone_during_request(user):
    seen = {}

    def view(request):
        seen["zone"] = timezone.get_current_timezone_name()

    request = RequestFactory().get("/")
    request.user = user
    TimezoneMiddleware(view)(request)
    return seen["zone"]


def test_time_zone_follows_the_signed_in_person():
    assert _time_zone_during_request(UserFactory(time_zone="Africa/Casablanca")) == "Africa/Casablanca"
    assert _time_zone_during_request(AnonymousUser()) == settings.TIME_ZONE
    assert _time_zone_during_request(UserFactory.build(time_zone="Nowhere/Atlantis")) == settings.TIME_ZONE
