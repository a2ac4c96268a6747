"""The dashboard panel that takes leaders and coordinators to their course reports (registered in wagtail_hooks)."""

from django.utils.translation import gettext_lazy as _

from intranet.organisations.dashboard import DashboardPanel

from . import selectors


def reports_dashboard_panel(request) -> DashboardPanel | None:
    """Links to the reports of the organisations the person leads and the networks they coordinate; None if neither."""
    if not request.user.is_authenticated:
        return None
    organisations = list(selectors.organisations_led_by(request.user))
    networks = list(selectors.networks_coordinated_by(request.user))
    if not organisations and not networks:
        return None
    return DashboardPanel(
        title=_("Course reports"),
        template_name="courses/reports/dashboard_panel.html",
        context={"organisations": organisations, "networks": networks},
        order=15,
    )
