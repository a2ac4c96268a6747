"""Calendar files for meetings (icalendar), and the signed tokens that let calendar apps fetch feeds."""

from django.conf import settings
from django.core import signing
from icalendar import Calendar, Event

from .models import NetworkMeeting

FEED_SALT = "shabaka.meetings.feed"


def feed_token(*, user_id: int, network_id: int | None = None) -> str:
    """A token for a calendar URL: the person's own feed, or one network's feed as seen by that person."""
    return signing.dumps({"u": user_id, "n": network_id}, salt=FEED_SALT)


def feed_token_read(token: str) -> dict:
    """The payload, or signing.BadSignature."""
    return signing.loads(token, salt=FEED_SALT)


def _event(meeting: NetworkMeeting, base_url: str) -> Event:
    event = Event()
    event.add("uid", f"meeting-{meeting.pk}@shabaka")
    event.add("summary", meeting.title)
    # Start and end carry the meeting's TZID (with a VTIMEZONE), so each calendar shows them in its own zone.
    event.add("dtstart", meeting.starts_at.astimezone(meeting.zone))
    event.add("dtend", meeting.ends_at.astimezone(meeting.zone))
    event.add("dtstamp", meeting.created_at)
    location = " – ".join(part for part in (meeting.address.replace("\n", ", "), meeting.online_url) if part)
    if location:
        event.add("location", location)
    if meeting.description:
        event.add("description", meeting.description)
    event.add("url", base_url + meeting.get_absolute_url())
    return event


def meetings_calendar(meetings, *, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Shabaka//Network meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for meeting in meetings:
        calendar.add_component(_event(meeting, base_url))
    calendar.add_missing_timezones()
    return calendar.to_ical()
