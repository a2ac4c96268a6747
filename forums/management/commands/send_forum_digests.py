"""Send the daily forum digests that are due. Run it once a day (cron); running it again the same day sends nothing."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from forums.tasks import digest_recipients, digest_send


class Command(BaseCommand):
    help = "E-mail each person who follows threads or forums daily one digest of the new posts. Safe to run often."

    def handle(self, *args, verbosity=1, **options):
        # The same work as the forum_digests_send task, one person at a time so progress can be shown.
        people = list(digest_recipients())
        sent = 0
        for person in tqdm(people, desc="Forum digests", unit="person", file=self.stderr, disable=verbosity == 0):
            sent += digest_send(user=person)
        if verbosity:
            self.stdout.write(f"Forum digests sent: {sent}.")
