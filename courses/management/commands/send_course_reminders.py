"""Send the course due-date reminders that are due (7 days and 1 day before). Run it once a day (cron)."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from courses.tasks import enrolment_reminder_send, reminder_candidates


class Command(BaseCommand):
    help = "E-mail the due-date reminders of unfinished course enrolments. Safe to run often: each is sent once."

    def handle(self, *args, verbosity=1, **options):
        # The same work as the course_reminders_send task, one enrolment at a time so progress can be shown.
        enrolments = list(reminder_candidates())
        sent = 0
        for enrolment in tqdm(
            enrolments, desc="Course reminders", unit="enrolment", file=self.stderr, disable=verbosity == 0
        ):
            sent += enrolment_reminder_send(enrolment)
        if verbosity:
            self.stdout.write(f"Course reminders sent: {sent}.")
