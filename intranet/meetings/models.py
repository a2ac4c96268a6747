"""Network meetings: when and where, the agenda (with the dilemma of the day), who comes, and the minutes."""

import zoneinfo
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from intranet.organisations.models import Network, Organisation, time_zone_choices


class NetworkMeetingSettings(models.Model):
    """Per-network defaults for new meetings, e.g. a fixed "dilemma of the day" on every agenda."""

    network = models.OneToOneField(Network, on_delete=models.CASCADE, related_name="meeting_settings")
    dilemma_of_the_day = models.BooleanField(_("dilemma of the day on every new meeting"), default=False)
    dilemma_minutes = models.PositiveSmallIntegerField(_("minutes for the dilemma of the day"), default=20)

    class Meta:
        verbose_name = _("meeting settings")
        verbose_name_plural = _("meeting settings")

    def __str__(self):
        return str(self.network)


class NetworkMeeting(models.Model):
    """A meeting of a network. The title is written in one language and shown with dir="auto"."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="meetings", verbose_name=_("network"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    host_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_meetings",
        verbose_name=_("host organisation"),
    )
    address = models.TextField(_("address"), blank=True)
    map_url = models.URLField(_("map link"), blank=True)
    online_url = models.URLField(_("online meeting link"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(_("time zone"), max_length=64, choices=time_zone_choices)
    languages = models.CharField(
        _("meeting languages"), max_length=40, blank=True, help_text=_("Language codes, e.g. da,ar,fr.")
    )
    international_guests = models.PositiveSmallIntegerField(_("international guests"), default=0)
    international_guests_note = models.CharField(_("about the international guests"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("network meeting")
        verbose_name_plural = _("network meetings")
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["network", "starts_at"])]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="meeting_ends_after_start")
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("meeting_detail", kwargs={"pk": self.pk})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def language_list(self) -> list[str]:
        names = dict(settings.LANGUAGES)
        return [names.get(code.strip(), code.strip()) for code in self.languages.split(",") if code.strip()]


class AgendaItem(models.Model):
    meeting = models.ForeignKey(NetworkMeeting, on_delete=models.CASCADE, related_name="agenda_items")
    title = models.CharField(_("title"), max_length=200)
    presenter = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("presenter organisation"),
    )
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=30)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_dilemma = models.BooleanField(_("dilemma of the day"), default=False, editable=False)

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title

    @property
    def duration(self) -> timedelta:
        return timedelta(minutes=self.duration_minutes)


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    MAYBE = "maybe", _("Maybe")
    NO = "no", _("No")


class RSVP(models.Model):
    """An answer for one person (user set) or, given by a leader, for an organisation (organisation set)."""

    meeting = models.ForeignKey(NetworkMeeting, on_delete=models.CASCADE, related_name="rsvps")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="meeting_rsvps"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="meeting_rsvps"
    )
    answer = models.CharField(_("answer"), max_length=8, choices=Answer.choices)
    people = models.PositiveSmallIntegerField(_("number of people"), default=1)
    dietary_needs = models.CharField(_("dietary needs"), max_length=300, blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("RSVP")
        verbose_name_plural = _("RSVPs")
        constraints = [
            models.CheckConstraint(
                condition=(Q(user__isnull=False) & Q(organisation__isnull=True))
                | (Q(user__isnull=True) & Q(organisation__isnull=False)),
                name="rsvp_for_person_or_organisation",
            ),
            models.UniqueConstraint(
                fields=["meeting", "user"], condition=Q(user__isnull=False), name="unique_person_rsvp"
            ),
            models.UniqueConstraint(
                fields=["meeting", "organisation"],
                condition=Q(organisation__isnull=False),
                name="unique_organisation_rsvp",
            ),
        ]

    def __str__(self):
        return f"{self.user or self.organisation}: {self.answer}"


class Minutes(models.Model):
    meeting = models.OneToOneField(NetworkMeeting, on_delete=models.CASCADE, related_name="minutes")
    text = models.TextField(_("minutes"), blank=True)
    decisions = models.TextField(_("decisions"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")

    def __str__(self):
        return str(self.meeting)


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Done")


class ActionItem(models.Model):
    """Something to follow up; shown on the network's next meetings until it is done."""

    meeting = models.ForeignKey(NetworkMeeting, on_delete=models.CASCADE, related_name="action_items")
    title = models.CharField(_("action item"), max_length=300)
    owner_organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("organisation")
    )
    owner_person = models.CharField(_("person"), max_length=200, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=8, choices=ActionStatus.choices, default=ActionStatus.OPEN)

    class Meta:
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        ordering = ["due_date", "pk"]

    def __str__(self):
        return self.title


class ReminderKind(models.TextChoices):
    WEEK = "7d", _("7 days before")
    DAY = "1d", _("1 day before")


class MeetingReminder(models.Model):
    """A reminder e-mail that was sent; the unique constraint makes sending idempotent."""

    meeting = models.ForeignKey(NetworkMeeting, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=4, choices=ReminderKind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "user", "kind"], name="unique_meeting_reminder")]

    def __str__(self):
        return f"{self.meeting} → {self.user} ({self.kind})"
