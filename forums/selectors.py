"""Reads for the forums: querysets carrying the joins their pages need, and the visibility rules.

Members of a network's organisations and its coordinators see the network's forums; everyone else gets a 404, never
a hint that the forum exists. Moderators are those who hold guardian's `moderate_forum` on the forum.
"""

from django.db.models import BooleanField, CharField, Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Cast
from django.http import Http404
from guardian.models import UserObjectPermission

from intranet.organisations.models import Network, User
from intranet.organisations.selectors import coordinates, networks_visible_to
from intranet.textsearch import normalise

from .campaign_models import Campaign
from .campaign_selectors import takes_part_expression
from .models import Attachment, Forum, ModerationAction, Post, PostReport, Subscription, Thread

MODERATE_FORUM = "moderate_forum"


def moderates(*, user: User, forum: str = "pk"):
    """Whether `user` moderates the forum named by `forum` in the outer query, as an expression (no query of its own).

    Grants are only ever made to people (`services.py`), so user object permissions are the whole truth.
    """
    if user.is_superuser:
        return Value(True, output_field=BooleanField())
    return Exists(
        UserObjectPermission.objects.filter(
            user=user,
            permission__codename=MODERATE_FORUM,
            content_type__app_label="forums",
            content_type__model="forum",
            object_pk=Cast(OuterRef(forum), CharField()),
        )
    )


def _visible_network_ids(user: User):
    return networks_visible_to(user).values("pk")


def _closed_forum_ids(user: User):
    """Forums of campaigns `user` takes no part in and does not moderate: a campaign's forum is its participants'
    working space, even when the campaign itself is public; the network's coordinators moderate it."""
    return (
        Campaign.objects.filter(forum__isnull=False)
        .exclude(takes_part_expression(user))
        .exclude(moderates(user=user, forum="forum_id"))
        .values("forum_id")
    )


def forum_networks_for(*, user: User) -> QuerySet[Network]:
    """The person's networks, each with `forum_count`."""
    if not user.is_authenticated:
        return Network.objects.none()
    return (
        Network.objects.filter(pk__in=_visible_network_ids(user))
        .annotate(forum_count=Count("forums", distinct=True))
        .order_by("name")
    )


def forum_network_get(*, user: User, slug: str) -> Network:
    """The network if `user` belongs to it, carrying `is_coordinator`; 404 otherwise."""
    if not user.is_authenticated:
        raise Http404
    network = (
        Network.objects.filter(pk__in=_visible_network_ids(user), slug=slug)
        .annotate(is_coordinator=coordinates(user=user))
        .first()
    )
    if network is None:
        raise Http404
    return network


def network_forums(*, network: Network, user: User) -> QuerySet[Forum]:
    """The network's forums with `thread_count` (threads members see) and `is_moderator`."""
    return (
        Forum.objects.filter(network=network)
        .exclude(pk__in=_closed_forum_ids(user))
        .annotate(
            thread_count=Count("threads", filter=Q(threads__is_hidden=False)),
            is_moderator=moderates(user=user),
        )
        .order_by("sort_order", "name")
    )


def forum_get(*, user: User, network: Network, slug: str) -> Forum:
    forum = (
        Forum.objects.filter(network=network, slug=slug)
        .exclude(pk__in=_closed_forum_ids(user))
        .select_related("network")
        .annotate(is_moderator=moderates(user=user))
        .first()
    )
    if forum is None:
        raise Http404
    return forum


def forum_threads(*, forum: Forum, include_hidden: bool = False) -> QuerySet[Thread]:
    """Pinned threads first, then the most recently active."""
    threads = Thread.objects.filter(forum=forum).select_related("author")
    if not include_hidden:
        threads = threads.filter(is_hidden=False)
    return threads.order_by("-is_pinned", "-last_post_at", "-pk")


def _subscription_mode(*, user: User, thread: str | None = None, forum: str | None = None) -> Subquery:
    subscriptions = Subscription.objects.filter(user=user)
    if thread:
        subscriptions = subscriptions.filter(thread=OuterRef(thread))
    else:
        subscriptions = subscriptions.filter(forum=OuterRef(forum))
    return Subquery(subscriptions.values("mode")[:1])


def thread_get(*, user: User, pk: int) -> Thread:
    """The thread with its forum and network, `is_moderator` and the reader's subscription modes; 404 if unseen."""
    if not user.is_authenticated:
        raise Http404
    thread = (
        Thread.objects.filter(pk=pk, forum__network__in=_visible_network_ids(user))
        .exclude(forum__in=_closed_forum_ids(user))
        .select_related("forum__network", "author", "hidden_by")
        .annotate(
            is_moderator=moderates(user=user, forum="forum_id"),
            subscription_mode=_subscription_mode(user=user, thread="pk"),
            forum_subscription_mode=_subscription_mode(user=user, forum="forum_id"),
        )
        .first()
    )
    if thread is None:
        raise Http404
    return thread


