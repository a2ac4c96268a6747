"""The dashboard panel and the demo forums."""

from collections import Counter

import pytest
from wagtail import hooks

from forums import services
from forums.demo import FORUMS, THREADS, forums_demo_load
from forums.models import Forum, Post, Thread
from forums.wagtail_hooks import forums_dashboard_panel
from intranet.organisations.demo import EMAIL_DOMAIN
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, UserFactory, member

from .factories import thread_in

pytestmark = pytest.mark.django_db


def test_dashboard_panel_for_members_only(rf, forum, author, reader, moderator, outsider):
    thread = thread_in(forum, author, title="Panel")
    services.report_create(post=thread.posts.get(), reporter=reader, reason="x")
    request = rf.get("/da/dashboard/")
    request.user = moderator
    panel = forums_dashboard_panel(request)
    html = panel.render(request)
    assert f'data-thread="{thread.pk}"' in html and 'data-report-count="1"' in html
    request.user = reader
    assert "data-report-count" not in forums_dashboard_panel(request).render(request)
    request.user = outsider
    assert forums_dashboard_panel(request) is None


def test_dashboard_shows_the_panel(client, forum, author):
    thread = thread_in(forum, author, title="På oversigten")
    client.force_login(author)
    page = client.get("/da/dashboard/").content.decode()
    assert f'data-thread="{thread.pk}"' in page
    # Campaigns and papers are reached from the forums panel.
    assert 'href="/da/campaigns/" data-campaigns-link' in page


def test_demo_loads_trilingual_forums_once():
    assert forums_demo_load in hooks.get_hooks("shabaka_demo_data")
    for slug in FORUMS:
        network = NetworkFactory(slug=slug)
        for thread_slug, _title, posts in THREADS:
            if thread_slug != slug:
                continue
            for email, _body in posts:
                organisation_slug = email.split("@")[0].split(".", 1)[1]
                organisation = OrganisationFactory(slug=organisation_slug)
                network.organisations.add(organisation)
                member(organisation, email=email)
    UserFactory()
    created = Counter()
    forums_demo_load(created=created)
    assert created["forums"] == 2 and created["forum threads"] == len(THREADS)
    assert Forum.objects.filter(name_ar="نقاش عام", name_fr="Discussions générales").count() == 2
    assert Post.objects.count() == sum(len(posts) for _slug, _title, posts in THREADS)
    assert EMAIL_DOMAIN in Post.objects.first().author.email
    again = Counter()
    forums_demo_load(created=again)
    assert not again and Thread.objects.count() == len(THREADS)


def test_forum_added_in_the_django_admin_is_moderated_by_the_coordinators(admin_client, network, moderator):
    response = admin_client.post(
        "/django-admin/forums/forum/add/",
        {
            "network": network.pk,
            "name_da": "Fundraising",
            "name_ar": "جمع التبرعات",
            "name_fr": "Collecte de fonds",
            "slug": "fundraising",
            "sort_order": 1,
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    forum = Forum.objects.get()
    assert (forum.name_ar, forum.slug) == ("جمع التبرعات", "fundraising")
    assert services.is_moderator(user=moderator, forum=forum)
