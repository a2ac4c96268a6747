"""Every payload of the markup tests, posted through the reply form, is inert in the thread page's HTML."""

import re

import pytest
from django.utils.safestring import mark_safe

from forums.models import Post
from tests.test_markup import XSS_PAYLOADS, assert_allow_listed

from .factories import thread_in

pytestmark = pytest.mark.django_db

POSTS = re.compile(r'<div class="forum-post__body prose" dir="auto">(.*?)</div>', re.S)  # a post has no <div>
ON_ATTRIBUTE = re.compile(r"<[^>]*\son\w+\s*=", re.I)
JAVASCRIPT_HREF = re.compile(r"""<[a-z][^>]*\shref\s*=\s*["']?\s*(?:javascript|vbscript|data):""", re.I)


def test_there_are_at_least_50_payloads():
    assert len(XSS_PAYLOADS) >= 50


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_payload_posted_through_the_page_is_inert(client, forum, author, reader, payload):
    # The title is set up through the service, which the forms guard: PostgreSQL stores no NUL character.
    thread = thread_in(forum, author, title=payload.replace("\x00", "")[:200] or "x")
    client.force_login(reader)
    response = client.post(f"/da/forums/threads/{thread.pk}/", {"body": f"@LeilaBennani {payload}"})
    if response.status_code == 200:
        # Refused by the form (a NUL character): nothing is stored and the typed text comes back escaped.
        assert response.context["form"].errors and Post.objects.filter(thread=thread).count() == 1
        assert "<script" not in response.content.decode().lower()
        return
    assert response.status_code == 302
    post = Post.objects.latest("pk")
    assert_allow_listed(mark_safe(post.body_html))  # noqa: S308 - only fed to the allow-list assertion

    content = client.get(f"/da/forums/threads/{thread.pk}/").content.decode()
    assert "<script" not in content.lower()
    bodies = POSTS.findall(content)
    assert len(bodies) == 2
    for body in bodies:
        assert_allow_listed(mark_safe(body))  # noqa: S308
        assert not ON_ATTRIBUTE.search(body), body
        assert not JAVASCRIPT_HREF.search(body), body
