"""Background work for meetings: reminder e-mails, sent by the task worker in each recipient's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from . import selectors, services
from .models import NetworkMeeting


@task()
def meeting_reminders_send(*, meeting_id: int, kind: str) -> int:
    """E-mail the `kind` reminder to everyone who answered yes or maybe; each person gets it once. Returns how many."""
    meeting = NetworkMeeting.objects.select_related("network", "host_organisation").filter(pk=meeting_id).first()
    if meeting is None:
        return 0
    sent = 0
    for user in selectors.meeting_attendees_for_reminder(meeting=meeting):
        if not services.meeting_reminder_record(meeting=meeting, user=user, kind=kind):
            continue
        with translation.override(user.preferred_language), timezone.override(user.time_zone):
            url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("meeting_detail", kwargs={"pk": meeting.pk})
            context = {"meeting": meeting, "user": user, "url": url, "kind": kind}
            subject = render_to_string("meetings/email/reminder_subject.txt", context).strip()
            text = render_to_string("meetings/email/reminder.txt", context)
        EmailMessage(subject, text, to=[user.email]).send()
        sent += 1
    return sent
