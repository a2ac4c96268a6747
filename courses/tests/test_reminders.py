"""Due-date reminders: a week and a day before, for unfinished enrolments, once each, in the person's language."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.formats import date_format

from courses.models import CompletionVia, Enrolment, EnrolmentReminder, LessonCompletion, ReminderKind
from courses.tasks import course_reminders_send, reminder_kind_due
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member

from . import factories

pytestmark = pytest.mark.django_db


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def course(catalogue):
    course = factories.course(catalogue, title=("Førstehjælp", "الإسعافات الأولية", "Premiers secours"), lessons=0)
    factories.lesson(course)
    factories.lesson(course)
    return course


def enrol(organisation, course, *, due_in: int | None, language="da", **fields) -> Enrolment:
    person = member(organisation, Role.VOLUNTEER, preferred_language=language)
    due_date = in_days(due_in) if due_in is not None else None
    return Enrolment.objects.create(user=person, course=course, due_date=due_date, **fields)


@pytest.mark.parametrize(
    ("days", "kind"),
    [(9, None), (8, None), (7, "7d"), (5, "7d"), (2, "7d"), (1, "1d"), (0, "1d"), (-1, None)],
)
def test_which_reminder_is_due(days, kind):
    today = datetime.date(2026, 5, 10)
    assert reminder_kind_due(due_date=today + datetime.timedelta(days=days), today=today) == kind


def test_reminders_go_a_week_and_a_day_before_to_unfinished_enrolments(course, organisation):
    week = enrol(organisation, course, due_in=7)
    day = enrol(organisation, course, due_in=1)
    enrol(organisation, course, due_in=7, completed_at=timezone.now())  # finished: no reminder
    enrol(organisation, course, due_in=20)  # not yet
    enrol(organisation, course, due_in=None)  # no due date
    enrol(organisation, course, due_in=-3)  # already past: reminders are for what is still ahead

    assert course_reminders_send.call() == 2
    assert sorted(message.to[0] for message in mail.outbox) == sorted([week.user.email, day.user.email])
    assert set(EnrolmentReminder.objects.values_list("enrolment", "kind")) == {
        (week.pk, ReminderKind.WEEK),
        (day.pk, ReminderKind.DAY),
    }


def test_each_reminder_goes_once(course, organisation):
    enrol(organisation, course, due_in=5)
    assert course_reminders_send.call() == 1
    assert course_reminders_send.call() == 0
    assert len(mail.outbox) == 1


def test_the_week_and_the_day_reminders_are_separate(course, organisation):
    enrolment = enrol(organisation, course, due_in=6)
    assert course_reminders_send.call() == 1
    Enrolment.objects.filter(pk=enrolment.pk).update(due_date=in_days(1))  # as if five days had passed
    assert course_reminders_send.call() == 1
    assert course_reminders_send.call() == 0
    assert [reminder.kind for reminder in EnrolmentReminder.objects.order_by("pk")] == ["7d", "1d"]


def test_a_new_due_date_gets_new_reminders(course, organisation):
    enrolment = enrol(organisation, course, due_in=3)
    assert course_reminders_send.call() == 1
    Enrolment.objects.filter(pk=enrolment.pk).update(due_date=in_days(4))  # the leader moved the due date
    assert course_reminders_send.call() == 1
    assert len(mail.outbox) == 2
    assert EnrolmentReminder.objects.filter(enrolment=enrolment, kind=ReminderKind.WEEK).count() == 2


def test_the_reminder_is_in_the_persons_language_with_progress_and_a_link(course, organisation):
    arabic = enrol(organisation, course, due_in=1, language="ar")
    french = enrol(organisation, course, due_in=6, language="fr")
    first_lesson = course.get_children().specific().first()
    LessonCompletion.objects.create(user=french.user, lesson=first_lesson, course=course, via=CompletionVia.MARKED)

    assert course_reminders_send.call() == 2
    by_address = {message.to[0]: message for message in mail.outbox}
    to_arabic, to_french = by_address[arabic.user.email], by_address[french.user.email]
    assert "الإسعافات الأولية" in to_arabic.subject
    assert "الإسعافات الأولية" in to_arabic.body
    assert "Premiers secours" in to_french.subject
    assert "Premiers secours" in to_french.body
    assert "http://testserver/ar/" in to_arabic.body
    assert "http://testserver/fr/" in to_french.body
    assert f"/{course.slug}/" in to_french.body
    assert "50" in to_french.body  # 1 of 2 lessons done


def test_the_due_date_is_written_the_persons_way(course, organisation):
    enrolment = enrol(organisation, course, due_in=3, language="fr")
    course_reminders_send.call()
    with translation.override("fr"):
        expected = date_format(enrolment.due_date, "DATE_FORMAT")
    assert expected in mail.outbox[0].body


def test_the_command_sends_with_a_progress_bar_and_says_how_many(course, organisation):
    enrol(organisation, course, due_in=1)
    enrol(organisation, course, due_in=4)
    enrol(organisation, course, due_in=30)
    out, err = io.StringIO(), io.StringIO()
    call_command("send_course_reminders", stdout=out, stderr=err)
    assert "2" in out.getvalue()
    assert "2/2" in err.getvalue()  # tqdm's bar: the two enrolments due within a week
    assert len(mail.outbox) == 2

    out, err = io.StringIO(), io.StringIO()
    call_command("send_course_reminders", stdout=out, stderr=err)
    assert "0" in out.getvalue()
    assert len(mail.outbox) == 2


def test_the_command_is_quiet_at_verbosity_0(course, organisation):
    enrol(organisation, course, due_in=2)
    out, err = io.StringIO(), io.StringIO()
    call_command("send_course_reminders", verbosity=0, stdout=out, stderr=err)
    assert out.getvalue() == "" and err.getvalue() == ""
    assert len(mail.outbox) == 1
