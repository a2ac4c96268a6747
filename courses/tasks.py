"""Background work for courses: due-date reminders, e-mailed in each person's language and time zone.

Run once a day: `manage.py send_course_reminders` from cron (it shows a progress bar), or enqueue
`course_reminders_send` from a scheduler. Both send the same reminders and each goes out once.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from . import selectors, services
from .models import Enrolment, ReminderKind

WEEK_BEFORE_DAYS = 7


def reminder_kind_due(*, due_date: datetime.date, today: datetime.date) -> str | None:
    """Which reminder is due for an enrolment due on `due_date`: the week one 2–7 days before, the day one the day
    before or on the day itself. Ranges rather than exact days, so a day the task did not run loses nothing."""
    days = (due_date - today).days
    if 0 <= days <= 1:
        return ReminderKind.DAY
    if 2 <= days <= WEEK_BEFORE_DAYS:
        return ReminderKind.WEEK
    return None


def _zone_of(user) -> datetime.tzinfo:
    try:
        return zoneinfo.ZoneInfo(user.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return timezone.get_default_timezone()


def reminder_candidates() -> QuerySet[Enrolment]:
    """Unfinished enrolments that may need a reminder today. A day either side of the server's date, because the
    people live in other time zones; `enrolment_reminder_send` decides with each person's own date."""
    today = timezone.localdate()
    return selectors.due_soon_enrolments(
        first=today - datetime.timedelta(days=1), last=today + datetime.timedelta(days=WEEK_BEFORE_DAYS + 1)
    )


def enrolment_reminder_send(enrolment: Enrolment) -> bool:
    """E-mail the reminder that is due for `enrolment`, if any and not sent yet for its due date. True if sent."""
    user = enrolment.user
    zone = _zone_of(user)
    today = timezone.localdate(timezone=zone)
    kind = reminder_kind_due(due_date=enrolment.due_date, today=today)
    if kind is None or not services.enrolment_reminder_record(enrolment=enrolment, kind=kind):
        return False
    progress = selectors.enrolment_progress(enrolment)
    with translation.override(selectors.language_of(user)), timezone.override(zone):
        # The path only, in the person's language; the host is the site's public address.
        _site, _root, path = enrolment.course.get_url_parts()
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
        context = {"enrolment": enrolment, "course": enrolment.course, "user": user, "progress": progress}
        context.update(url=url, kind=kind, days=(enrolment.due_date - today).days)
        subject = render_to_string("courses/email/reminder_subject.txt", context).strip()
        text = render_to_string("courses/email/reminder.txt", context)
    EmailMessage(subject, text, to=[user.email]).send()
    return True


@task()
def course_reminders_send() -> int:
    """E-mail every due-date reminder that is due today (7 days and 1 day before); each once. Returns how many."""
    return sum(enrolment_reminder_send(enrolment) for enrolment in reminder_candidates())
