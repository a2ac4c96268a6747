"""Enqueue the reminder e-mails that are due: 7 days and 1 day before each meeting. Run it every hour (cron)."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from intranet.meetings import services
from intranet.meetings.tasks import meeting_reminders_send


class Command(BaseCommand):
    help = "Send the reminder e-mails that are due for network meetings. Safe to run often: each is sent once."

    def handle(self, *args, verbosity=1, **options):
        meetings = list(services.meetings_needing_reminders())
        enqueued = 0
        for meeting in tqdm(
            meetings, desc="Meeting reminders", unit="meeting", file=self.stderr, disable=verbosity == 0
        ):
            kind = services.reminder_kind_due(meeting=meeting)
            if kind is not None:
                meeting_reminders_send.enqueue(meeting_id=meeting.pk, kind=kind)
                enqueued += 1
        if verbosity:
            self.stdout.write(f"Reminders enqueued for {enqueued} meeting(s).")
