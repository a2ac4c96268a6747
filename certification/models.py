"""Programmes (a set of courses that together earn a certificate) and the certificates people hold.

A person holds at most one *active* certificate per programme; the database enforces it with a partial unique
constraint, so two task workers issuing at the same moment cannot both succeed. A renewed certificate points to
the one it replaces (`supersedes`), which is then no longer active.
"""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable

from courses.models import CoursePage
from intranet.organisations.models import Network
from intranet.pages.models import Audience

# No 0/O, 1/I/L: a code read off paper and typed in must not be ambiguous. 31 symbols, 10 of them: ~50 bits.
SHORT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
SHORT_CODE_LENGTH = 10


def new_verification_code() -> str:
    """192 random bits, URL-safe: the code in the verification link and the QR code."""
    return secrets.token_urlsafe(24)


def new_short_code() -> str:
    return "".join(secrets.choice(SHORT_CODE_ALPHABET) for _index in range(SHORT_CODE_LENGTH))


def normalise_short_code(value: str) -> str:
    """What a person typed (any case, with dashes or spaces) as it is stored."""
    return "".join(character for character in value.upper() if character.isalnum())


def format_short_code(value: str) -> str:
    """ABCDEFGHJK → ABCD-EFGH-JK, for print and display."""
    return "-".join(value[index : index + 4] for index in range(0, len(value), 4))


class Programme(ClusterableModel):
    """A certification programme: complete all its courses and the network certifies it."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE)
    courses = models.ManyToManyField(
        CoursePage, through="ProgrammeCourse", related_name="programmes", verbose_name=_("required courses")
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"), null=True, blank=True, help_text=_("Leave empty for a certificate that never expires.")
    )
    network = models.ForeignKey(
        Network, verbose_name=_("issuing network"), on_delete=models.PROTECT, related_name="programmes"
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=200, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=200, blank=True)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    renewal_course = models.ForeignKey(
        CoursePage,
        verbose_name=_("renewal course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A shorter course that renews the certificate when it is about to expire."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("network"), FieldPanel("audience"), FieldPanel("validity_months")], heading=_("Issuing")
        ),
        InlinePanel("programme_courses", label=_("Required courses"), min_num=1),
        PageChooserPanel("renewal_course", "courses.CoursePage"),
        MultiFieldPanel(
            [FieldPanel("signatory_name"), FieldPanel("signatory_title"), FieldPanel("signature"), FieldPanel("logo")],
            heading=_("Signature and logo"),
        ),
    ]

    class Meta:
        verbose_name = _("certification programme")
        verbose_name_plural = _("certification programmes")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def expiry_for(self, issued_on: datetime.date) -> datetime.date | None:
        if self.validity_months is None:
            return None
        month = issued_on.month - 1 + self.validity_months
        year, month = issued_on.year + month // 12, month % 12 + 1
        # 31 January + 1 month is the last day of February.
        for day in (issued_on.day, 30, 29, 28):
            try:
                return datetime.date(year, month, day)
            except ValueError:
                continue
        raise AssertionError("unreachable")


class ProgrammeCourse(Orderable):
    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="programme_courses")
    course = models.ForeignKey(CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("course", "courses.CoursePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("required course")
        verbose_name_plural = _("required courses")
        constraints = [
            models.UniqueConstraint(fields=["programme", "course"], name="certification_course_once_per_programme")
        ]

    def __str__(self):
        return f"{self.programme} – {self.course}"


class CertificateStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("certificate", "Valid")
    EXPIRED = "expired", pgettext_lazy("certificate", "Expired")
    REVOKED = "revoked", pgettext_lazy("certificate", "Revoked")


class Certificate(models.Model):
    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.PROTECT, related_name="certificates"
    )
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("holder"), on_delete=models.CASCADE, related_name="certificates"
    )
    code = models.CharField(
        _("verification code"), max_length=64, unique=True, default=new_verification_code, editable=False
    )
    short_code = models.CharField(
        _("short verification code"), max_length=16, unique=True, default=new_short_code, editable=False
    )
    status = models.CharField(
        _("status"), max_length=10, choices=CertificateStatus.choices, default=CertificateStatus.ACTIVE
    )
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    expires_on = models.DateField(_("expires"), null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when issued automatically after the last course."),
    )
    reason = models.TextField(_("reason for manual issuing"), blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    pdf = models.FileField(_("PDF"), upload_to="certificates/%Y/", blank=True)
    supersedes = models.OneToOneField(
        "self",
        verbose_name=_("replaces"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="superseded_by",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(
                fields=["holder", "programme"],
                condition=models.Q(status="active"),
                name="certification_one_active_certificate",
            )
        ]
        indexes = [models.Index(fields=["status", "expires_on"])]

    def __str__(self):
        return f"{self.programme} – {self.holder}"

    @property
    def short_code_display(self) -> str:
        return format_short_code(self.short_code)

    def state_on(self, today: datetime.date) -> str:
        """The status as verification shows it: a certificate past its date is expired even before the nightly
        task has marked it so."""
        if self.status == CertificateStatus.ACTIVE and self.expires_on is not None and self.expires_on < today:
            return CertificateStatus.EXPIRED
        return self.status

    @property
    def state(self) -> str:
        return self.state_on(timezone.localdate())


class IssuerKey(models.Model):
    """The Ed25519 key a network signs its Open Badges credentials with. Made on first use; the private key never
    leaves the server (it is not in any page or export), the public key is published in each credential."""

    network = models.OneToOneField(Network, on_delete=models.CASCADE, related_name="issuer_key")
    private_key = models.BinaryField(editable=False)  # raw 32-byte Ed25519 private key
    public_key = models.BinaryField(editable=False)  # raw 32-byte Ed25519 public key
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("issuer key")
        verbose_name_plural = _("issuer keys")

    def __str__(self):
        return f"{self.network} ({self.created_at:%Y-%m-%d})"


class ExpiryReminder(models.Model):
    """An expiry reminder that went out (60, 30 or 7 days before), so each goes out once per certificate."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="expiry_reminders")
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["certificate", "days_before"], name="certification_one_reminder_each")
        ]

    def __str__(self):
        return f"{self.certificate} – {self.days_before}"


