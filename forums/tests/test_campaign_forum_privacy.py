"""A campaign's forum is its participants' working space: other people of the network get a 404 on it, its threads
and posts, and do not find it in lists or search; the network's coordinators still moderate it."""

import pytest
from django.urls import reverse

from forums import selectors

from .campaign_factories import *  # noqa: F403 - the fixtures the campaign and paper tests share
from .campaign_factories import campaign_for
from .factories import thread_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign_thread(network, organisation, lead_leader, partner):
    campaign = campaign_for(network, organisation, lead_leader, participants=[partner], with_forum=True)
    return thread_in(campaign.forum, lead_leader, title="Strategi", body="Hemmelig plan for kampagnen")


def test_participants_read_the_campaign_forum(client, campaign_thread, partner_member):
    client.force_login(partner_member)
    assert client.get(reverse("forums_thread", args=[campaign_thread.pk])).status_code == 200


def test_people_of_the_network_outside_the_campaign_get_404(client, network, campaign_thread, bystander):
    client.force_login(bystander)
    forum = campaign_thread.forum
    assert client.get(reverse("forums_thread", args=[campaign_thread.pk])).status_code == 404
    assert client.get(reverse("forums_forum", args=[network.slug, forum.slug])).status_code == 404
    assert forum not in selectors.network_forums(network=network, user=bystander)
    assert campaign_thread not in selectors.recent_threads_for(user=bystander)
    assert not selectors.posts_search(network=network, user=bystander, text="Hemmelig").exists()


def test_a_public_campaign_keeps_its_forum_to_the_participants(client, campaign_thread, bystander):
    campaign = campaign_thread.forum.campaign
    campaign.is_public = True
    campaign.save(update_fields=["is_public"])
    client.force_login(bystander)
    assert client.get(reverse("forums_thread", args=[campaign_thread.pk])).status_code == 404


def test_the_networks_coordinators_moderate_the_campaign_forum(client, campaign_thread, moderator):
    client.force_login(moderator)
    assert client.get(reverse("forums_thread", args=[campaign_thread.pk])).status_code == 200
    assert selectors.posts_search(network=campaign_thread.forum.network, user=moderator, text="Hemmelig").exists()
