"""Sign in, see the dashboard in one's own language, switch language, and find the choice remembered."""

import os

import pytest
from django.utils.translation import get_language_info
from playwright.sync_api import Page, expect

from intranet.organisations.models import Role, User
from intranet.organisations.tests.factories import PASSWORD, OrganisationFactory, member

from .steps import DIRECTION, LANGUAGES, sign_in, t

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Each language switches to another one, so every switcher button and both direction changes are used.
SWITCH_TO = {"da": "ar", "ar": "fr", "fr": "da"}


def assert_page_language(page: Page, language: str) -> None:
    html = page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", DIRECTION[language])


def assert_header_mirrored(page: Page, language: str) -> None:
    """The brand sits at the start of the header: on the right in Arabic, on the left in Danish and French."""
    brand = page.locator(".site-header .brand").bounding_box()
    nav = page.locator(".site-header .site-nav").bounding_box()
    assert brand is not None and nav is not None
    if DIRECTION[language] == "rtl":
        assert brand["x"] > nav["x"], f"brand {brand} should be right of nav {nav} in {language}"
    else:
        assert brand["x"] < nav["x"], f"brand {brand} should be left of nav {nav} in {language}"


def assert_dashboard(page: Page, live_server, language: str, organisation) -> None:
    expect(page).to_have_url(f"{live_server.url}/{language}/dashboard/")
    assert_page_language(page, language)
    card = page.locator(".card", has_text=getattr(organisation, f"name_{language}"))
    expect(card.get_by_role("link", name=getattr(organisation, f"name_{language}"), exact=True)).to_be_visible()
    expect(card.locator(".badge")).to_have_text(t(language, Role.LEADER.label))
    assert_header_mirrored(page, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sign_in_switch_language_and_be_remembered(page: Page, live_server, language):
    organisation = OrganisationFactory()
    leader = member(organisation, Role.LEADER, preferred_language=language)

    sign_in(page, language, leader.email, PASSWORD)
    assert_dashboard(page, live_server, language, organisation)
    # The stylesheet came through the live server's static files handler and applies.
    header_background = page.locator(".site-header").evaluate("el => getComputedStyle(el).backgroundColor")
    assert header_background not in {"rgba(0, 0, 0, 0)", "transparent"}
    if language == "ar" and os.environ.get("E2E_SCREENSHOT_DIR"):
        page.screenshot(path=os.path.join(os.environ["E2E_SCREENSHOT_DIR"], "e2e-ar-dashboard.png"), full_page=True)

    switched = SWITCH_TO[language]
    page.locator(".language-switcher").get_by_role("button", name=get_language_info(switched)["name_local"]).click()
    assert_dashboard(page, live_server, switched, organisation)
    expect(page.locator(".language-switcher__current")).to_have_attribute("lang", switched)

    page.get_by_role("button", name=t(switched, "Sign out")).click()
    expect(page).to_have_url(f"{live_server.url}/{switched}/accounts/login/")
    assert User.objects.get(pk=leader.pk).preferred_language == switched

    # Signing in from the old language's page still brings the person to the language they chose.
    sign_in(page, language, leader.email, PASSWORD)
    assert_dashboard(page, live_server, switched, organisation)
