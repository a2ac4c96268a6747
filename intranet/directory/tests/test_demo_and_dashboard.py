"""The demo's directory, and the dashboard panel."""

import re
from collections import Counter

import pytest
from django.core.management import call_command

from intranet.directory import demo
from intranet.directory.models import CompetenceOffer, HelpRequest
from intranet.organisations.demo import NETWORKS, TANGER
from intranet.organisations.tests.factories import UserFactory

from .factories import offer

pytestmark = pytest.mark.django_db

ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


def test_demo_loads_30_offers_and_2_requests_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("demo_data", force=True, quiet=True)
    assert CompetenceOffer.objects.active().count() == 30
    assert HelpRequest.objects.count() == 2
    tangier = {organisation.slug for organisation in TANGER.organisations}
    for existing in CompetenceOffer.objects.select_related("organisation"):
        if existing.organisation.slug not in tangier:
            assert not ARABIC_LETTER.search(existing.description), existing  # Danish organisations write Danish
        assert existing.contact is not None and existing.search_text
    assert {network.slug for network in NETWORKS} == {"tanger", "alliancen"}

    created = Counter()
    demo.offers_load(created=created)
    assert not +created
    assert CompetenceOffer.objects.count() == 30 and HelpRequest.objects.count() == 2


def test_dashboard_shows_the_directory_with_its_offer_count(client, network, organisation, leader):
    offer(organisation, contact=leader)
    offer(organisation, contact=leader)
    client.force_login(leader)
    content = client.get("/da/dashboard/").content.decode()
    assert f"/da/directory/networks/{network.slug}/" in content
    assert re.search(
        rf'href="/da/directory/networks/{network.slug}/"[^>]*>[^<]*</a>\s*<span class="muted">2\b', content
    )
    assert f"/da/directory/organisations/{organisation.slug}/offers/" in content


def test_dashboard_has_no_directory_panel_without_a_network(client):
    client.force_login(UserFactory())
    assert "/directory/networks/" not in client.get("/da/dashboard/").content.decode()
