"""The meetings panels on the dashboard and on a network's home page, and the meetings stylesheet section."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory

from intranet.meetings import services
from intranet.meetings.models import Answer
from intranet.meetings.wagtail_hooks import meetings_dashboard_panel, meetings_home_section

from .factories import NetworkMeetingFactory

pytestmark = pytest.mark.django_db


def request_for(user):
    request = RequestFactory().get("/da/dashboard/")
    request.user = user
    return request


def test_dashboard_shows_upcoming_meetings_with_my_answer(client, meeting, volunteer):
    services.rsvp_answer(meeting=meeting, answered_by=volunteer, answer=Answer.MAYBE)
    client.force_login(volunteer)
    html = client.get("/da/dashboard/").content.decode()
    assert meeting.title in html and f"/meetings/{meeting.pk}/" in html
    assert f"/networks/{meeting.network.slug}/meetings/" in html
    panel = meetings_dashboard_panel(request_for(volunteer))
    assert panel.context["meetings"][0].my_rsvp.answer == Answer.MAYBE


def test_no_dashboard_panel_without_a_network(outsider, meeting):
    outsider.memberships.all().delete()
    assert meetings_dashboard_panel(request_for(outsider)) is None


def test_home_section_only_for_members_of_that_network(meeting, volunteer, outsider, network):
    page = type("HomePage", (), {"network": network})()
    section = meetings_home_section(request_for(volunteer), page)
    assert [item.pk for item in section.context["meetings"]] == [meeting.pk]
    assert meetings_home_section(request_for(outsider), page) is None
    past = NetworkMeetingFactory(network=network, starts_at=meeting.starts_at.replace(year=2020))
    assert past.pk not in [item.pk for item in meetings_home_section(request_for(volunteer), page).context["meetings"]]


def test_the_meetings_stylesheet_section_uses_logical_properties_only():
    css = (Path(settings.BASE_DIR) / "static" / "css" / "shabaka.css").read_text()
    section = css[css.index("/* === Network meetings") : css.index("/* === end of network meetings === */")]
    assert "@media print" in section
    assert not re.search(r"\b(left|right)\b", section)
