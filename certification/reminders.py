"""Expiry reminders: 60, 30 and 7 days before a certificate expires, to the holder and to the leaders of the
holder's organisations in the issuing network, each in their own language and time zone.

Run once a day: `manage.py send_certificate_reminders` from cron (it shows a progress bar), or enqueue the
`certificate_reminders_send` task from a scheduler. Both send the same reminders and each goes out once.
"""

from __future__ import annotations

import datetime
import zoneinfo

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from intranet.organisations.models import User

from . import selectors, services
from .models import Certificate, ExpiryReminder

# Days before expiry, largest first.
REMINDER_DAYS = (60, 30, 7)


def reminder_due(*, expires_on: datetime.date, today: datetime.date) -> int | None:
    """Which reminder is due for a certificate expiring on `expires_on`: 60 when 31–60 days are left, 30 when 8–30,
    7 when 0–7, none otherwise. Ranges rather than exact days, so a day the task did not run loses nothing."""
    days = (expires_on - today).days
    if days < 0:
        return None
    due = None
    for threshold in REMINDER_DAYS:
        if days <= threshold:
            due = threshold
    return due


def _zone_of(user: User) -> datetime.tzinfo:
    try:
        return zoneinfo.ZoneInfo(user.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return timezone.get_default_timezone()


def reminder_candidates() -> QuerySet[Certificate]:
    """Active certificates that may need a reminder today. A day either side of the server's date, because holders
    live in other time zones; `certificate_reminder_send` decides with the holder's own date."""
    today = timezone.localdate()
    return selectors.certificates_expiring_between(
        first=today - datetime.timedelta(days=1), last=today + datetime.timedelta(days=REMINDER_DAYS[0] + 1)
    )


@transaction.atomic
def expiry_reminder_record(*, certificate: Certificate, days_before: int) -> bool:
    """Note that the `days_before` reminder goes out; False if it already has. The larger reminders not sent yet
    (a certificate issued 40 days before expiry, or days the task did not run) are noted too, so they never go out
    late, after a nearer one."""
    _reminder, created = ExpiryReminder.objects.get_or_create(certificate=certificate, days_before=days_before)
    if created:
        ExpiryReminder.objects.bulk_create(
            [ExpiryReminder(certificate=certificate, days_before=days) for days in REMINDER_DAYS if days > days_before],
            ignore_conflicts=True,
        )
    return created


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _course_link(course) -> dict:
    """A course's title and address in the active language."""
    parts = course.get_url_parts()
    return {"title": course.title, "url": _absolute(parts[2]) if parts else ""}


def _send(*, template: str, recipient: User, context: dict) -> None:
    """Render `template` (subject and message) in the recipient's language and time zone and send it."""
    certificate = context["certificate"]
    programme = certificate.programme
    with translation.override(services.certificate_language_for(recipient)), timezone.override(_zone_of(recipient)):
        context = {
            **context,
            "recipient": recipient,
            "programme": programme,
            "verification_url": services.certificate_verification_url(certificate, language=translation.get_language()),
            "certificates_url": _absolute(reverse("my_certificates")),
            "renewal_course": _course_link(programme.renewal_course) if programme.renewal_course else None,
            "courses": [_course_link(link.course) for link in programme.programme_courses.all()],
        }
        subject = render_to_string(f"certification/email/{template}_subject.txt", context).strip()
        text = render_to_string(f"certification/email/{template}_message.txt", context)
    EmailMessage(subject, text, to=[recipient.email]).send()


def certificate_reminder_send(certificate: Certificate) -> bool:
    """E-mail the expiry reminder that is due for `certificate`, if any and not sent yet, to the holder and to the
    leaders of the holder's organisations in the issuing network. True if sent."""
    holder = certificate.holder
    today = timezone.localdate(timezone=_zone_of(holder))
    days_before = reminder_due(expires_on=certificate.expires_on, today=today)
    if days_before is None or not expiry_reminder_record(certificate=certificate, days_before=days_before):
        return False
    context = {"certificate": certificate, "holder": holder, "days": (certificate.expires_on - today).days}
    _send(template="expiry", recipient=holder, context=context)
    for leader in selectors.leaders_of_holder(holder=holder, network_id=certificate.programme.network_id):
        _send(template="expiry_leader", recipient=leader, context=context)
    return True


def certificate_reminders_send() -> int:
    """Send every expiry reminder that is due today; each once. Returns for how many certificates."""
    return sum(certificate_reminder_send(certificate) for certificate in reminder_candidates())
