"""Calendar files: parse them back and check the event; feeds work by signed token, without a session."""

import re
from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from intranet.meetings.ics import feed_token
from intranet.organisations.tests.factories import NetworkFactory

from .factories import NetworkMeetingFactory, local

pytestmark = pytest.mark.django_db


def events(content: bytes):
    return [component for component in Calendar.from_ical(content).walk("VEVENT")]


def test_meeting_ics_parses_back(client, network, volunteer):
    meeting = NetworkMeetingFactory(
        network=network,
        title="Réunion du réseau – طنجة",
        time_zone="Africa/Casablanca",
        starts_at=local("Africa/Casablanca", 2030, 6, 3, 10, 0),
        ends_at=local("Africa/Casablanca", 2030, 6, 3, 12, 30),
        online_url="https://meet.example.org/x",
    )
    client.force_login(volunteer)
    response = client.get(f"/da/meetings/{meeting.pk}/meeting.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"meeting-{meeting.pk}@shabaka"
    assert str(event["SUMMARY"]) == "Réunion du réseau – طنجة"
    assert event["DTSTART"].dt == datetime(2030, 6, 3, 9, 0, tzinfo=UTC)
    assert event["DTEND"].dt == datetime(2030, 6, 3, 11, 30, tzinfo=UTC)
    assert event["DTSTART"].params["TZID"] == "Africa/Casablanca"
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Africa/Casablanca"]
    assert "meet.example.org" in str(event["LOCATION"])


def test_dst_meeting_keeps_its_real_instant(client, network, volunteer):
    meeting = NetworkMeetingFactory(
        network=network,
        starts_at=local("Europe/Copenhagen", 2027, 10, 31, 1, 30),
        ends_at=local("Europe/Copenhagen", 2027, 10, 31, 4, 0),
    )
    client.force_login(volunteer)
    (event,) = events(client.get(f"/da/meetings/{meeting.pk}/meeting.ics").content)
    assert event["DTSTART"].dt == datetime(2027, 10, 30, 23, 30, tzinfo=UTC)
    assert event["DTEND"].dt - event["DTSTART"].dt == meeting.ends_at - meeting.starts_at


def test_network_feed_by_token_without_a_session(client, network, volunteer):
    mine = NetworkMeetingFactory.create_batch(2, network=network)
    NetworkMeetingFactory(network=NetworkFactory())  # another network's meeting stays out
    token = feed_token(user_id=volunteer.pk, network_id=network.pk)
    response = client.get(f"/da/meetings/feed/{token}/meetings.ics")
    assert response.status_code == 200
    assert sorted(str(event["UID"]) for event in events(response.content)) == sorted(
        f"meeting-{meeting.pk}@shabaka" for meeting in mine
    )


def test_person_feed_has_the_meetings_of_all_their_networks(client, network, volunteer, meeting):
    NetworkMeetingFactory(network=NetworkFactory())
    response = client.get(f"/da/meetings/feed/{feed_token(user_id=volunteer.pk)}/meetings.ics")
    assert [str(event["UID"]) for event in events(response.content)] == [f"meeting-{meeting.pk}@shabaka"]


def test_feed_refuses_a_forged_token_or_a_network_the_person_left(client, network, volunteer, outsider):
    assert client.get("/da/meetings/feed/forged/meetings.ics").status_code == 404
    token = feed_token(user_id=outsider.pk, network_id=network.pk)
    assert client.get(f"/da/meetings/feed/{token}/meetings.ics").status_code == 404
    volunteer.is_active = False
    volunteer.save()
    assert client.get(f"/da/meetings/feed/{feed_token(user_id=volunteer.pk)}/meetings.ics").status_code == 404


def test_the_network_page_shows_the_feed_address(client, network, volunteer):
    client.force_login(volunteer)
    html = client.get(f"/da/networks/{network.slug}/meetings/").content.decode()
    assert "/meetings/feed/" in html


def test_my_calendar_page_gives_a_working_personal_feed(client, volunteer, meeting):
    client.force_login(volunteer)
    html = client.get("/da/meetings/calendar/").content.decode()
    url = re.search(r'class="meeting-feed-url"[^>]*value="([^"]+)"', html).group(1)
    client.logout()
    response = client.get(url.removeprefix("http://testserver"))
    assert [str(event["UID"]) for event in events(response.content)] == [f"meeting-{meeting.pk}@shabaka"]
