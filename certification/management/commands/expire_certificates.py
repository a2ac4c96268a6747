"""Mark certificates past their expiry date as expired. Run it once a day (cron or a systemd timer).

Verification already shows a certificate past its date as expired; this keeps the stored status (lists, reports,
the one-active-certificate rule) in step. Safe to run often.
"""

from django.core.management.base import BaseCommand

from certification import services


class Command(BaseCommand):
    help = "Mark certificates past their expiry date as expired."

    def handle(self, *args, verbosity=1, **options):
        expired = services.certificates_expire()
        if verbosity:
            self.stdout.write(f"Certificates marked expired: {expired}.")
