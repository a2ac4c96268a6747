"""Writes for the forums. Every guardian permission on a forum is granted here and only here.

Posts are rendered from Markdown and sanitised (`intranet.markup`) when they are saved; the pages show the stored,
sanitised HTML and never render the source themselves. E-mails are enqueued once the transaction commits.
"""

import os
import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from guardian.shortcuts import assign_perm, get_users_with_perms, remove_perm

from intranet.markup import mentioned_handles, render_markdown
from intranet.organisations.models import Network, User
from intranet.organisations.selectors import networks_visible_to
from intranet.textsearch import html_to_text, normalise
from intranet.uploads import DOCUMENTS_AND_IMAGES, upload_check

from .models import (
    Attachment,
    Forum,
    ModerationAction,
    ModerationActionKind,
    Post,
    PostReport,
    Subscription,
    SubscriptionMode,
    Thread,
)
from .selectors import network_people
from .tasks import post_notify_mentioned, post_notify_subscribers

MODERATE_FORUM = "forums.moderate_forum"
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS_PER_POST = 5
ATTACHMENT_KINDS = DOCUMENTS_AND_IMAGES


# --- who may do what ----------------------------------------------------------------------------------------------


def is_moderator(*, user: User, forum: Forum) -> bool:
    return user.is_authenticated and user.has_perm(MODERATE_FORUM, forum)


def _require_member(user: User, forum: Forum) -> None:
    if not user.is_authenticated or not networks_visible_to(user).filter(pk=forum.network_id).exists():
        raise PermissionDenied


def _require_moderator(user: User, forum: Forum) -> None:
    if not is_moderator(user=user, forum=forum):
        raise PermissionDenied


# --- forums and their moderators ------------------------------------------------------------------------------------


