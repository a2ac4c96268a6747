"""Forums of a network: threads of Markdown posts, subscriptions, reports and the moderators' log.

Campaigns and position papers will live in this app too; a forum may then belong to a campaign as well as to its
network (a nullable foreign key), so nothing here assumes that a network is the only owner of a forum.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intranet.organisations.models import Network


class Forum(models.Model):
    """A place for one subject in a network (e.g. "General", "Fundraising"). Moderated by the network's coordinators
    and whoever else holds `moderate_forum` on it."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="forums", verbose_name=_("network"))
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    slug = models.SlugField(_("slug"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("forum")
        verbose_name_plural = _("forums")
        ordering = ["sort_order", "name"]
        permissions = [("moderate_forum", _("Moderate the forum"))]
        constraints = [models.UniqueConstraint(fields=["network", "slug"], name="unique_forum_slug_in_network")]

    def __str__(self):
        return self.name


class Moderated(models.Model):
    """Hidden by a moderator, with the reason members see instead of the content."""

    is_hidden = models.BooleanField(_("hidden"), default=False)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=500, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    hidden_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class Thread(Moderated):
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="threads", verbose_name=_("forum"))
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="forum_threads"
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_post_at = models.DateTimeField(default=timezone.now)
    # Kept by the services, so the forum page never counts posts thread by thread.
    post_count = models.PositiveIntegerField(default=0)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_locked = models.BooleanField(_("locked"), default=False)
    # Normalised words of the title (`intranet.textsearch.normalise`).
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-is_pinned", "-last_post_at", "-pk"]
        indexes = [models.Index(fields=["forum", "-is_pinned", "-last_post_at"], name="forums_thread_listing")]

    def __str__(self):
        return self.title


class Post(Moderated):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts", verbose_name=_("thread"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="forum_posts"
    )
    body = models.TextField(_("text"), help_text=_("Markdown"))
    # Rendered and sanitised by the services when the post is saved; templates never render `body` themselves.
    body_html = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    # Bumped by every edit, so two edits at once never overwrite each other silently.
    version = models.PositiveIntegerField(default=1, editable=False)
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "created_at"], name="forums_post_in_thread")]

    def __str__(self):
        return f"{self.thread} #{self.pk}"


class Attachment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to="forums/attachments/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveIntegerField(_("size"))
    # Read from the content when it was uploaded (`intranet.uploads.upload_check`), not from the name.
    content_type = models.CharField(_("type"), max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name


class SubscriptionMode(models.TextChoices):
    IMMEDIATE = "immediate", _("At once")
    DAILY = "daily", _("Daily digest")


class Subscription(models.Model):
    """A person follows one thread or one whole forum, by e-mail at once or in a daily digest."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions")
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions")
    mode = models.CharField(
        _("e-mail"), max_length=20, choices=SubscriptionMode.choices, default=SubscriptionMode.IMMEDIATE
    )
    created_at = models.DateTimeField(default=timezone.now)
    # The daily digest covers posts after this moment; it also makes the digest once a day at most.
    digest_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=Q(thread__isnull=False, forum__isnull=True) | Q(thread__isnull=True, forum__isnull=False),
                name="forum_subscription_thread_or_forum",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"], condition=Q(thread__isnull=False), name="unique_thread_subscription"
            ),
            models.UniqueConstraint(
                fields=["user", "forum"], condition=Q(forum__isnull=False), name="unique_forum_subscription"
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.thread or self.forum}"


class PostReport(models.Model):
    """A member tells the moderators that a post breaks the rules."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_reports")
    reason = models.TextField(_("reason"))
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"], condition=Q(resolved_at__isnull=True), name="unique_open_post_report"
            )
        ]

    def __str__(self):
        return f"{self.reporter} → {self.post}"


class ModerationActionKind(models.TextChoices):
    PIN = "pin", _("Pinned")
    UNPIN = "unpin", _("Unpinned")
    LOCK = "lock", _("Locked")
    UNLOCK = "unlock", _("Unlocked")
    HIDE = "hide", _("Hidden")
    UNHIDE = "unhide", _("Shown again")
    MOVE = "move", _("Moved")
    RESOLVE = "resolve", _("Report resolved")


class ModerationAction(models.Model):
    """One line of the moderators' log. `forum` is where it happened (for a move: the forum it left)."""

    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="moderation_actions")
    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    action = models.CharField(_("action"), max_length=20, choices=ModerationActionKind.choices)
    thread = models.ForeignKey(Thread, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    target_forum = models.ForeignKey(Forum, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} – {self.moderator}"


from .campaign_models import *  # noqa: E402,F401,F403 - campaigns and papers live in their own module
