"""axe-core on the pages every person meets first, in each language: no serious or critical violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from intranet.organisations import services
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import PASSWORD, OrganisationFactory, member

from .steps import LANGUAGES, sign_in, t

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BLOCKING_IMPACTS = {"serious", "critical"}


def describe(page_name: str, violation: dict) -> str:
    nodes = "\n".join(
        f"      {', '.join(map(str, node['target']))}: {node.get('failureSummary', '').replace(chr(10), ' ')}"
        for node in violation["nodes"]
    )
    return f"  [{page_name}] {violation['id']} ({violation['impact']}): {violation['help']}\n{nodes}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_have_no_serious_accessibility_violations(new_context, language):
    axe = Axe()
    organisation = OrganisationFactory(contact_email="kontakt@example.org", website="https://example.org")
    leader = member(organisation, Role.LEADER, preferred_language=language)
    member(organisation, Role.VOLUNTEER)
    # A waiting invitation: its acceptance page, and a row with actions on the organisation page.
    invitation = services.invitation_create(
        organisation=organisation,
        email="invited@example.org",
        role=Role.VOLUNTEER,
        language=language,
        invited_by=leader,
    )
    found: list[tuple[str, dict]] = []

    def check(page: Page, page_name: str) -> None:
        page.wait_for_load_state()
        found.extend((page_name, violation) for violation in axe.run(page).response["violations"])

    visitor = new_context().new_page()
    visitor.goto(f"/{language}/accounts/login/")
    check(visitor, "login")
    visitor.goto(f"/{language}/invitations/{services.invitation_token(invitation)}/")
    check(visitor, "invitation acceptance")

    page = new_context().new_page()
    sign_in(page, language, leader.email, PASSWORD)
    check(page, "dashboard")
    page.goto(f"/{language}/organisations/{organisation.slug}/")
    check(page, "organisation (leader)")
    page.get_by_role("link", name=t(language, "Invite someone")).click()
    check(page, "invitation form")
    page.get_by_role("button", name=t(language, "Send invitation")).click()
    check(page, "invitation form with errors")

    report = "\n".join(describe(name, violation) for name, violation in found)
    print(f"axe violations in {language}:\n{report or '  none'}")
    blocking = [(name, violation) for name, violation in found if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"serious/critical accessibility violations in {language}:\n" + "\n".join(
        describe(name, violation) for name, violation in blocking
    )