def _unique_forum_slug(network: Network, name: str) -> str:
    base = slugify(name)[:70] or "forum"
    slug, number = base, 2
    while Forum.objects.filter(network=network, slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def forum_create(*, network: Network, data: dict) -> Forum:
    """A new forum in `network` (`data`: name_da/_ar/_fr, description_*, slug, sort_order); the network's coordinators
    moderate it."""
    forum = Forum(network=network, **data)
    if not forum.slug:
        forum.slug = _unique_forum_slug(network, forum.name_da or forum.name_fr or forum.name_ar or "")
    forum.full_clean()
    forum.save()
    for user in network.coordinators.all():
        assign_perm(MODERATE_FORUM, user, forum)
    return forum


FORUM_TEXT_FIELDS = ("name_da", "name_ar", "name_fr", "description_da", "description_ar", "description_fr")


@transaction.atomic
def forum_update(*, forum: Forum, data: dict, updated_by: User) -> Forum:
    """Rename or re-describe `forum`, or move it in the list (`data`: name_*, description_*, sort_order); only the
    network's coordinators may. The slug stays as it was, so links in e-mails and bookmarks keep working."""
    if not forum.network.coordinators.filter(pk=updated_by.pk).exists():
        raise PermissionDenied
    for field in FORUM_TEXT_FIELDS:
        if field in data:
            # An empty language is stored empty and shown in Danish (MODELTRANSLATION_FALLBACK_LANGUAGES).
            setattr(forum, field, (data[field] or "").strip())
    if data.get("sort_order") is not None:
        forum.sort_order = data["sort_order"]
    forum.full_clean()
    forum.save(update_fields=[*FORUM_TEXT_FIELDS, "name", "description", "sort_order"])
    return forum


@transaction.atomic
def forum_moderator_add(*, forum: Forum, user: User) -> None:
    """Let `user`, who must belong to the forum's network, moderate `forum`."""
    if not networks_visible_to(user).filter(pk=forum.network_id).exists():
        raise ValidationError(_("Only people of the network can moderate its forums."), code="not_member")
    assign_perm(MODERATE_FORUM, user, forum)


@transaction.atomic
def forum_moderator_remove(*, forum: Forum, user: User) -> None:
    remove_perm(MODERATE_FORUM, user, forum)


@transaction.atomic
def forum_moderators_sync(*, network: Network) -> None:
    """After the network's coordinators or organisations changed: every coordinator moderates every forum of the
    network, and moderators who no longer belong to the network lose the permission."""
    coordinators = list(network.coordinators.all())
    people = set(network_people(network=network).values_list("pk", flat=True))
    for forum in Forum.objects.filter(network=network):
        for user in coordinators:
            assign_perm(MODERATE_FORUM, user, forum)
        for user in get_users_with_perms(forum, only_with_perms_in=["moderate_forum"], with_superusers=False):
            if user.pk not in people:
                remove_perm(MODERATE_FORUM, user, forum)


# --- threads and posts --------------------------------------------------------------------------------------------


def handle_of(user: User) -> str:
    """How people mention `user`: the full name without spaces, e.g. "@LeilaBennani" (compared case-insensitively)."""
    return "".join((user.full_name or "").split())


def _without_language_prefix(path: str) -> str:
    """A path that works in every language: the reader's language prefix is added when the link is followed."""
    prefix = f"/{settings.LANGUAGE_CODE}/"
    return "/" + path[len(prefix) :] if path.startswith(prefix) else path


def _mentioned_people(network: Network, body: str) -> dict[str, User]:
    """{casefolded handle: person} for the handles in `body` that name people of `network`."""
    wanted = {handle.casefold() for handle in mentioned_handles(body)}
    if not wanted:
        return {}
    found: dict[str, User] = {}
    for person in network_people(network=network).order_by("pk"):
        handle = handle_of(person).casefold()
        if handle in wanted:
            found.setdefault(handle, person)
    return found


def _render(network: Network, body: str) -> tuple[str, dict[str, User]]:
    people = _mentioned_people(network, body)
    with translation.override(settings.LANGUAGE_CODE):
        search_path = _without_language_prefix(reverse("forums_search", kwargs={"slug": network.slug}))

    def mention_url(handle: str) -> str | None:
        person = people.get(handle.casefold())
        return f"{search_path}?author={person.pk}" if person else None

    return str(render_markdown(body, mention_url=mention_url)), people


def _post_search_text(body_html: str) -> str:
    return normalise(html_to_text(body_html))


def _body_required(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": ValidationError(_("Write something first."), code="required")})
    return body


def _attachments_check(files) -> list[tuple[object, str, str]]:
    files = [file for file in files or () if file]
    errors = []
    if len(files) > MAX_ATTACHMENTS_PER_POST:
        errors.append(
            ValidationError(
                _("At most %(count)s files per post."), code="too_many", params={"count": MAX_ATTACHMENTS_PER_POST}
            )
        )
    checked = []
    for file in files:
        try:
            checked.append((file, *upload_check(file, max_bytes=MAX_ATTACHMENT_BYTES, kinds=ATTACHMENT_KINDS)))
        except ValidationError as error:
            errors.extend(error.error_list)
    if errors:
        raise ValidationError({"attachments": errors})
    return checked


def _attachments_save(post: Post, checked) -> None:
    for file, content_type, extension in checked:
        original_name = os.path.basename(getattr(file, "name", "") or "")[:255] or f"file{extension}"
        attachment = Attachment(post=post, original_name=original_name, size=file.size, content_type=content_type)
        attachment.file.save(f"{uuid.uuid4().hex}{extension}", file, save=False)
        attachment.save()


def _post_add(*, thread: Thread, author: User, body: str, checked_files, now) -> Post:
    body_html, people = _render(thread.forum.network, body)
    post = Post.objects.create(
        thread=thread,
        author=author,
        body=body,
        body_html=body_html,
        created_at=now,
        search_text=_post_search_text(body_html),
    )
    _attachments_save(post, checked_files)
    mentioned = [person.pk for person in people.values() if person.pk != author.pk]
    if mentioned:
        transaction.on_commit(lambda: post_notify_mentioned.enqueue(post_id=post.pk, user_ids=mentioned))
    transaction.on_commit(lambda: post_notify_subscribers.enqueue(post_id=post.pk, exclude_user_ids=mentioned))
    return post


@transaction.atomic
def thread_create(*, forum: Forum, author: User, title: str, body: str, files=()) -> Thread:
    """Open a thread in `forum` with its first post."""
    _require_member(author, forum)
    title = (title or "").strip()
    errors = {}
    if not title:
        errors["title"] = ValidationError(_("Give the thread a title."), code="required")
    if not (body or "").strip():
        errors["body"] = ValidationError(_("Write something first."), code="required")
    if errors:
        raise ValidationError(errors)
    checked = _attachments_check(files)
    now = timezone.now()
    thread = Thread.objects.create(
        forum=forum,
        title=title[:200],
        author=author,
        created_at=now,
        last_post_at=now,
        post_count=1,
        search_text=normalise(title),
    )
    thread.forum = forum
    _post_add(thread=thread, author=author, body=body.strip(), checked_files=checked, now=now)
    return thread


@transaction.atomic
def post_create(*, thread: Thread, author: User, body: str, files=()) -> Post:
    """Reply in `thread`. Locked or hidden threads take replies from moderators only."""
    forum = thread.forum
    _require_member(author, forum)
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    thread.forum = forum
    if (thread.is_locked or thread.is_hidden) and not is_moderator(user=author, forum=forum):
        raise ValidationError(_("This thread is locked: it takes no new posts."), code="locked")
    body = _body_required(body)
    checked = _attachments_check(files)
    now = timezone.now()
    post = _post_add(thread=thread, author=author, body=body, checked_files=checked, now=now)
    Thread.objects.filter(pk=thread.pk).update(post_count=F("post_count") + 1, last_post_at=now)
    return post


@transaction.atomic
def post_edit(*, post: Post, editor: User, body: str, version: int) -> Post:
    """Save the author's new text if nobody saved the post since `version` was read.

    Otherwise raise ValidationError with code "conflict" and write nothing: the editor keeps the typed text and is
    shown the saved one next to it.
    """
    forum = post.thread.forum
    if post.author_id != editor.pk:
        raise PermissionDenied
    _require_member(editor, forum)
    if (post.thread.is_locked or post.is_hidden) and not is_moderator(user=editor, forum=forum):
        raise ValidationError(_("This post can no longer be changed."), code="locked")
    body = _body_required(body)
    body_html, people = _render(forum.network, body)
    before = {person.pk for person in _mentioned_people(forum.network, post.body).values()}
    now = timezone.now()
    updated = Post.objects.filter(pk=post.pk, version=version).update(
        body=body,
        body_html=body_html,
        search_text=_post_search_text(body_html),
        edited_at=now,
        version=F("version") + 1,
    )
    if not updated:
        raise ValidationError(
            _("Someone saved this post while you were editing it. Your text is kept: compare and save again."),
            code="conflict",
        )
    post.body, post.body_html, post.edited_at, post.version = body, body_html, now, version + 1
    newly_mentioned = [person.pk for person in people.values() if person.pk not in before and person.pk != editor.pk]
    if newly_mentioned:
        transaction.on_commit(lambda: post_notify_mentioned.enqueue(post_id=post.pk, user_ids=newly_mentioned))
    return post


# --- moderation ---------------------------------------------------------------------------------------------------


def _log(*, forum: Forum, moderator: User, action: str, thread=None, post=None, reason="", target_forum=None) -> None:
    ModerationAction.objects.create(
        forum=forum,
        moderator=moderator,
        action=action,
        thread=thread,
        post=post,
        reason=reason,
        target_forum=target_forum,
    )


def _reason_required(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": ValidationError(_("Say why, for the members."), code="reason_required")})
    return reason


@transaction.atomic
def thread_pin(*, thread: Thread, moderator: User, pinned: bool = True) -> Thread:
    _require_moderator(moderator, thread.forum)
    thread.is_pinned = pinned
    thread.save(update_fields=["is_pinned"])
    action = ModerationActionKind.PIN if pinned else ModerationActionKind.UNPIN
    _log(forum=thread.forum, moderator=moderator, action=action, thread=thread)
    return thread


@transaction.atomic
def thread_lock(*, thread: Thread, moderator: User, locked: bool = True, reason: str = "") -> Thread:
    _require_moderator(moderator, thread.forum)
    thread.is_locked = locked
    thread.save(update_fields=["is_locked"])
    action = ModerationActionKind.LOCK if locked else ModerationActionKind.UNLOCK
    _log(forum=thread.forum, moderator=moderator, action=action, thread=thread, reason=(reason or "").strip())
    return thread


def _hide(item, moderator: User, reason: str) -> None:
    item.is_hidden, item.hidden_reason, item.hidden_by, item.hidden_at = True, reason[:500], moderator, timezone.now()
    item.save(update_fields=["is_hidden", "hidden_reason", "hidden_by", "hidden_at"])


def _unhide(item) -> None:
    item.is_hidden, item.hidden_reason, item.hidden_by, item.hidden_at = False, "", None, None
    item.save(update_fields=["is_hidden", "hidden_reason", "hidden_by", "hidden_at"])


@transaction.atomic
def thread_hide(*, thread: Thread, moderator: User, reason: str) -> Thread:
    """Hide the whole thread; members see only the reason."""
    _require_moderator(moderator, thread.forum)
    reason = _reason_required(reason)
    _hide(thread, moderator, reason)
    _log(forum=thread.forum, moderator=moderator, action=ModerationActionKind.HIDE, thread=thread, reason=reason)
    return thread


@transaction.atomic
def thread_unhide(*, thread: Thread, moderator: User) -> Thread:
    _require_moderator(moderator, thread.forum)
    _unhide(thread)
    _log(forum=thread.forum, moderator=moderator, action=ModerationActionKind.UNHIDE, thread=thread)
    return thread


@transaction.atomic
def thread_move(*, thread: Thread, moderator: User, to_forum: Forum, reason: str = "") -> Thread:
    """Move the thread to another forum of the same network; the moderator must moderate both."""
    source = thread.forum
    _require_moderator(moderator, source)
    if to_forum.network_id != source.network_id:
        raise ValidationError(_("A thread can only move to another forum of the same network."), code="other_network")
    if to_forum.pk == source.pk:
        raise ValidationError(_("The thread is already in this forum."), code="same_forum")
    _require_moderator(moderator, to_forum)
    thread.forum = to_forum
    thread.save(update_fields=["forum"])
    _log(
        forum=source,
        moderator=moderator,
        action=ModerationActionKind.MOVE,
        thread=thread,
        target_forum=to_forum,
        reason=(reason or "").strip(),
    )
    return thread


@transaction.atomic
def post_hide(*, post: Post, moderator: User, reason: str) -> Post:
    """Hide the post; members see a placeholder with the reason, moderators still see the text."""
    forum = post.thread.forum
    _require_moderator(moderator, forum)
    reason = _reason_required(reason)
    _hide(post, moderator, reason)
    _log(
        forum=forum, moderator=moderator, action=ModerationActionKind.HIDE, thread=post.thread, post=post, reason=reason
    )
    return post


@transaction.atomic
def post_unhide(*, post: Post, moderator: User) -> Post:
    forum = post.thread.forum
    _require_moderator(moderator, forum)
    _unhide(post)
    _log(forum=forum, moderator=moderator, action=ModerationActionKind.UNHIDE, thread=post.thread, post=post)
    return post


@transaction.atomic
def report_create(*, post: Post, reporter: User, reason: str) -> PostReport:
    """A member reports a post to the moderators; one open report per person and post."""
    _require_member(reporter, post.thread.forum)
    reason = _reason_required(reason)
    try:
        with transaction.atomic():
            return PostReport.objects.create(post=post, reporter=reporter, reason=reason)
    except IntegrityError as error:
        raise ValidationError(
            _("You have already reported this post; the moderators will look at it."), code="duplicate"
        ) from error


@transaction.atomic
def report_resolve(*, report: PostReport, moderator: User, note: str = "") -> PostReport:
    forum = report.post.thread.forum
    _require_moderator(moderator, forum)
    if report.resolved_at is None:
        report.resolved_at, report.resolved_by = timezone.now(), moderator
        report.save(update_fields=["resolved_at", "resolved_by"])
        _log(
            forum=forum,
            moderator=moderator,
            action=ModerationActionKind.RESOLVE,
            thread=report.post.thread,
            post=report.post,
            reason=(note or "").strip(),
        )
    return report


# --- subscriptions ------------------------------------------------------------------------------------------------


@transaction.atomic
def subscription_set(
    *, user: User, mode: str | None, thread: Thread | None = None, forum: Forum | None = None
) -> Subscription | None:
    """Follow `thread` or `forum` by e-mail in `mode` (immediate or daily), or stop when `mode` is None/empty."""
    if (thread is None) == (forum is None):
        raise ValueError("Give a thread or a forum.")
    _require_member(user, forum or thread.forum)
    target = {"thread": thread} if thread is not None else {"forum": forum}
    if not mode:
        Subscription.objects.filter(user=user, **target).delete()
        return None
    mode = SubscriptionMode(mode)
    subscription, created = Subscription.objects.get_or_create(user=user, **target, defaults={"mode": mode})
    if not created and subscription.mode != mode:
        subscription.mode = mode
        subscription.save(update_fields=["mode"])
    return subscription
