"""The dashboard's extension point: features add panels through the `shabaka_dashboard_panels` hook.

A function registered for the hook takes the request and returns a `DashboardPanel`, or None when it has
nothing to show this person (the dashboard then shows nothing for it, never an empty placeholder)::

    @hooks.register("shabaka_dashboard_panels")
    def courses_panel(request):
        enrolments = enrolments_for(request.user)
        if not enrolments:
            return None
        return DashboardPanel(title=_("My courses"), template_name="courses/dashboard_panel.html",
                              context={"enrolments": enrolments}, order=10)
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from wagtail import hooks

DASHBOARD_PANELS_HOOK = "shabaka_dashboard_panels"


@dataclass
class DashboardPanel:
    title: str
    template_name: str
    context: dict = field(default_factory=dict)
    order: int = 100

    def render(self, request) -> SafeString:
        return render_to_string(self.template_name, {**self.context, "panel": self}, request=request)


def dashboard_panels(request) -> list[DashboardPanel]:
    panels = [panel for fn in hooks.get_hooks(DASHBOARD_PANELS_HOOK) if (panel := fn(request)) is not None]
    return sorted(panels, key=lambda panel: panel.order)
