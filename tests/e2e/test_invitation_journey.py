"""A leader invites a volunteer by e-mail; the volunteer opens the link, creates an account and is a member."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from intranet.organisations.models import Membership, Role
from intranet.organisations.tests.factories import PASSWORD, OrganisationFactory, member

from .steps import DIRECTION, LANGUAGES, sign_in, t

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NEW_VOLUNTEER = {"da": "Sofie Nørgaard", "ar": "فاطمة الزهراء بنعلي", "fr": "Amélie Benali"}
INVITATION_LINK = re.compile(r"https?://\S+/invitations/[^/\s]+/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_leader_invites_volunteer_who_signs_up(new_context, live_server, mailoutbox, language):
    organisation = OrganisationFactory()
    organisation_name = getattr(organisation, f"name_{language}")
    leader = member(organisation, Role.LEADER, preferred_language=language)
    email = f"new-volunteer-{language}@example.org"

    leader_page = new_context().new_page()
    sign_in(leader_page, language, leader.email, PASSWORD)
    leader_page.get_by_role("link", name=organisation_name, exact=True).click()
    leader_page.get_by_role("link", name=t(language, "Invite someone")).click()
    expect(leader_page).to_have_url(f"{live_server.url}/{language}/organisations/{organisation.slug}/invite/")
    leader_page.locator("input[name=email]").fill(email)
    leader_page.locator("select[name=role]").select_option(Role.VOLUNTEER.value)
    leader_page.locator("select[name=language]").select_option(language)
    leader_page.get_by_role("button", name=t(language, "Send invitation")).click()
    expect(leader_page).to_have_url(f"{live_server.url}/{language}/organisations/{organisation.slug}/")
    expect(leader_page.locator("table", has_text=email)).to_be_visible()

    # The e-mail was sent by the task once the invitation was committed (ImmediateBackend in tests).
    assert [message.to for message in mailoutbox] == [[email]]
    link = INVITATION_LINK.search(mailoutbox[0].body)
    assert link, mailoutbox[0].body
    invitation_path = urlsplit(link.group()).path
    assert invitation_path.startswith(f"/{language}/invitations/")

    volunteer_page = new_context().new_page()
    volunteer_page.goto(invitation_path)
    expect(volunteer_page.locator("html")).to_have_attribute("dir", DIRECTION[language])
    volunteer_page.locator("input[name=full_name]").fill(NEW_VOLUNTEER[language])
    volunteer_page.locator("input[name=password1]").fill(PASSWORD)
    volunteer_page.locator("input[name=password2]").fill(PASSWORD)
    volunteer_page.get_by_role("button", name=t(language, "Create account and accept")).click()

    expect(volunteer_page).to_have_url(f"{live_server.url}/{language}/organisations/{organisation.slug}/")
    expect(volunteer_page.locator("html")).to_have_attribute("lang", language)
    expect(volunteer_page.get_by_role("heading", level=1)).to_have_text(organisation_name)
    row = volunteer_page.locator("table tbody tr", has_text=NEW_VOLUNTEER[language])
    expect(row.locator("td").nth(1)).to_have_text(t(language, Role.VOLUNTEER.label))
    membership = Membership.objects.select_related("user").get(organisation=organisation, user__email=email)
    assert membership.role == Role.VOLUNTEER
    assert membership.user.preferred_language == language
