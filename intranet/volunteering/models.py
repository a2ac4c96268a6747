"""Volunteer requests: an organisation asks its network for volunteer hands, volunteers respond, the organisation
accepts or declines, and accepted volunteers log the hours they gave, which the organisation confirms.

A request may require certificate programmes (first aid, ...): a volunteer can respond only while holding a valid
certificate of each, and is accepted only while still holding them.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from certification.models import Programme
from intranet.organisations.languages import languages_display
from intranet.organisations.models import Network, Organisation


class RequestKind(models.TextChoices):
    MENTORING = "mentoring", _("Mentoring of job seekers")
    HOMEWORK = "homework", _("Homework help and language cafés")
    EVENT = "event", _("Events and activities")
    FIRST_AID = "first_aid", _("First aid on duty")
    PRACTICAL = "practical", _("Practical help")
    ADVICE = "advice", _("Counselling and advice")
    OTHER = "other", _("Other")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    BOTH = "both", _("Online or in person")


class InReturn(models.TextChoices):
    """What an organisation gives its volunteers in return ("give to get")."""

    TRAINING = "training", _("Training")
    REFERENCE = "reference", _("A written reference")
    SKILL = "skill", _("A skill to learn")
    NETWORK = "network", _("Contacts and network")
    EXPENSES = "expenses", _("Transport and meals paid")


class RequestStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("volunteer request", "Open")
    FILLED = "filled", pgettext_lazy("volunteer request", "Filled")
    CANCELLED = "cancelled", pgettext_lazy("volunteer request", "Cancelled")


class VolunteerRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=RequestStatus.OPEN)


class VolunteerRequest(models.Model):
    """An organisation's request for volunteer hands, posted to one of its networks."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="volunteer_requests", verbose_name=_("organisation")
    )
    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="volunteer_requests", verbose_name=_("network")
    )
    title = models.CharField(_("task"), max_length=200)
    description = models.TextField(_("description"))
    kind = models.CharField(_("kind"), max_length=20, choices=RequestKind.choices, default=RequestKind.OTHER)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"), null=True, blank=True)
    schedule = models.CharField(
        _("when"), max_length=200, blank=True, help_text=_("For example: Tuesdays 17:00–19:00, or one Saturday.")
    )
    mode = models.CharField(_("online or in person"), max_length=20, choices=Mode.choices, default=Mode.IN_PERSON)
    address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    online_details = models.CharField(_("how to join online"), max_length=300, blank=True)
    hours = models.DecimalField(
        _("hours per volunteer"),
        max_digits=6,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("2000"))],
    )
    volunteers_needed = models.PositiveSmallIntegerField(
        _("volunteers needed"), validators=[MinValueValidator(1), MaxValueValidator(500)], default=1
    )
    # Codes wrapped in spaces, see `intranet.organisations.languages.languages_encode`.
    languages = models.CharField(_("languages"), max_length=100)
    required_programmes = models.ManyToManyField(
        Programme,
        blank=True,
        related_name="volunteer_requests",
        verbose_name=_("certificates required"),
    )
    # What the organisation gives in return: kinds coded like the languages, and its own words.
    in_return = models.CharField(_("in return"), max_length=100, blank=True)
    in_return_details = models.TextField(_("what you offer in return"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    # Normalised words of the title, description, organisation and city (`intranet.textsearch.normalise`).
    search_text = models.TextField(editable=False, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Bumped by every save through `volunteer_request_update`, so two leaders editing at once never overwrite
    # each other.
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = VolunteerRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("volunteer request")
        verbose_name_plural = _("volunteer requests")
        ordering = ["starts_on", "pk"]
        indexes = [models.Index(fields=["network", "status", "starts_on"])]

    def __str__(self):
        return f"{self.organisation} – {self.title}"

    def get_absolute_url(self):
        return reverse("volunteer_request_detail", kwargs={"slug": self.network.slug, "pk": self.pk})

    @property
    def language_codes(self) -> list[str]:
        return self.languages.split()

    def get_languages_display(self) -> list[str]:
        return languages_display(self.languages)

    @property
    def in_return_codes(self) -> list[str]:
        return self.in_return.split()

    def get_in_return_display(self) -> list[str]:
        labels = dict(InReturn.choices)
        return [str(labels.get(code, code)) for code in self.in_return_codes]


class ResponseStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("volunteer response", "Waiting for an answer")
    ACCEPTED = "accepted", pgettext_lazy("volunteer response", "Accepted")
    DECLINED = "declined", pgettext_lazy("volunteer response", "Declined")
    WITHDRAWN = "withdrawn", pgettext_lazy("volunteer response", "Withdrawn")


LIVE_RESPONSE_STATUSES = (ResponseStatus.PENDING, ResponseStatus.ACCEPTED)


class VolunteerResponse(models.Model):
    """A volunteer offers to help with a request. One live (waiting or accepted) response per person and request."""

    request = models.ForeignKey(
        VolunteerRequest, on_delete=models.CASCADE, related_name="responses", verbose_name=_("volunteer request")
    )
    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="volunteer_responses",
        verbose_name=_("volunteer"),
    )
    message = models.TextField(_("message"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ResponseStatus.choices, default=ResponseStatus.PENDING
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    decided_at = models.DateTimeField(_("answered"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decision_note = models.TextField(_("note to the volunteer"), blank=True)

    class Meta:
        verbose_name = _("volunteer response")
        verbose_name_plural = _("volunteer responses")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["request", "volunteer"],
                condition=Q(status__in=["pending", "accepted"]),
                name="volunteering_one_live_response",
            )
        ]

    def __str__(self):
        return f"{self.volunteer} → {self.request}"


class HoursStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("volunteer hours", "Waiting for confirmation")
    CONFIRMED = "confirmed", pgettext_lazy("volunteer hours", "Confirmed")
    REJECTED = "rejected", pgettext_lazy("volunteer hours", "Not confirmed")


class HoursEntry(models.Model):
    """Hours an accepted volunteer gave on one day; they count once the organisation confirms them."""

    response = models.ForeignKey(
        VolunteerResponse, on_delete=models.CASCADE, related_name="hours_entries", verbose_name=_("response")
    )
    date = models.DateField(_("date"))
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("24"))],
    )
    note = models.CharField(_("what you did"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=HoursStatus.choices, default=HoursStatus.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    review_note = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("volunteer hours")
        verbose_name_plural = _("volunteer hours")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["response", "status"])]

    def __str__(self):
        return f"{self.response}: {self.hours} h on {self.date}"
