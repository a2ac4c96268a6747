"""A Danish-reading leader finds the next network meeting, answers for self and organisation, gets the ICS."""

from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from intranet.meetings.models import RSVP, Answer
from intranet.meetings.tests.factories import AgendaItemFactory, NetworkMeetingFactory
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import PASSWORD, NetworkFactory, OrganisationFactory, member

from .steps import sign_in, t

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_danish_leader_rsvps_and_downloads_the_calendar_file(page, live_server, tmp_path):
    network = NetworkFactory()
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    leader = member(organisation, Role.LEADER, preferred_language="da", time_zone="Europe/Copenhagen")
    meeting = NetworkMeetingFactory(network=network, title="Netværksmøde i Frivillighuset")
    AgendaItemFactory(meeting=meeting, title="Nyt fra foreningerne", duration_minutes=30)

    sign_in(page, "da", leader.email, PASSWORD)
    page.goto("/da/dashboard/")
    page.get_by_role("link", name=meeting.title).click()
    expect(page).to_have_url(f"{live_server.url}/da/meetings/{meeting.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(meeting.title)
    expect(page.get_by_role("cell", name="Nyt fra foreningerne")).to_be_visible()

    own_form = page.locator("form.rsvp-form").first
    own_form.get_by_label(t("da", Answer.YES.label)).check()
    own_form.get_by_label(t("da", "Dietary needs")).fill("Vegetar")
    own_form.get_by_role("button", name=t("da", "Send my answer")).click()
    expect(page.locator(".messages")).to_contain_text(t("da", "Thank you, your answer is saved."))

    organisation_form = page.locator("form.rsvp-form").nth(1)
    organisation_form.get_by_label(t("da", Answer.MAYBE.label)).check()
    organisation_form.get_by_label(t("da", "Number of people")).fill("4")
    organisation_form.get_by_role("button", name=t("da", "Send the organisation's answer")).click()
    expect(page.locator(".messages")).to_contain_text(t("da", "Thank you, your answer is saved."))

    assert RSVP.objects.get(meeting=meeting, user=leader).answer == Answer.YES
    assert RSVP.objects.get(meeting=meeting, organisation=organisation).people == 4

    with page.expect_download() as download_info:
        page.get_by_role("link", name=t("da", "Add to calendar (.ics)")).click()
    path = Path(tmp_path) / "meeting.ics"
    download_info.value.save_as(path)
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == meeting.title
    assert event["DTSTART"].dt == meeting.starts_at
    assert str(event["UID"]) == f"meeting-{meeting.pk}@shabaka"
