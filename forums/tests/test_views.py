"""Pages: who sees what (member, outsider 404, anonymous sign-in, non-moderator 403), replies, edits, moderation."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from forums import services
from forums.models import Attachment, ModerationAction, Post, PostReport, Subscription, Thread

from .factories import forum_for, thread_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(forum, author):
    return thread_in(forum, author, title="Forårets frivilligdag", body="Hvem er med?")


@pytest.fixture
def post(thread):
    return thread.posts.get()


@pytest.fixture
def report(post, reader):
    return services.report_create(post=post, reporter=reader, reason="Forkert")


def page_urls(network, forum, thread, post):
    """Every page a member may open, with GET."""
    return [
        "/da/forums/",
        f"/da/forums/networks/{network.slug}/",
        f"/da/forums/networks/{network.slug}/search/?q=hej",
        f"/da/forums/networks/{network.slug}/forums/{forum.slug}/",
        f"/da/forums/networks/{network.slug}/forums/{forum.slug}/new/",
        f"/da/forums/threads/{thread.pk}/",
        f"/da/forums/posts/{post.pk}/report/",
    ]


def object_urls(network, forum, thread, post, report):
    """(method, url, data) of everything that belongs to the network: outsiders must get 404 for each."""
    return [
        ("get", f"/da/forums/networks/{network.slug}/", {}),
        ("get", f"/da/forums/networks/{network.slug}/search/?q=hej", {}),
        ("get", f"/da/forums/networks/{network.slug}/moderation/", {}),
        ("get", f"/da/forums/networks/{network.slug}/forums/{forum.slug}/", {}),
        ("get", f"/da/forums/networks/{network.slug}/forums/{forum.slug}/new/", {}),
        ("post", f"/da/forums/networks/{network.slug}/forums/{forum.slug}/new/", {"title": "x", "body": "y"}),
        ("post", f"/da/forums/networks/{network.slug}/forums/{forum.slug}/subscribe/", {"mode": "daily"}),
        ("get", f"/da/forums/threads/{thread.pk}/", {}),
        ("post", f"/da/forums/threads/{thread.pk}/", {"body": "y"}),
        ("post", f"/da/forums/threads/{thread.pk}/moderate/", {"action": "pin"}),
        ("post", f"/da/forums/threads/{thread.pk}/subscribe/", {"mode": "daily"}),
        ("get", f"/da/forums/posts/{post.pk}/", {}),
        ("get", f"/da/forums/posts/{post.pk}/edit/", {}),
        ("get", f"/da/forums/posts/{post.pk}/report/", {}),
        ("post", f"/da/forums/posts/{post.pk}/report/", {"reason": "x"}),
        ("post", f"/da/forums/posts/{post.pk}/moderate/", {"action": "hide", "reason": "x"}),
        ("post", f"/da/forums/reports/{report.pk}/resolve/", {}),
    ]


def test_member_opens_every_page(client, network, forum, thread, post, reader):
    client.force_login(reader)
    for url in page_urls(network, forum, thread, post):
        response = client.get(url, follow=url == "/da/forums/")
        assert response.status_code == 200, url


@pytest.mark.parametrize("language", ["da", "ar", "fr"])
def test_thread_page_in_each_language_shows_user_text_with_dir_auto(client, thread, reader, language):
    client.force_login(reader)
    response = client.get(f"/{language}/forums/threads/{thread.pk}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in content
    assert re.search(r'<h1 dir="auto"[^>]*>Forårets frivilligdag</h1>', content)
    assert '<div class="forum-post__body prose" dir="auto"><p>Hvem er med?</p></div>' in content


def test_outsider_gets_404_everywhere(client, network, forum, thread, post, report, outsider):
    pdf = SimpleUploadedFile("referat.pdf", b"%PDF-1.4 referat", content_type="application/pdf")
    services.post_create(thread=thread, author=thread.author, body="Referat", files=[pdf])
    attachment = Attachment.objects.get()
    client.force_login(outsider)
    for method, url, data in object_urls(network, forum, thread, post, report):
        response = getattr(client, method)(url, data)
        assert response.status_code == 404, (method, url)
    assert client.get(f"/da/forums/attachments/{attachment.pk}/").status_code == 404
    assert Post.objects.count() == 2 and Thread.objects.count() == 1
    assert not Subscription.objects.exists() and PostReport.objects.count() == 1


def test_anonymous_is_sent_to_sign_in(client, network, forum, thread, post, report):
    for method, url, data in object_urls(network, forum, thread, post, report):
        response = getattr(client, method)(url, data)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], (method, url)


def test_member_who_is_no_moderator_gets_403_on_moderation(client, network, thread, post, report, reader):
    client.force_login(reader)
    assert client.get(f"/da/forums/networks/{network.slug}/moderation/").status_code == 403
    assert client.post(f"/da/forums/threads/{thread.pk}/moderate/", {"action": "lock"}).status_code == 403
    response = client.post(f"/da/forums/posts/{post.pk}/moderate/", {"action": "hide", "reason": "x"})
    assert response.status_code == 403
    assert client.post(f"/da/forums/reports/{report.pk}/resolve/").status_code == 403
    assert not ModerationAction.objects.exists()


def test_someone_else_cannot_edit_a_post(client, post, reader):
    client.force_login(reader)
    assert client.get(f"/da/forums/posts/{post.pk}/edit/").status_code == 403


def test_new_thread_and_reply(client, network, forum, reader, author):
    client.force_login(reader)
    response = client.post(
        f"/da/forums/networks/{network.slug}/forums/{forum.slug}/new/", {"title": "مرحبا", "body": "Salut à tous"}
    )
    thread = Thread.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/da/forums/threads/{thread.pk}/"
    client.force_login(author)
    response = client.post(f"/da/forums/threads/{thread.pk}/", {"body": "أهلاً"})
    reply = Post.objects.latest("pk")
    assert response.status_code == 302 and response["Location"].endswith(f"#post-{reply.pk}")
    assert reply.author == author and Thread.objects.get().post_count == 2


def test_reply_with_refused_attachment_keeps_the_typed_text(client, thread, reader):
    client.force_login(reader)
    fake = SimpleUploadedFile("foto.png", b"<html><script>alert(1)</script></html>", content_type="image/png")
    response = client.post(
        f"/da/forums/threads/{thread.pk}/", {"body": "Min lange tekst om foråret", "attachments": fake}
    )
    assert response.status_code == 200
    assert "Min lange tekst om foråret</textarea>" in response.content.decode()
    assert response.context["form"].errors["attachments"]
    assert thread.posts.count() == 1 and not Attachment.objects.exists()


def test_reply_with_too_large_attachment_is_refused(client, thread, reader, monkeypatch):
    monkeypatch.setattr(services, "MAX_ATTACHMENT_BYTES", 10)
    client.force_login(reader)
    pdf = SimpleUploadedFile("referat.pdf", b"%PDF-1.4 " + b"0" * 100, content_type="application/pdf")
    response = client.post(f"/da/forums/threads/{thread.pk}/", {"body": "Se referatet", "attachments": pdf})
    assert response.status_code == 200
    assert [error.code for error in response.context["form"].errors.as_data()["attachments"]] == ["too_large"]
    assert "Se referatet</textarea>" in response.content.decode()


def test_attachment_checked_by_content_and_downloaded_by_members_only(client, thread, reader, outsider):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    # A real PNG named .pdf is stored as the PNG it is.
    upload = SimpleUploadedFile("plakat.pdf", buffer.getvalue(), content_type="application/pdf")
    client.force_login(reader)
    response = client.post(f"/da/forums/threads/{thread.pk}/", {"body": "Plakaten", "attachments": upload})
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.content_type == "image/png" and attachment.file.name.endswith(".png")
    assert attachment.original_name == "plakat.pdf"
    page = client.get(f"/da/forums/threads/{thread.pk}/").content.decode()
    assert f'data-attachment="{attachment.pk}"' in page
    download = client.get(f"/da/forums/attachments/{attachment.pk}/")
    assert download.status_code == 200 and download["Content-Type"] == "image/png"
    assert download["X-Content-Type-Options"] == "nosniff"
    client.force_login(outsider)
    assert client.get(f"/da/forums/attachments/{attachment.pk}/").status_code == 404


def test_edit_conflict_shows_both_texts(client, post, author):
    client.force_login(author)
    url = f"/da/forums/posts/{post.pk}/edit/"
    assert client.get(url).status_code == 200
    services.post_edit(post=Post.objects.get(pk=post.pk), editor=author, body="Gemt i en anden fane", version=1)

    response = client.post(url, {"body": "Min nye tekst", "version": 1})

    content = response.content.decode()
    assert response.status_code == 409
    assert 'data-conflict="true"' in content
    assert "Min nye tekst</textarea>" in content and re.search(r"data-mine>Min nye tekst</pre>", content)
    assert re.search(r"data-saved><p>Gemt i en anden fane</p>", content)
    assert 'name="version" value="2"' in content
    post.refresh_from_db()
    assert post.body == "Gemt i en anden fane"
    # Saving again, knowing the other text, works.
    assert client.post(url, {"body": "Min nye tekst", "version": 2}).status_code == 302
    post.refresh_from_db()
    assert post.body == "Min nye tekst" and post.version == 3


def test_hidden_post_shows_reason_to_members_and_text_to_moderators(client, post, reader, moderator):
    client.force_login(moderator)
    response = client.post(f"/da/forums/posts/{post.pk}/moderate/", {"action": "hide", "reason": "Persondata"})
    assert response.status_code == 302
    url = f"/da/forums/threads/{post.thread_id}/"

    content = client.get(url).content.decode()
    assert 'data-hidden="true"' in content and "Hvem er med?" in content and "Persondata" in content

    client.force_login(reader)
    content = client.get(url).content.decode()
    assert 'data-hidden="true"' in content and "Persondata" in content
    assert "Hvem er med?" not in content


def test_moderator_pins_locks_moves_and_sees_the_queue(client, network, forum, thread, post, report, moderator):
    other = forum_for(network)
    pinned_later = thread_in(forum, moderator, title="Anden tråd")
    client.force_login(moderator)
    url = f"/da/forums/threads/{thread.pk}/moderate/"
    assert client.post(url, {"action": "pin"}).status_code == 302
    listing = client.get(f"/da/forums/networks/{network.slug}/forums/{forum.slug}/").context["page_obj"]
    assert list(listing) == [thread, pinned_later]  # pinned first, though older
    client.post(url, {"action": "lock", "reason": "Færdig"})
    content = client.get(f"/da/forums/threads/{thread.pk}/").content.decode()
    assert 'data-locked="true"' in content
    client.post(url, {"action": "move", "forum": other.pk})
    thread.refresh_from_db()
    assert thread.forum == other and thread.is_pinned and thread.is_locked

    queue = client.get(f"/da/forums/networks/{network.slug}/moderation/")
    content = queue.content.decode()
    assert queue.status_code == 200 and f'data-report="{report.pk}"' in content
    assert [entry.action for entry in queue.context["log"]] == ["move", "lock", "pin"]
    assert client.post(f"/da/forums/reports/{report.pk}/resolve/").status_code == 302
    assert PostReport.objects.get().resolved_by == moderator


def test_locked_thread_has_no_reply_form_for_members(client, thread, reader, moderator):
    services.thread_lock(thread=thread, moderator=moderator)
    client.force_login(reader)
    content = client.get(f"/da/forums/threads/{thread.pk}/").content.decode()
    assert "data-locked-notice" in content and 'name="body"' not in content
    response = client.post(f"/da/forums/threads/{thread.pk}/", {"body": "Alligevel"})
    assert response.status_code == 302 and thread.posts.count() == 1


def test_report_a_post(client, post, reader):
    client.force_login(reader)
    response = client.post(f"/da/forums/posts/{post.pk}/report/", {"reason": "Reklame"})
    assert response.status_code == 302
    assert PostReport.objects.get().reporter == reader


def test_subscribe_to_thread_and_forum(client, network, forum, thread, reader):
    client.force_login(reader)
    client.post(f"/da/forums/threads/{thread.pk}/subscribe/", {"mode": "immediate"})
    client.post(f"/da/forums/networks/{network.slug}/forums/{forum.slug}/subscribe/", {"mode": "daily"})
    assert set(Subscription.objects.values_list("thread", "forum", "mode")) == {
        (thread.pk, None, "immediate"),
        (None, forum.pk, "daily"),
    }
    content = client.get(f"/da/forums/threads/{thread.pk}/").content.decode()
    assert 'data-subscription="immediate"' in content
    client.post(f"/da/forums/threads/{thread.pk}/subscribe/", {"mode": ""})
    assert not Subscription.objects.filter(thread=thread).exists()


@pytest.mark.parametrize("language", ["da", "ar", "fr"])
def test_search_finds_arabic_without_article_or_hamza(client, network, forum, author, reader, language):
    thread_in(forum, author, title="تدريب", body="دورة في الإسعافات الأولية للمتطوعين")
    thread_in(forum, author, title="Andet", body="Noget helt andet")
    client.force_login(reader)
    response = client.get(f"/{language}/forums/networks/{network.slug}/search/", {"q": "اسعافات"})
    assert response.status_code == 200
    assert [post.thread.title for post in response.context["page_obj"]] == ["تدريب"]


def test_search_hides_hidden_posts_and_finds_by_author(client, network, forum, author, reader, moderator):
    thread = thread_in(forum, author, title="Forår", body="Frivilligdag i parken")
    services.post_hide(post=thread.posts.get(), moderator=moderator, reason="x")
    thread_in(forum, reader, title="Sommer", body="Frivilligdag på stranden")
    client.force_login(reader)
    response = client.get(f"/da/forums/networks/{network.slug}/search/", {"q": "FRIVILLIGDAG"})
    assert [post.thread.title for post in response.context["page_obj"]] == ["Sommer"]
    response = client.get(f"/da/forums/networks/{network.slug}/search/", {"author": reader.pk})
    assert [post.author for post in response.context["page_obj"]] == [reader]


def test_mention_link_leads_to_the_persons_posts(client, network, forum, author, reader):
    thread = thread_in(forum, author, body="Spørg @SørenØrsted")
    answer = services.post_create(thread=thread, author=reader, body="Her er jeg")
    client.force_login(reader)
    content = client.get(f"/ar/forums/threads/{thread.pk}/").content.decode()
    href = re.search(r'<a href="([^"]+)" class="mention"', content).group(1)
    # Stored without a language prefix, so it works for readers of every language.
    assert href == f"/forums/networks/{network.slug}/search/?author={reader.pk}"
    response = client.get(href, follow=True)
    assert response.status_code == 200 and list(response.context["page_obj"]) == [answer]


def test_edit_to_empty_text_is_refused_and_nothing_changes(client, post, author):
    client.force_login(author)
    response = client.post(f"/da/forums/posts/{post.pk}/edit/", {"body": "   ", "version": 1})
    assert response.status_code == 200 and response.context["form"].errors
    post.refresh_from_db()
    assert post.body == "Hvem er med?" and post.version == 1


def test_hidden_thread_is_listed_for_moderators_only_and_shows_members_the_reason(
    client, network, forum, thread, reader, moderator
):
    services.thread_hide(thread=thread, moderator=moderator, reason="Dobbeltopslag")
    forum_url = f"/da/forums/networks/{network.slug}/forums/{forum.slug}/"
    thread_url = f"/da/forums/threads/{thread.pk}/"

    client.force_login(reader)
    assert list(client.get(forum_url).context["page_obj"]) == []
    content = client.get(thread_url).content.decode()
    assert "Dobbeltopslag" in content and "Hvem er med?" not in content and 'name="body"' not in content

    client.force_login(moderator)
    assert list(client.get(forum_url).context["page_obj"]) == [thread]
    content = client.get(thread_url).content.decode()
    assert "Dobbeltopslag" in content and "Hvem er med?" in content
