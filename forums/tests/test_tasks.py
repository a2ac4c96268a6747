"""E-mails: immediate notifications to subscribers and the daily digest, each in the reader's language."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from forums import services
from forums.models import Post, Subscription
from forums.tasks import digest_send, forum_digests_send
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member

from .factories import thread_in

pytestmark = pytest.mark.django_db


def html_of(message) -> str:
    return message.alternatives[0][0]


def test_immediate_subscribers_get_the_post_in_their_language(
    forum, author, reader, moderator, outsider, django_capture_on_commit_callbacks
):
    thread = thread_in(forum, author, title="Forår")
    services.subscription_set(user=reader, thread=thread, mode="immediate")
    services.subscription_set(user=moderator, forum=forum, mode="immediate")
    services.subscription_set(user=author, thread=thread, mode="immediate")
    # Someone who left the network keeps a subscription row but gets nothing.
    Subscription.objects.create(user=outsider, thread=thread, mode="immediate")

    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, author=author, body="Nyt **indlæg**")

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {reader.email, moderator.email}
    assert '<html lang="da"' in html_of(by_recipient[reader.email])
    assert '<html lang="fr"' in html_of(by_recipient[moderator.email])
    assert "<strong>indlæg</strong>" in html_of(by_recipient[reader.email])
    assert "Nyt **indlæg**" in by_recipient[reader.email].body


def test_daily_subscribers_get_nothing_at_once(forum, author, reader, django_capture_on_commit_callbacks):
    thread = thread_in(forum, author)
    services.subscription_set(user=reader, thread=thread, mode="daily")
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, author=author, body="Hej")
    assert mail.outbox == []


def test_mentioned_subscriber_gets_one_email(forum, author, reader, django_capture_on_commit_callbacks):
    thread = thread_in(forum, author)
    services.subscription_set(user=reader, thread=thread, mode="immediate")
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, author=author, body="@SørenØrsted se her")
    assert [message.to for message in mail.outbox] == [[reader.email]]


def test_daily_digest_once_a_day_in_the_readers_language(forum, author, reader, organisation):
    arabic_reader = member(organisation, Role.MEMBER, full_name="Amina", preferred_language="ar")
    thread = thread_in(forum, author, title="Forår")
    for person in (reader, arabic_reader):
        services.subscription_set(user=person, forum=forum, mode="daily")
    Subscription.objects.update(created_at=timezone.now() - timedelta(hours=1))
    services.post_create(thread=thread, author=author, body="Første svar")
    hidden = services.post_create(thread=thread, author=author, body="Skjult svar")
    hidden.is_hidden = True
    hidden.save()
    services.post_create(thread=thread, author=reader, body="Mit eget svar")

    assert forum_digests_send.call() == 2
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {reader.email, arabic_reader.email}
    assert '<html lang="ar"' in html_of(by_recipient[arabic_reader.email])
    reader_mail = html_of(by_recipient[reader.email])
    assert "Første svar" in reader_mail and "Skjult svar" not in reader_mail and "Mit eget svar" not in reader_mail
    assert "Mit eget svar" in html_of(by_recipient[arabic_reader.email])

    # The same day again: nothing more.
    assert forum_digests_send.call() == 0
    assert len(mail.outbox) == 2


def test_digest_next_day_covers_only_new_posts(forum, author, reader):
    thread = thread_in(forum, author)
    services.subscription_set(user=reader, thread=thread, mode="daily")
    Subscription.objects.update(created_at=timezone.now() - timedelta(days=3))
    old = services.post_create(thread=thread, author=author, body="Gammelt svar")
    Post.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2))
    # Yesterday's digest covered the old answer.
    Subscription.objects.update(digest_sent_at=timezone.now() - timedelta(days=1))
    services.post_create(thread=thread, author=author, body="Nyt svar")

    assert digest_send(user=reader) is True
    [message] = mail.outbox
    assert "Nyt svar" in html_of(message) and "Gammelt svar" not in html_of(message)


def test_send_forum_digests_command_is_idempotent(forum, author, reader):
    thread = thread_in(forum, author)
    services.subscription_set(user=reader, thread=thread, mode="daily")
    Subscription.objects.update(created_at=timezone.now() - timedelta(hours=1))
    services.post_create(thread=thread, author=author, body="Svar")
    out = StringIO()
    call_command("send_forum_digests", stdout=out, stderr=StringIO())
    call_command("send_forum_digests", stdout=out, stderr=StringIO())
    assert len(mail.outbox) == 1
    assert "1." in out.getvalue() and "0." in out.getvalue()
