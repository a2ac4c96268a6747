"""Reminder e-mails: 7 days and 1 day before, to people who said yes or maybe, once each, in their own language."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from intranet.meetings import services
from intranet.meetings.models import Answer, MeetingReminder, ReminderKind
from intranet.meetings.tasks import meeting_reminders_send
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member

from .factories import NetworkMeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def soon(network):
    starts_at = timezone.now() + timedelta(days=6, hours=12)
    return NetworkMeetingFactory(network=network, title="Réunion du réseau", starts_at=starts_at)


def test_which_reminder_is_due(meeting):
    start = meeting.starts_at
    assert services.reminder_kind_due(meeting=meeting, now=start - timedelta(days=8)) is None
    assert services.reminder_kind_due(meeting=meeting, now=start - timedelta(days=6)) == ReminderKind.WEEK
    assert services.reminder_kind_due(meeting=meeting, now=start - timedelta(hours=20)) == ReminderKind.DAY
    assert services.reminder_kind_due(meeting=meeting, now=start + timedelta(minutes=1)) is None


def test_reminders_go_once_to_yes_and_maybe_in_their_language(soon, organisation):
    arabic = member(organisation, Role.MEMBER, preferred_language="ar", time_zone="Africa/Casablanca")
    french = member(organisation, Role.VOLUNTEER, preferred_language="fr")
    danish_no = member(organisation, Role.MEMBER, preferred_language="da")
    services.rsvp_answer(meeting=soon, answered_by=arabic, answer=Answer.YES)
    services.rsvp_answer(meeting=soon, answered_by=french, answer=Answer.MAYBE)
    services.rsvp_answer(meeting=soon, answered_by=danish_no, answer=Answer.NO)

    assert meeting_reminders_send.call(meeting_id=soon.pk, kind=ReminderKind.WEEK) == 2
    assert meeting_reminders_send.call(meeting_id=soon.pk, kind=ReminderKind.WEEK) == 0  # idempotent
    assert len(mail.outbox) == 2
    by_address = {message.to[0]: message for message in mail.outbox}
    assert danish_no.email not in by_address
    assert "Réunion du réseau" in by_address[arabic.email].subject
    assert "Africa/Casablanca" not in by_address[french.email].body  # shown in the French reader's own zone
    assert f"/ar/meetings/{soon.pk}/" in by_address[arabic.email].body
    assert f"/fr/meetings/{soon.pk}/" in by_address[french.email].body
    assert MeetingReminder.objects.count() == 2

    assert meeting_reminders_send.call(meeting_id=soon.pk, kind=ReminderKind.DAY) == 2  # the day one is separate


def test_the_command_enqueues_what_is_due_and_is_safe_to_repeat(soon, organisation, network):
    person = member(organisation, Role.MEMBER, preferred_language="fr")
    services.rsvp_answer(meeting=soon, answered_by=person, answer=Answer.YES)
    NetworkMeetingFactory(network=network, starts_at=timezone.now() + timedelta(days=20))  # not due yet
    call_command("send_meeting_reminders", verbosity=0)
    call_command("send_meeting_reminders", verbosity=0)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [person.email]
    assert MeetingReminder.objects.get().kind == ReminderKind.WEEK


def test_the_subject_is_translated_when_the_catalogue_has_it(soon, organisation):
    # Compares against gettext itself, so the test holds before and after the strings are translated.
    person = member(organisation, Role.MEMBER, preferred_language="fr")
    services.rsvp_answer(meeting=soon, answered_by=person, answer=Answer.YES)
    meeting_reminders_send.call(meeting_id=soon.pk, kind=ReminderKind.WEEK)
    with translation.override("fr"):
        expected = translation.gettext("In a week: %(title)s") % {"title": soon.title}
    assert mail.outbox[0].subject == expected
