"""Send the accreditation expiry reminders that are due (60 and 30 days before). Run it once a day (cron)."""

from django.core.management.base import BaseCommand
from django.utils import timezone
from tqdm import tqdm

from certification import accreditation


class Command(BaseCommand):
    help = "E-mail organisations' leaders before their accreditation expires. Safe to run often: each is sent once."

    def handle(self, *args, verbosity=1, **options):
        # The same work as the accreditation_reminders_send task, one application at a time to show progress.
        today = timezone.localdate()
        applications = list(accreditation.accreditation_reminder_candidates(today=today))
        sent = 0
        for application in tqdm(
            applications, desc="Accreditation reminders", unit="application", file=self.stderr, disable=verbosity == 0
        ):
            sent += accreditation.accreditation_reminder_send(application=application, today=today)
        if verbosity:
            self.stdout.write(f"Accreditation reminders sent: {sent}.")