class RenderBatch(models.Model):
    """A coordinator's request to (re-)render the PDFs of many certificates, done by a task that counts as it
    goes, so the coordinator sees how far it is."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="render_batches")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.programme} – {self.done}/{self.total}"

    @property
    def percent(self) -> int:
        return (self.done + self.failed) * 100 // self.total if self.total else 100


# --- Accreditation of organisations (quality assurance) ----------------------------------------------------------
#
# An organisation's leader applies to a network; a coordinator reviews the answers criterion by criterion and
# approves until a date or returns the application for changes. An organisation is accredited while its latest
# approved application's `valid_until` has not passed.


class AccreditationCriterion(models.Model):
    """What a network asks of its accredited organisations, e.g. governance, finances or safeguarding."""

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="accreditation_criteria"
    )
    title = models.CharField(_("title"), max_length=200)
    guidance = models.TextField(
        _("guidance"), blank=True, help_text=_("What the organisation should describe and document.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(_("active"), default=True, help_text=_("Only active criteria are asked for."))

    panels = [
        FieldPanel("network"),
        FieldPanel("title"),
        FieldPanel("guidance"),
        MultiFieldPanel([FieldPanel("sort_order"), FieldPanel("active")], heading=_("Use")),
    ]

    class Meta:
        verbose_name = _("accreditation criterion")
        verbose_name_plural = _("accreditation criteria")
        ordering = ["network", "sort_order", "pk"]

    def __str__(self):
        return self.title


class AccreditationStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("accreditation", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("accreditation", "Submitted")
    RETURNED = "returned", pgettext_lazy("accreditation", "Returned for changes")
    APPROVED = "approved", pgettext_lazy("accreditation", "Approved")
    WITHDRAWN = "withdrawn", pgettext_lazy("accreditation", "Withdrawn")


class AccreditationApplication(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="accreditation_applications",
    )
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="accreditation_applications"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=AccreditationStatus.choices, default=AccreditationStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    valid_until = models.DateField(_("accredited until"), null=True, blank=True)
    # Bumped by every write through the services: a save based on an older version is refused, not lost.
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("accreditation application")
        verbose_name_plural = _("accreditation applications")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["network", "status"]), models.Index(fields=["status", "valid_until"])]

    def __str__(self):
        return f"{self.organisation} – {self.network} ({self.get_status_display()})"

    @property
    def editable(self) -> bool:
        return self.status in (AccreditationStatus.DRAFT, AccreditationStatus.RETURNED)

    def accredited_on(self, today: datetime.date) -> bool:
        return (
            self.status == AccreditationStatus.APPROVED and self.valid_until is not None and self.valid_until >= today
        )


class Verdict(models.TextChoices):
    PENDING = "pending", _("Not reviewed")
    MET = "met", _("Met")
    NOT_MET = "not_met", _("Not met")


class CriterionAnswer(models.Model):
    application = models.ForeignKey(AccreditationApplication, on_delete=models.CASCADE, related_name="answers")
    criterion = models.ForeignKey(
        AccreditationCriterion, verbose_name=_("criterion"), on_delete=models.PROTECT, related_name="answers"
    )
    statement = models.TextField(_("statement"), blank=True)
    verdict = models.CharField(_("verdict"), max_length=10, choices=Verdict.choices, default=Verdict.PENDING)
    reviewer_comment = models.TextField(_("reviewer's comment"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("answer to a criterion")
        verbose_name_plural = _("answers to criteria")
        ordering = ["criterion__sort_order", "criterion_id"]
        constraints = [
            models.UniqueConstraint(fields=["application", "criterion"], name="certification_one_answer_per_criterion")
        ]

    def __str__(self):
        return f"{self.application} – {self.criterion}"


class Evidence(models.Model):
    """A document supporting an answer. Served only through a view that checks who asks, never as a media URL."""

    answer = models.ForeignKey(CriterionAnswer, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(_("file"), upload_to="accreditation/%Y/")
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(_("size"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.original_name


class AccreditationEvent(models.Model):
    """One step in an application's history: who did what, when, with what comment."""

    class Action(models.TextChoices):
        STARTED = "started", _("Started")
        ANSWERED = "answered", _("Answered a criterion")
        EVIDENCE_ADDED = "evidence_added", _("Added evidence")
        SUBMITTED = "submitted", _("Submitted")
        REVIEWED = "reviewed", _("Reviewed a criterion")
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned for changes")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    application = models.ForeignKey(AccreditationApplication, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("accreditation event")
        verbose_name_plural = _("accreditation events")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.application} – {self.get_action_display()}"


class AccreditationReminder(models.Model):
    """An expiry reminder that went out (60 or 30 days before), so each goes out once per application."""

    application = models.ForeignKey(AccreditationApplication, on_delete=models.CASCADE, related_name="reminders")
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["application", "days_before"], name="certification_one_accreditation_reminder_each"
            )
        ]

    def __str__(self):
        return f"{self.application} – {self.days_before}"
