"""The competence directory: what member organisations can help each other with, and the requests for help."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from intranet.organisations.languages import WORKING_LANGUAGE_CODES, WORKING_LANGUAGES, languages_display
from intranet.organisations.models import Organisation

# Kept under these names for the directory's modules.
OFFER_LANGUAGES = WORKING_LANGUAGES
OFFER_LANGUAGE_CODES = WORKING_LANGUAGE_CODES


class Competence(models.Model):
    """A kind of help in the taxonomy (board work, fundraising, first aid, ...). Coordinators edit the list."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("competence")
        verbose_name_plural = _("competences")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    BOTH = "both", _("Online or in person")


class CompetenceOfferQuerySet(models.QuerySet):
    def active(self):
        return self.filter(withdrawn_at__isnull=True)


class CompetenceOffer(models.Model):
    """An organisation offers one competence to the other organisations of its networks."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="competence_offers", verbose_name=_("organisation")
    )
    competence = models.ForeignKey(
        Competence, on_delete=models.PROTECT, related_name="offers", verbose_name=_("competence")
    )
    description = models.TextField(_("description"))
    contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="competence_offers_as_contact",
        verbose_name=_("contact person"),
    )
    # Codes wrapped in spaces (" ar fr ") so one language is found with `contains=" ar "` on any database;
    # a JSON list cannot be filtered that way on SQLite, and a join table would cost a query per page.
    languages = models.CharField(_("languages"), max_length=100)
    city = models.CharField(_("city"), max_length=100, blank=True)
    mode = models.CharField(_("online or in person"), max_length=20, choices=Mode.choices, default=Mode.BOTH)
    # Normalised words of the competence, description, organisation and city (`intranet.textsearch.normalise`).
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", editable=False
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    objects = CompetenceOfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("competence offer")
        verbose_name_plural = _("competence offers")
        ordering = ["competence__sort_order", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "competence"],
                condition=Q(withdrawn_at__isnull=True),
                name="unique_active_competence_offer",
            )
        ]

    def __str__(self):
        return f"{self.organisation} – {self.competence}"

    @property
    def language_codes(self) -> list[str]:
        return self.languages.split()

    def get_languages_display(self) -> list[str]:
        return languages_display(self.languages)


class HelpRequest(models.Model):
    """A member asks an offering organisation for help; e-mailed to the offer's contact person."""

    offer = models.ForeignKey(
        CompetenceOffer, on_delete=models.CASCADE, related_name="help_requests", verbose_name=_("competence offer")
    )
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="help_requests", verbose_name=_("asked by")
    )
    asker_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="help_requests_sent",
        verbose_name=_("on behalf of"),
    )
    message = models.TextField(_("message"))
    reach_me = models.CharField(_("how to reach you"), max_length=300)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("request for help")
        verbose_name_plural = _("requests for help")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.asked_by} → {self.offer}"
