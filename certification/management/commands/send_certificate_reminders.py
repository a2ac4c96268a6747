"""Send the certificate expiry reminders that are due (60, 30 and 7 days before). Run it once a day (cron)."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from certification.reminders import certificate_reminder_send, reminder_candidates


class Command(BaseCommand):
    help = "E-mail the expiry reminders of certificates to holders and their leaders. Safe to run often: each once."

    def handle(self, *args, verbosity=1, **options):
        # The same work as the certificate_reminders_send task, one certificate at a time so progress can be shown.
        certificates = list(reminder_candidates())
        sent = 0
        for certificate in tqdm(
            certificates, desc="Certificate reminders", unit="certificate", file=self.stderr, disable=verbosity == 0
        ):
            sent += certificate_reminder_send(certificate)
        if verbosity:
            self.stdout.write(f"Certificate reminders sent: {sent}.")
