"""The dashboard panel and the demo data hook."""

import re

import pytest
from wagtail import hooks

from intranet.organisations.tests.factories import UserFactory
from intranet.volunteering.wagtail_hooks import load_demo_requests, volunteering_dashboard_panel

from . import factories

pytestmark = pytest.mark.django_db


def test_dashboard_shows_the_networks_open_requests_and_the_volunteers_responses(
    client, network, open_request, gated_request, volunteer
):
    response = factories.response(open_request, volunteer)
    client.force_login(volunteer)
    content = client.get("/ar/dashboard/").content.decode()
    assert re.search(
        rf'href="/ar/volunteering/networks/{network.slug}/"[^>]*>[^<]*</a>\s*<span[^>]*data-open-requests="2"', content
    )
    assert f'data-response="{response.pk}" data-status="pending"' in content
    assert f"/ar/volunteering/networks/{network.slug}/requests/{open_request.pk}/" in content


def test_dashboard_tells_leaders_what_waits_for_them(client, organisation, open_request, leader, volunteer):
    accepted = factories.response(open_request, volunteer, accepted=True, leader=leader)
    factories.hours(accepted)
    factories.response(factories.volunteer_request(organisation, leader=leader), volunteer)
    client.force_login(leader)
    content = client.get("/da/dashboard/").content.decode()
    assert f"/da/volunteering/organisations/{organisation.slug}/requests/" in content
    assert 'data-pending-responses="1"' in content and 'data-hours-to-confirm="1"' in content


def test_no_panel_without_a_network(rf):
    request = rf.get("/da/dashboard/")
    request.user = UserFactory()
    assert volunteering_dashboard_panel(request) is None


def test_demo_hook_is_registered():
    assert load_demo_requests in hooks.get_hooks("shabaka_demo_data")
    assert volunteering_dashboard_panel in hooks.get_hooks("shabaka_dashboard_panels")