def thread_posts(*, thread: Thread) -> QuerySet[Post]:
    return (
        Post.objects.filter(thread=thread)
        .select_related("author", "hidden_by")
        .prefetch_related(Prefetch("attachments", queryset=Attachment.objects.order_by("pk")))
        .order_by("created_at", "pk")
    )


def post_get(*, user: User, pk: int) -> Post:
    """The post with its thread, forum and network, and `is_moderator`; 404 if `user` cannot see the network."""
    if not user.is_authenticated:
        raise Http404
    post = (
        Post.objects.filter(pk=pk, thread__forum__network__in=_visible_network_ids(user))
        .exclude(thread__forum__in=_closed_forum_ids(user))
        .select_related("thread__forum__network", "author")
        .annotate(is_moderator=moderates(user=user, forum="thread__forum_id"))
        .first()
    )
    if post is None:
        raise Http404
    return post


def post_page_number(*, post: Post, per_page: int) -> int:
    """The page of its thread that shows `post`."""
    before = Post.objects.filter(thread=post.thread_id).filter(
        Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk)
    )
    return before.count() // per_page + 1


def attachment_get(*, user: User, pk: int) -> Attachment:
    """The attachment if `user` sees its post: hidden posts' files only for moderators."""
    if not user.is_authenticated:
        raise Http404
    attachment = (
        Attachment.objects.filter(pk=pk, post__thread__forum__network__in=_visible_network_ids(user))
        .exclude(post__thread__forum__in=_closed_forum_ids(user))
        .select_related("post__thread")
        .annotate(is_moderator=moderates(user=user, forum="post__thread__forum_id"))
        .first()
    )
    if attachment is None:
        raise Http404
    if (attachment.post.is_hidden or attachment.post.thread.is_hidden) and not attachment.is_moderator:
        raise Http404
    return attachment


def managed_forums(*, network: Network) -> QuerySet[Forum]:
    """The network's own forums, for its coordinators to edit; a campaign's forum is managed with its campaign."""
    campaign_forums = Campaign.objects.filter(forum__isnull=False).values("forum_id")
    return Forum.objects.filter(network=network).exclude(pk__in=campaign_forums).order_by("sort_order", "name")


def moderated_forums(*, user: User, network: Network) -> QuerySet[Forum]:
    return (
        Forum.objects.filter(network=network)
        .annotate(is_moderator=moderates(user=user))
        .filter(is_moderator=True)
        .order_by("sort_order", "name")
    )


def open_reports(*, forums: QuerySet[Forum]) -> QuerySet[PostReport]:
    return (
        PostReport.objects.filter(resolved_at__isnull=True, post__thread__forum__in=forums)
        .select_related("post__thread__forum", "post__author", "reporter")
        .order_by("created_at", "pk")
    )


def moderation_log(*, forums: QuerySet[Forum]) -> QuerySet[ModerationAction]:
    return ModerationAction.objects.filter(forum__in=forums).select_related(
        "forum", "moderator", "thread", "post", "target_forum"
    )


def network_people(*, network: Network) -> QuerySet[User]:
    """Everyone who belongs to `network`: members of its organisations and its coordinators."""
    return User.objects.filter(
        Q(memberships__organisation__networks=network) | Q(coordinator_links__network=network), is_active=True
    ).distinct()


def posts_search(
    *, network: Network, user: User, text: str = "", language: str | None = None, author_id: int | None = None
) -> QuerySet[Post]:
    """Visible posts of the network's forums whose text (or thread title) holds every word of `text`, folded as site
    search folds them in the active `language`; newest first."""
    posts = Post.objects.filter(thread__forum__network=network, is_hidden=False, thread__is_hidden=False).exclude(
        thread__forum__in=_closed_forum_ids(user)
    )
    words = normalise(text or "", language).split()
    if not words and author_id is None:
        return Post.objects.none()
    for word in words:
        posts = posts.filter(Q(search_text__icontains=word) | Q(thread__search_text__icontains=word))
    if author_id is not None:
        posts = posts.filter(author_id=author_id)
    return posts.select_related("thread__forum", "author").order_by("-created_at", "-pk")


def recent_threads_for(*, user: User, limit: int = 5) -> list[Thread]:
    """The latest active threads of the person's networks, for the dashboard."""
    if not user.is_authenticated:
        return []
    return list(
        Thread.objects.filter(forum__network__in=_visible_network_ids(user), is_hidden=False)
        .exclude(forum__in=_closed_forum_ids(user))
        .select_related("forum__network")
        .order_by("-last_post_at", "-pk")[:limit]
    )


def open_report_count(*, user: User) -> int:
    """How many reports wait in the forums `user` moderates."""
    if not user.is_authenticated:
        return 0
    forums = Forum.objects.annotate(is_moderator=moderates(user=user)).filter(
        is_moderator=True, network__in=_visible_network_ids(user)
    )
    return PostReport.objects.filter(resolved_at__isnull=True, post__thread__forum__in=forums).count()
