"""Make every network coordinator a moderator of the network's forums, and take the permission from moderators who
left the network. Run it after changing coordinators until the organisations app tells the forums itself."""

from django.core.management.base import BaseCommand

from forums.services import forum_moderators_sync
from intranet.organisations.models import Network


class Command(BaseCommand):
    help = "Re-grant moderate_forum on each network's forums to its coordinators; revoke it from people who left."

    def handle(self, *args, verbosity=1, **options):
        networks = list(Network.objects.filter(forums__isnull=False).distinct())
        for network in networks:
            forum_moderators_sync(network=network)
        if verbosity:
            self.stdout.write(f"Forum moderators synchronised in {len(networks)} networks.")
