from django.utils.translation import gettext as _
from wagtail import hooks

from intranet.organisations.dashboard import DashboardPanel
from intranet.organisations.selectors import networks_visible_to

from . import selectors
from .demo import meetings_demo_load


@hooks.register("shabaka_dashboard_panels")
def meetings_dashboard_panel(request):
    """The person's next meetings with their own answer, and a way to every network's meetings."""
    if not request.user.is_authenticated:
        return None
    networks = list(networks_visible_to(request.user).order_by("name"))
    if not networks:
        return None
    return DashboardPanel(
        title=_("Network meetings"),
        template_name="meetings/dashboard_panel.html",
        context={
            "meetings": selectors.upcoming_meetings_for_user(user=request.user),
            "networks": networks,
            "show_rsvp": True,
        },
        order=5,  # time-sensitive: first among the feature panels
    )


@hooks.register("shabaka_home_sections")
def meetings_home_section(request, page):
    """Upcoming meetings of the home page's network, for its members and coordinators only."""
    network = getattr(page, "network", None)
    if network is None or not request.user.is_authenticated:
        return None
    if not networks_visible_to(request.user).filter(pk=network.pk).exists():
        return None
    meetings = list(selectors.meetings_for_network(network=network, upcoming=True).select_related("network")[:5])
    return DashboardPanel(
        title=_("Upcoming network meetings"),
        template_name="meetings/dashboard_panel.html",
        context={"meetings": meetings, "networks": [network], "show_rsvp": False},
        order=20,
    )


hooks.register("shabaka_demo_data", meetings_demo_load)
