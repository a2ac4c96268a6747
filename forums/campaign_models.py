"""Campaigns of organisations in a network, and the position papers and joint letters they write and sign together.

Imported at the end of `forums/models.py`, so Django finds these models in the `forums` app. Writes go through
`forums/campaign_services.py`, reads through `forums/campaign_selectors.py`.

Who sees what is decided from the data, not from copied flags: a person sees a campaign when one of their
organisations takes part in it (an accepted participant; the lead organisation always is one), or when the campaign
is public. Papers are never shown to outsiders before they are published and made public.

A paper written in one language may have versions in the others (`translation_of` points to the original). The
original carries the group's workflow and signatures: a status change applies to every version, and the signatures
on the original are the signatures of the text in every language.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from intranet.organisations.models import Network, Organisation

__all__ = [
    "Campaign",
    "CampaignAction",
    "CampaignDocument",
    "CampaignParticipant",
    "CampaignStatus",
    "PaperComment",
    "PaperKind",
    "PaperRevision",
    "PaperSection",
    "PaperSignature",
    "PaperStatus",
    "ParticipantStatus",
    "PositionPaper",
]

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _in_language(obj, field: str) -> str:
    """`field` in the active language, falling back to Danish (then to any language that has it)."""
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    order = [language, settings.LANGUAGE_CODE, *LANGUAGE_CODES]
    for code in order:
        value = getattr(obj, f"{field}_{code}", "")
        if value:
            return value
    return ""


class CampaignStatus(models.TextChoices):
    PLANNING = "planning", _("Planning")
    ACTIVE = "active", _("Active")
    CLOSED = "closed", _("Closed")


class Campaign(models.Model):
    """A joint campaign of organisations in one network, led by one of them."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="campaigns", verbose_name=_("network"))
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title_da = models.CharField(_("title (Danish)"), max_length=200, blank=True)
    title_ar = models.CharField(_("title (Arabic)"), max_length=200, blank=True)
    title_fr = models.CharField(_("title (French)"), max_length=200, blank=True)
    goal_da = models.TextField(_("goal (Danish)"), blank=True)
    goal_ar = models.TextField(_("goal (Arabic)"), blank=True)
    goal_fr = models.TextField(_("goal (French)"), blank=True)
    lead_organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="led_campaigns", verbose_name=_("lead organisation")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CampaignStatus.choices, default=CampaignStatus.PLANNING
    )
    is_public = models.BooleanField(_("public"), default=False)
    # The campaign's own forum (created with the campaign); a forum does not know it belongs to a campaign.
    forum = models.OneToOneField(
        "forums.Forum", on_delete=models.SET_NULL, null=True, blank=True, related_name="campaign", editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # Bumped by every change of the campaign itself, so two leaders editing at once never overwrite each other.
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return _in_language(self, "title")

    @property
    def goal(self) -> str:
        return _in_language(self, "goal")


class ParticipantStatus(models.TextChoices):
    INVITED = "invited", _("Invited")
    ACCEPTED = "accepted", _("Taking part")
    DECLINED = "declined", _("Declined")


class CampaignParticipant(models.Model):
    """An organisation invited to a campaign by the lead; it takes part once one of its leaders accepts."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="participants")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="campaign_participations")
    status = models.CharField(
        _("status"), max_length=20, choices=ParticipantStatus.choices, default=ParticipantStatus.INVITED
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    invited_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("participating organisation")
        verbose_name_plural = _("participating organisations")
        ordering = ["invited_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["campaign", "organisation"], name="unique_campaign_participant")]
        indexes = [models.Index(fields=["organisation", "status"], name="forums_participant_by_org")]

    def __str__(self):
        return f"{self.organisation} – {self.campaign}"


class CampaignAction(models.Model):
    """One step on the campaign's timeline: who does it (organisation and person) and by when."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(_("action"), max_length=300)
    owner_organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("organisation")
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("person"),
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("campaign action")
        verbose_name_plural = _("campaign actions")
        ordering = [models.F("deadline").asc(nulls_last=True), "pk"]

    def __str__(self):
        return self.title


class CampaignDocument(models.Model):
    """A file the participants share; its type was read from its content when it was uploaded."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to="forums/campaigns/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("campaign document")
        verbose_name_plural = _("campaign documents")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.title


class PaperKind(models.TextChoices):
    POSITION_PAPER = "position_paper", _("Position paper")
    JOINT_LETTER = "joint_letter", _("Joint letter")
    OP_ED = "op_ed", _("Op-ed")
    PRESS_STATEMENT = "press_statement", _("Press statement")


class PaperStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    SIGNATURES = "signatures", _("Open for signatures")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class PositionPaper(models.Model):
    """A text written together in one language, possibly with versions in the others (`translation_of`)."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="papers")
    kind = models.CharField(_("kind"), max_length=20, choices=PaperKind.choices, default=PaperKind.POSITION_PAPER)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=300)
    translation_of = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="translations",
        verbose_name=_("version of"),
    )
    status = models.CharField(_("status"), max_length=20, choices=PaperStatus.choices, default=PaperStatus.DRAFT)
    is_public = models.BooleanField(_("public"), default=False)
    # The stable address of the published text (/papers/<public_slug>/); set once, never changed.
    public_slug = models.SlugField(max_length=100, unique=True, null=True, blank=True, editable=False)
    # The number of the latest revision (0: nothing saved yet). Every save is based on one.
    revision_number = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("position paper")
        verbose_name_plural = _("position papers")
        ordering = ["-created_at", "-pk"]
        permissions = [("sign_paper", _("Sign the paper on behalf of one's organisation"))]
        constraints = [
            models.UniqueConstraint(
                fields=["translation_of", "language"],
                condition=Q(translation_of__isnull=False),
                name="unique_paper_version_language",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def original_id(self) -> int:
        return self.translation_of_id or self.pk


class PaperSection(models.Model):
    """One section of a paper; `revision_number` is the paper revision that last changed it."""

    paper = models.ForeignKey(PositionPaper, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveIntegerField(_("order"), default=0)
    heading = models.CharField(_("heading"), max_length=300, blank=True)
    body = models.TextField(_("text"), blank=True, help_text=_("Markdown"))
    # Rendered and sanitised by the services at save; templates never render `body` themselves.
    body_html = models.TextField(editable=False, default="")
    revision_number = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.heading or f"§{self.order}"


class PaperRevision(models.Model):
    """Every save of a paper: who, when, why, and the whole text as it then was."""

    paper = models.ForeignKey(PositionPaper, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    summary = models.CharField(_("summary of the change"), max_length=300, blank=True)
    # [{"id": section pk, "order": int, "heading": str, "body": str}, ...] in order.
    snapshot = models.JSONField(default=list)

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["paper", "number"], name="unique_paper_revision_number")]

    def __str__(self):
        return f"{self.paper} #{self.number}"


class PaperComment(models.Model):
    """A remark on one section, until someone resolves it."""

    section = models.ForeignKey(PaperSection, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    body = models.TextField(_("comment"), help_text=_("Markdown"))
    body_html = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.author} → {self.section}"


class PaperSignature(models.Model):
    """An organisation co-signs a paper, by one of its leaders; withdrawable until the paper is published."""

    paper = models.ForeignKey(PositionPaper, on_delete=models.CASCADE, related_name="signatures")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="paper_signatures")
    signed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    signed_at = models.DateTimeField(default=timezone.now)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["signed_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["paper", "organisation"],
                condition=Q(withdrawn_at__isnull=True),
                name="unique_active_paper_signature",
            )
        ]

    def __str__(self):
        return f"{self.organisation} – {self.paper}"
