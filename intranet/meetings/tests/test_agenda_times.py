"""Agenda start times come from the durations in absolute time, and are shown in the meeting's and the reader's zone."""

from zoneinfo import ZoneInfo

import pytest

from intranet.meetings.selectors import agenda_schedule
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member

from .factories import AgendaItemFactory, NetworkMeetingFactory, local

pytestmark = pytest.mark.django_db

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
CASABLANCA = ZoneInfo("Africa/Casablanca")


def meeting_with_items(network, starts_at, durations):
    meeting = NetworkMeetingFactory(
        network=network, starts_at=starts_at, ends_at=starts_at.replace(hour=starts_at.hour + 4)
    )
    for order, minutes in enumerate(durations):
        AgendaItemFactory(meeting=meeting, order=order, duration_minutes=minutes, title=f"Punkt {order}")
    return meeting


def wall(schedule, zone):
    return [entry.starts_at.astimezone(zone).strftime("%H:%M") for entry in schedule]


def test_start_times_add_up_the_durations(network):
    meeting = meeting_with_items(network, local("Europe/Copenhagen", 2030, 5, 14, 17, 0), [20, 45, 30])
    schedule = agenda_schedule(meeting=meeting)
    assert wall(schedule, COPENHAGEN) == ["17:00", "17:20", "18:05"]
    assert schedule[-1].ends_at.astimezone(COPENHAGEN).strftime("%H:%M") == "18:35"


@pytest.mark.parametrize("reload", [False, True], ids=["fresh", "from-database"])
def test_spring_forward_in_copenhagen_skips_an_hour(network, reload):
    # The last Sunday of March 2027: at 02:00 the clocks in Copenhagen jump to 03:00.
    meeting = meeting_with_items(network, local("Europe/Copenhagen", 2027, 3, 28, 1, 30), [60, 30])
    if reload:
        meeting.refresh_from_db()
    schedule = agenda_schedule(meeting=meeting)
    assert wall(schedule, COPENHAGEN) == ["01:30", "03:30"]
    # Casablanca stays on UTC+1: the reader there sees the real hour that passed.
    assert wall(schedule, CASABLANCA) == ["01:30", "02:30"]
    assert schedule[-1].ends_at.astimezone(COPENHAGEN).strftime("%H:%M") == "04:00"


def test_fall_back_in_copenhagen_repeats_an_hour(network):
    # The last Sunday of October 2027: at 03:00 summer time the clocks go back to 02:00.
    meeting = meeting_with_items(network, local("Europe/Copenhagen", 2027, 10, 31, 1, 30), [60, 60])
    schedule = agenda_schedule(meeting=meeting)
    assert wall(schedule, COPENHAGEN) == ["01:30", "02:30"]
    assert [entry.starts_at.astimezone(COPENHAGEN).utcoffset().seconds // 3600 for entry in schedule] == [2, 2]
    assert schedule[1].ends_at.astimezone(COPENHAGEN).strftime("%H:%M %z") == "02:30 +0100"
    assert wall(schedule, CASABLANCA) == ["00:30", "01:30"]


def test_the_page_shows_meeting_time_and_the_readers_time(client, network, organisation):
    meeting = meeting_with_items(network, local("Europe/Copenhagen", 2027, 3, 28, 1, 30), [60, 30])
    reader = member(organisation, Role.MEMBER, time_zone="Africa/Casablanca")
    client.force_login(reader)
    html = client.get(f"/da/meetings/{meeting.pk}/").content.decode()
    assert "01:30</time>–03:30" in html and "03:30</time>–04:00" in html  # Copenhagen
    assert (
        '<span dir="ltr">01:30–02:30</span>' in html and '<span dir="ltr">02:30–03:00</span>' in html
    )  # the reader in Casablanca
    assert "Africa/Casablanca" in html


def test_a_reader_in_the_meetings_zone_sees_one_column(client, network, organisation):
    meeting = meeting_with_items(network, local("Europe/Copenhagen", 2030, 5, 14, 17, 0), [30])
    client.force_login(member(organisation, Role.MEMBER, time_zone="Europe/Copenhagen"))
    html = client.get(f"/da/meetings/{meeting.pk}/").content.decode()
    assert "17:00</time>–17:30" in html and '<span dir="ltr">17:00–17:30</span>' not in html
