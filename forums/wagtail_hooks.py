from django.utils.translation import gettext as _
from wagtail import hooks

from intranet.organisations.dashboard import DashboardPanel

from . import selectors, services
from .campaign_demo import campaigns_load
from .demo import forums_demo_load


@hooks.register("shabaka_dashboard_panels")
def forums_dashboard_panel(request):
    """The person's networks' forums, the latest active threads, and for moderators the reports waiting."""
    if not request.user.is_authenticated:
        return None
    networks = list(selectors.forum_networks_for(user=request.user).filter(forum_count__gt=0))
    if not networks:
        return None
    return DashboardPanel(
        title=_("Forums"),
        template_name="forums/dashboard_panel.html",
        context={
            "networks": networks,
            "threads": selectors.recent_threads_for(user=request.user),
            "report_count": selectors.open_report_count(user=request.user),
        },
        order=30,
    )


hooks.register("shabaka_demo_data", forums_demo_load)
# After the forums demo: the campaign gets its own forum next to the network's.
hooks.register("shabaka_demo_data", campaigns_load)


@hooks.register("shabaka_network_changed")
def forum_moderators_follow_the_network(network):
    """Coordinators moderate their network's forums from the moment they are made coordinators, and stop when
    they are not; people of an organisation that left the network stop moderating."""
    services.forum_moderators_sync(network=network)
