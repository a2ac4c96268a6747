"""Background work for the forums: e-mails are sent by the task worker, never inside a request, each in the
reader's own language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from intranet.organisations.models import User
from intranet.organisations.selectors import networks_visible_to

from .models import Post, Subscription, SubscriptionMode
from .selectors import network_people


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _post_url(post: Post) -> str:
    return _absolute(reverse("forums_post", kwargs={"pk": post.pk}))


def _send(*, recipient: User, template: str, context: dict) -> None:
    with translation.override(recipient.preferred_language):
        context = {**context, "recipient": recipient}
        subject = " ".join(render_to_string(f"forums/email/{template}_subject.txt", context).split())
        text = render_to_string(f"forums/email/{template}.txt", context)
        html = render_to_string(f"forums/email/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, to=[recipient.email])
    message.attach_alternative(html, "text/html")
    message.send()


def _post_for_email(post_id: int) -> Post | None:
    return (
        Post.objects.select_related("thread__forum__network", "author")
        .filter(pk=post_id, is_hidden=False, thread__is_hidden=False)
        .first()
    )


@task()
def post_notify_mentioned(*, post_id: int, user_ids: list[int]) -> None:
    """Tell each person @mentioned in the post, if they still belong to its network."""
    post = _post_for_email(post_id)
    if post is None:
        return
    people = network_people(network=post.thread.forum.network).filter(pk__in=user_ids)
    for person in people:
        with translation.override(person.preferred_language):
            url = _post_url(post)
        _send(recipient=person, template="mention", context={"post": post, "thread": post.thread, "url": url})


@task()
def post_notify_subscribers(*, post_id: int, exclude_user_ids: list[int] = ()) -> None:
    """E-mail the people who follow the post's thread or forum at once (not its author, not those just mentioned)."""
    post = _post_for_email(post_id)
    if post is None:
        return
    thread = post.thread
    subscribers = (
        network_people(network=thread.forum.network)
        .filter(
            Q(forum_subscriptions__thread=thread) | Q(forum_subscriptions__forum=thread.forum_id),
            forum_subscriptions__mode=SubscriptionMode.IMMEDIATE,
        )
        .exclude(pk__in=[post.author_id, *exclude_user_ids])
        .distinct()
    )
    for person in subscribers:
        with translation.override(person.preferred_language):
            url = _post_url(post)
        _send(recipient=person, template="post", context={"post": post, "thread": thread, "url": url})


# --- daily digests ------------------------------------------------------------------------------------------------


def digest_recipients(*, now=None):
    """People with a daily subscription whose digest has not gone out today."""
    today_start = timezone.localtime(now or timezone.now()).replace(hour=0, minute=0, second=0, microsecond=0)
    due = Subscription.objects.filter(mode=SubscriptionMode.DAILY).filter(
        Q(digest_sent_at__isnull=True) | Q(digest_sent_at__lt=today_start)
    )
    return User.objects.filter(pk__in=due.values("user"), is_active=True).order_by("pk")


def digest_send(*, user: User, now=None) -> bool:
    """Send `user` one e-mail with the new posts of everything they follow daily; True if one was sent.

    Safe to run twice a day: subscriptions remember when their digest went out, and a second run finds them done.
    """
    now = now or timezone.now()
    today_start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    subscriptions = list(
        Subscription.objects.filter(user=user, mode=SubscriptionMode.DAILY).filter(
            Q(digest_sent_at__isnull=True) | Q(digest_sent_at__lt=today_start)
        )
    )
    if not subscriptions:
        return False
    wanted = Q(pk__in=[])
    for subscription in subscriptions:
        since = subscription.digest_sent_at or subscription.created_at
        if subscription.thread_id:
            wanted |= Q(thread_id=subscription.thread_id, created_at__gt=since)
        else:
            wanted |= Q(thread__forum_id=subscription.forum_id, created_at__gt=since)
    posts = list(
        Post.objects.filter(wanted, is_hidden=False, thread__is_hidden=False, created_at__lte=now)
        .filter(thread__forum__network__in=_networks_of(user))
        .exclude(author=user)
        .select_related("thread__forum__network", "author")
        .order_by("thread__forum__network__name", "thread_id", "created_at", "pk")
        .distinct()
    )
    Subscription.objects.filter(pk__in=[subscription.pk for subscription in subscriptions]).update(digest_sent_at=now)
    if not posts:
        return False
    threads: dict[int, dict] = {}
    with translation.override(user.preferred_language):
        for post in posts:
            entry = threads.setdefault(post.thread_id, {"thread": post.thread, "posts": []})
            entry["posts"].append({"post": post, "url": _post_url(post)})
    _send(recipient=user, template="digest", context={"threads": list(threads.values()), "post_count": len(posts)})
    return True


def _networks_of(user: User):
    return networks_visible_to(user).values("pk")


@task()
def forum_digests_send() -> int:
    """The daily digests that are due; run once a day (the `send_forum_digests` command does the same with progress)."""
    return sum(digest_send(user=user) for user in digest_recipients())
