"""The `shabaka_dashboard_panels` hook (intranet/organisations/dashboard.py) and its place on the dashboard."""

import re

import pytest
from django.test import RequestFactory
from wagtail import hooks

from intranet.organisations.dashboard import DASHBOARD_PANELS_HOOK, DashboardPanel, dashboard_panels

from .factories import UserFactory
from .helpers import LANGUAGES

pytestmark = pytest.mark.django_db


def panel_titles(response) -> list[str]:
    return re.findall(r'<section class="panel" aria-label="([^"]*)">', response.content.decode())


def courses_panel(request):
    return DashboardPanel(title="My courses (test)", template_name="includes/messages.html", order=20)


def meetings_panel(request):
    return DashboardPanel(title="Next meetings (test)", template_name="includes/messages.html", order=10)


def nothing_to_show(request):
    return None


@pytest.mark.parametrize("language", LANGUAGES)
def test_registered_panels_appear_and_none_shows_nothing(client, leader, language):
    client.force_login(leader)
    without = panel_titles(client.get(f"/{language}/dashboard/"))

    with hooks.register_temporarily([(DASHBOARD_PANELS_HOOK, courses_panel), (DASHBOARD_PANELS_HOOK, nothing_to_show)]):
        response = client.get(f"/{language}/dashboard/")

    assert response.status_code == 200
    # Features' own panels (pages, meetings, directory) stay; the test panel joins them, the empty one does not.
    assert sorted(panel_titles(response)) == sorted([*without, "My courses (test)"])
    assert [panel["title"] for panel in response.context["panels"] if panel["title"].endswith("(test)")] == [
        "My courses (test)"
    ]
    # Once unregistered, the panel is gone again.
    assert panel_titles(client.get(f"/{language}/dashboard/")) == without


def test_panels_are_ordered_by_their_order(client, leader):
    client.force_login(leader)
    with hooks.register_temporarily([(DASHBOARD_PANELS_HOOK, courses_panel), (DASHBOARD_PANELS_HOOK, meetings_panel)]):
        response = client.get("/da/dashboard/")
    test_panels = [title for title in panel_titles(response) if title.endswith("(test)")]
    assert test_panels == ["Next meetings (test)", "My courses (test)"]


def test_panel_function_receives_the_request_and_renders_with_it(client, leader):
    seen = []

    def personal_panel(request):
        seen.append(request.user)
        return DashboardPanel(title=f"For {request.user.email}", template_name="includes/messages.html")

    client.force_login(leader)
    with hooks.register_temporarily(DASHBOARD_PANELS_HOOK, personal_panel):
        response = client.get("/fr/dashboard/")

    assert seen == [leader]
    assert f"For {leader.email}" in panel_titles(response)


def test_dashboard_panels_function_drops_none_and_sorts():
    request = RequestFactory().get("/")
    request.user = UserFactory()
    with hooks.register_temporarily(
        [
            (DASHBOARD_PANELS_HOOK, courses_panel),
            (DASHBOARD_PANELS_HOOK, nothing_to_show),
            (DASHBOARD_PANELS_HOOK, meetings_panel),
        ]
    ):
        panels = dashboard_panels(request)
    assert [panel.title for panel in panels] == ["Next meetings (test)", "My courses (test)"]


def test_panel_render_passes_its_context_and_itself():
    panel = DashboardPanel(title="T", template_name="includes/messages.html", context={"messages": ["Hello panel"]})
    html = panel.render(RequestFactory().get("/"))
    assert "Hello panel" in html
