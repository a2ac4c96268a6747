from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from intranet.organisations.dashboard import DashboardPanel

from . import demo, selectors


@hooks.register("shabaka_dashboard_panels")
def volunteering_dashboard_panel(request):
    """The network lists with their open requests, the person's live responses, and for leaders the responses
    and hours waiting for them. Three queries, whatever the numbers."""
    if not request.user.is_authenticated:
        return None
    summary = selectors.dashboard_summary(user=request.user)
    if not summary:
        return None
    return DashboardPanel(
        title=_("Volunteer requests"), template_name="volunteering/dashboard_panel.html", context=summary, order=25
    )


@hooks.register("shabaka_demo_data")
def load_demo_requests(created):
    demo.requests_load(created=created)
