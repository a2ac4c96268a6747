"""Writes for the competence directory: offers, requests for help and the workshop import."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from intranet.organisations.models import Membership, Network, Organisation, User
from intranet.textsearch import normalise

from .models import OFFER_LANGUAGE_CODES, Competence, CompetenceOffer, HelpRequest
from .tasks import help_request_send_email
from .workshop_import import workshop_csv_read

OFFER_FIELDS = ("competence", "description", "contact", "languages", "city", "mode")


def _search_text(offer: CompetenceOffer) -> str:
    """The offer's words as search folds them: competence in every language, description, organisation, city."""
    competence, organisation = offer.competence, offer.organisation
    parts = [
        competence.name_da,
        competence.name_ar,
        competence.name_fr,
        offer.description,
        organisation.name_da,
        organisation.name_ar,
        organisation.name_fr,
        offer.city,
    ]
    return normalise(" ".join(part or "" for part in parts))


def _languages_value(languages) -> str:
    codes = list(dict.fromkeys(languages))
    unknown = [code for code in codes if code not in OFFER_LANGUAGE_CODES]
    if not codes or unknown:
        raise ValidationError({"languages": ValidationError(_("Choose one or more languages."), code="languages")})
    return f" {' '.join(codes)} "


def _offer_validate(offer: CompetenceOffer) -> None:
    if (
        offer.contact_id is not None
        and not Membership.objects.filter(organisation=offer.organisation_id, user=offer.contact_id).exists()
    ):
        raise ValidationError(
            {"contact": ValidationError(_("The contact person must be a member of the organisation."), code="contact")}
        )
    if (
        CompetenceOffer.objects.active()
        .filter(organisation=offer.organisation_id, competence=offer.competence_id)
        .exclude(pk=offer.pk)
        .exists()
    ):
        raise ValidationError(
            {
                "competence": ValidationError(
                    _("The organisation already offers this competence. Edit that offer instead."), code="duplicate"
                )
            }
        )


@transaction.atomic
def competence_offer_create(
    *,
    organisation: Organisation,
    competence: Competence,
    description: str,
    contact: User | None,
    languages: list[str],
    mode: str,
    city: str = "",
    created_by: User | None = None,
) -> CompetenceOffer:
    """Add `organisation`'s offer of `competence`; the city defaults to the organisation's."""
    offer = CompetenceOffer(
        organisation=organisation,
        competence=competence,
        description=description,
        contact=contact,
        languages=_languages_value(languages),
        city=city or organisation.city,
        mode=mode,
        created_by=created_by,
    )
    _offer_validate(offer)
    offer.search_text = _search_text(offer)
    offer.full_clean(exclude=["created_by"])
    offer.save()
    return offer


@transaction.atomic
def competence_offer_update(*, offer: CompetenceOffer, data: dict) -> CompetenceOffer:
    for name, value in data.items():
        if name not in OFFER_FIELDS:
            raise ValueError(name)
        setattr(offer, name, _languages_value(value) if name == "languages" else value)
    if not offer.city:
        offer.city = offer.organisation.city
    _offer_validate(offer)
    offer.search_text = _search_text(offer)
    offer.full_clean(exclude=["created_by"])
    offer.save()
    return offer


@transaction.atomic
def competence_offer_withdraw(*, offer: CompetenceOffer) -> None:
    """Take the offer out of the directory; the requests it received stay with the organisation."""
    offer.withdrawn_at = timezone.now()
    offer.save(update_fields=["withdrawn_at", "updated_at"])


@transaction.atomic
def help_request_create(
    *,
    offer: CompetenceOffer,
    asked_by: User,
    message: str,
    reach_me: str,
    asker_organisation: Organisation | None = None,
) -> HelpRequest:
    """Store the request and e-mail it to the offer's contact person once the transaction commits."""
    if (
        asker_organisation is not None
        and not Membership.objects.filter(user=asked_by, organisation=asker_organisation).exists()
    ):
        raise ValidationError(_("You can only ask on behalf of your own organisation."), code="not_member")
    help_request = HelpRequest.objects.create(
        offer=offer,
        asked_by=asked_by,
        asker_organisation=asker_organisation,
        message=message,
        reach_me=reach_me,
    )
    transaction.on_commit(lambda: help_request_send_email.enqueue(help_request_id=help_request.pk))
    return help_request


@transaction.atomic
def competence_offers_import(*, network: Network, text: str, imported_by: User) -> list[CompetenceOffer]:
    """Create one offer per row of a workshop CSV, all or none: any row error raises ValidationError."""
    preview = workshop_csv_read(network=network, text=text)
    if not preview.is_valid:
        raise ValidationError(
            _("The file has %(count)s errors; nothing was imported.") % {"count": preview.error_count},
            code="invalid_rows",
        )
    offers = []
    for row in preview.rows:
        data = row.offer_data
        offer = CompetenceOffer(
            organisation=data["organisation"],
            competence=data["competence"],
            description=data["description"],
            contact=data["contact"],
            languages=_languages_value(data["languages"]),
            city=data["city"],
            mode=data["mode"],
            created_by=imported_by,
        )
        offer.search_text = _search_text(offer)
        offers.append(offer)
    return CompetenceOffer.objects.bulk_create(offers)


@transaction.atomic
def competence_offers_reindex(*, competence: Competence) -> int:
    """Refresh the search text of `competence`'s offers after its name changed in one of the languages."""
    offers = list(CompetenceOffer.objects.filter(competence=competence).select_related("organisation", "competence"))
    for offer in offers:
        offer.search_text = _search_text(offer)
    return CompetenceOffer.objects.bulk_update(offers, ["search_text"])
