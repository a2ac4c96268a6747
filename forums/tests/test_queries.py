"""Query counts: a thread page costs the same with 5 posts as with 50, and at most 12 queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from forums import services
from forums.models import Post

from .factories import thread_in

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12


def queries_for(client, url) -> list[str]:
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


def thread_with(forum, people, count: int, moderator):
    thread = thread_in(forum, people[0], title=f"Tråd med {count} indlæg")
    for number in range(count - 1):
        post = services.post_create(thread=thread, author=people[number % len(people)], body=f"**Svar** {number}")
        if number % 7 == 0:
            services.post_hide(post=post, moderator=moderator, reason="Test")
    assert Post.objects.filter(thread=thread).count() == count
    return thread


@pytest.mark.parametrize("as_moderator", [False, True])
def test_thread_page_costs_the_same_for_5_and_50_posts(
    client, forum, author, reader, moderator, django_assert_max_num_queries, as_moderator
):
    small = thread_with(forum, [author, reader], 5, moderator)
    large = thread_with(forum, [author, reader, moderator], 50, moderator)
    client.force_login(moderator if as_moderator else reader)

    small_queries = queries_for(client, f"/da/forums/threads/{small.pk}/")
    large_queries = queries_for(client, f"/da/forums/threads/{large.pk}/")

    assert len(large_queries) == len(small_queries), "\n".join(large_queries)
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(f"/da/forums/threads/{large.pk}/")
    print(f"thread page queries ({'moderator' if as_moderator else 'member'}): {len(large_queries)}")


def test_forum_page_costs_the_same_for_3_and_30_threads(
    client, network, forum, author, reader, django_assert_max_num_queries
):
    for number in range(3):
        thread_in(forum, author, title=f"Lille {number}")
    client.force_login(reader)
    url = f"/da/forums/networks/{network.slug}/forums/{forum.slug}/"
    small_queries = queries_for(client, url)
    for number in range(27):
        thread_in(forum, reader, title=f"Stor {number}")
    large_queries = queries_for(client, url)
    assert len(large_queries) == len(small_queries), "\n".join(large_queries)
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(url)


def test_moderation_queue_and_search_cost_the_same_for_2_and_20_posts(
    client, network, forum, author, reader, moderator, django_assert_max_num_queries
):
    def add_reported_posts(count):
        for number in range(count):
            thread = thread_in(forum, author, title=f"Frivillig {number}", body=f"Frivillig tekst {number}")
            services.report_create(post=thread.posts.get(), reporter=reader, reason="x")
            services.thread_pin(thread=thread, moderator=moderator)

    urls = [
        f"/da/forums/networks/{network.slug}/moderation/",
        f"/da/forums/networks/{network.slug}/search/?q=frivillig",
        f"/da/forums/networks/{network.slug}/",
    ]
    client.force_login(moderator)
    add_reported_posts(2)
    small = [len(queries_for(client, url)) for url in urls]
    add_reported_posts(18)
    large = [len(queries_for(client, url)) for url in urls]
    assert small == large
    for url in urls:
        with django_assert_max_num_queries(MAX_QUERIES):
            client.get(url)
