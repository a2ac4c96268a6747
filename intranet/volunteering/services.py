"""Writes for volunteer requests: posting and editing requests, responding, accepting or declining, and hours.

Every rule a page relies on is checked here, so a forged POST gets the same answer as the page would give:
leaders of the requesting organisation manage a request; volunteers respond only while they hold a valid
certificate of every required programme, and are accepted only while they still do; nobody confirms their own hours.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from certification.models import Programme
from intranet.organisations.languages import WORKING_LANGUAGE_CODES, languages_encode
from intranet.organisations.models import Network, Organisation, User
from intranet.textsearch import normalise

from . import selectors
from .models import (
    HoursEntry,
    HoursStatus,
    InReturn,
    Mode,
    RequestStatus,
    ResponseStatus,
    VolunteerRequest,
    VolunteerResponse,
)
from .tasks import response_decided_send_email, response_received_send_email

REQUEST_FIELDS = (
    "title",
    "description",
    "kind",
    "starts_on",
    "ends_on",
    "schedule",
    "mode",
    "address",
    "city",
    "online_details",
    "hours",
    "volunteers_needed",
    "languages",
    "in_return",
    "in_return_details",
)


def _search_text(volunteer_request: VolunteerRequest) -> str:
    organisation = volunteer_request.organisation
    parts = [
        volunteer_request.title,
        volunteer_request.description,
        volunteer_request.city,
        organisation.name_da,
        organisation.name_ar,
        organisation.name_fr,
    ]
    return normalise(" ".join(part or "" for part in parts))


def _codes(values, known, field: str, message: str, *, required: bool) -> str:
    codes = list(dict.fromkeys(values or []))
    if (required and not codes) or any(code not in known for code in codes):
        raise ValidationError(message, code=field)
    return languages_encode(codes)


def _apply(volunteer_request: VolunteerRequest, data: dict) -> dict[str, list[ValidationError]]:
    """Set the fields of `data` (coded lists encoded) and return the errors of the coded ones, for `_validate`."""
    errors = {}
    for name, value in data.items():
        if name not in REQUEST_FIELDS:
            raise ValueError(name)
        try:
            if name == "languages":
                value = _codes(
                    value, WORKING_LANGUAGE_CODES, "languages", _("Choose one or more languages."), required=True
                )
            elif name == "in_return":
                value = _codes(value, set(InReturn.values), "in_return", _("Choose from the list."), required=False)
        except ValidationError as error:
            errors[name] = [error]
            continue
        setattr(volunteer_request, name, value)
    return errors


def _validate(volunteer_request: VolunteerRequest, programmes, errors: dict | None = None) -> None:
    """Field checks and the request's own rules together, so a form shows every error at once."""
    errors = dict(errors or {})
    try:
        volunteer_request.full_clean(exclude=["created_by", "required_programmes", *errors])
    except ValidationError as error:
        errors = error.update_error_dict(errors)

    def add(field: str, message: str, code: str) -> None:
        errors.setdefault(field, []).append(ValidationError(message, code=code))

    starts_on, ends_on = volunteer_request.starts_on, volunteer_request.ends_on
    if isinstance(starts_on, datetime.date) and isinstance(ends_on, datetime.date) and ends_on < starts_on:
        add("ends_on", _("The end date is before the start date."), "dates")
    if volunteer_request.mode in (Mode.IN_PERSON, Mode.BOTH) and not (
        volunteer_request.address or volunteer_request.city
    ):
        add("city", _("Say where the volunteers are needed."), "where")
    if volunteer_request.mode in (Mode.ONLINE, Mode.BOTH) and not volunteer_request.online_details:
        add("online_details", _("Say how volunteers join online."), "online")
    if any(programme.network_id != volunteer_request.network_id for programme in programmes):
        add(
            "required_programmes",
            _("Choose certificate programmes of the network the request is posted in."),
            "programmes",
        )
    if errors:
        raise ValidationError(errors)


def _require_leader(*, user: User, organisation_id: int) -> None:
    if not selectors.leads(user=user, organisation_id=organisation_id):
        raise PermissionDenied


@transaction.atomic
def volunteer_request_create(
    *,
    organisation: Organisation,
    network: Network,
    created_by: User,
    data: dict,
    required_programmes: list[Programme] | tuple = (),
) -> VolunteerRequest:
    """Post `organisation`'s request to `network` (one of its networks). Only its leaders may."""
    _require_leader(user=created_by, organisation_id=organisation.pk)
    if not organisation.networks.filter(pk=network.pk).exists():
        raise ValidationError(
            {"network": ValidationError(_("The organisation is not a member of this network."), code="network")}
        )
    volunteer_request = VolunteerRequest(organisation=organisation, network=network, created_by=created_by)
    errors = _apply(volunteer_request, {"city": organisation.city, **data})
    _validate(volunteer_request, required_programmes, errors)
    volunteer_request.search_text = _search_text(volunteer_request)
    volunteer_request.save()
    volunteer_request.required_programmes.set(required_programmes)
    return volunteer_request


@transaction.atomic
def volunteer_request_update(
    *,
    volunteer_request: VolunteerRequest,
    updated_by: User,
    version: int,
    data: dict,
    required_programmes: list[Programme] | tuple | None = None,
) -> VolunteerRequest:
    """Save a leader's edit made on `version`. If someone saved in between, nothing is written and a
    ValidationError with code "conflict" is raised, so the person can compare and try again."""
    _require_leader(user=updated_by, organisation_id=volunteer_request.organisation_id)
    current = VolunteerRequest.objects.select_for_update().get(pk=volunteer_request.pk)
    if current.version != version:
        raise ValidationError(
            _("Someone else saved this request while you were editing it. Your changes are not saved yet."),
            code="conflict",
        )
    errors = _apply(volunteer_request, data)
    programmes = (
        list(required_programmes)
        if required_programmes is not None
        else list(volunteer_request.required_programmes.all())
    )
    accepted = current.responses.filter(status=ResponseStatus.ACCEPTED).count()
    places = volunteer_request.volunteers_needed
    if "volunteers_needed" not in errors and isinstance(places, int) and places < accepted:
        errors["volunteers_needed"] = [
            ValidationError(
                ngettext(
                    "%(count)s volunteer is accepted already: ask for at least as many.",
                    "%(count)s volunteers are accepted already: ask for at least as many.",
                    accepted,
                )
                % {"count": accepted},
                code="places",
            )
        ]
    _validate(volunteer_request, programmes, errors)
    volunteer_request.search_text = _search_text(volunteer_request)
    volunteer_request.version = current.version + 1
    # The status is the database's, not the caller's copy's. Places freed or taken by this edit open or fill the
    # request; otherwise a status a leader set by hand stays.
    volunteer_request.status = current.status
    places = volunteer_request.volunteers_needed  # as cleaned by `_validate`
    if places != current.volunteers_needed:
        if current.status == RequestStatus.FILLED and accepted < places:
            volunteer_request.status = RequestStatus.OPEN
        elif current.status == RequestStatus.OPEN and accepted >= places:
            volunteer_request.status = RequestStatus.FILLED
    # Only what the person edited: a stale copy must not write back other fields somebody else changed.
    volunteer_request.save(update_fields=[*data, "search_text", "version", "status", "updated_at"])
    if required_programmes is not None:
        volunteer_request.required_programmes.set(programmes)
    return volunteer_request


@transaction.atomic
def volunteer_request_set_status(*, volunteer_request: VolunteerRequest, status: str, changed_by: User) -> None:
    """Mark a request filled, cancelled, or open again. Cancelling declines the responses still waiting and tells
    those volunteers and the accepted ones."""
    _require_leader(user=changed_by, organisation_id=volunteer_request.organisation_id)
    if status not in RequestStatus.values:
        raise ValueError(status)
    current = VolunteerRequest.objects.select_for_update().get(pk=volunteer_request.pk)
    VolunteerRequest.objects.filter(pk=current.pk).update(status=status, version=F("version") + 1)
    volunteer_request.status = status
    volunteer_request.version = current.version + 1
    if status == RequestStatus.CANCELLED:
        waiting = list(
            volunteer_request.responses.filter(status=ResponseStatus.PENDING).values_list(
                "pk", "volunteer__preferred_language"
            )
        )
        now = timezone.now()
        # The note is the volunteer's to read: in their language, not the leader's.
        for language in {language for _pk, language in waiting}:
            with translation.override(language or settings.LANGUAGE_CODE):
                note = _("The request was cancelled.")
            VolunteerResponse.objects.filter(pk__in=[pk for pk, lang in waiting if lang == language]).update(
                status=ResponseStatus.DECLINED, decided_at=now, decided_by=changed_by, decision_note=note
            )
        # Accepted volunteers keep their response (and the hours they gave), but must know not to come.
        accepted = list(volunteer_request.responses.filter(status=ResponseStatus.ACCEPTED).values_list("pk", flat=True))
        for pk in [pk for pk, _language in waiting] + accepted:
            transaction.on_commit(lambda pk=pk: response_decided_send_email.enqueue(response_id=pk))


# --- responses ----------------------------------------------------------------------------------------------------


def _certificates_check(*, volunteer: User, volunteer_request: VolunteerRequest, on: datetime.date, message: str):
    held = selectors.valid_programme_ids(user=volunteer, on=on)
    missing = [programme for programme in volunteer_request.required_programmes.all() if programme.pk not in held]
    if missing:
        raise ValidationError(
            message % {"programmes": ", ".join(programme.name for programme in missing)}, code="certificates"
        )


@transaction.atomic
def volunteer_response_create(
    *, volunteer_request: VolunteerRequest, volunteer: User, message: str = "", today: datetime.date | None = None
) -> VolunteerResponse:
    """`volunteer` offers to help. Refused unless the request is open, the person belongs to its network, has no
    waiting or accepted response to it, and holds a valid certificate of every required programme today."""
    today = today or timezone.localdate()
    volunteer_request = VolunteerRequest.objects.select_for_update().get(pk=volunteer_request.pk)
    if not selectors.belongs_to_network(user=volunteer, network_id=volunteer_request.network_id):
        raise PermissionDenied
    already = _("You have already responded to this request.")
    # Then in the order `selectors.eligibility` gives its reasons, so the page and the service say the same
    # (membership first here: someone outside the network learns nothing about the request).
    if selectors.live_response_of(user=volunteer, volunteer_request=volunteer_request) is not None:
        raise ValidationError(already, code="responded")
    if volunteer_request.status != RequestStatus.OPEN or (
        volunteer_request.ends_on is not None and volunteer_request.ends_on < today
    ):
        raise ValidationError(_("This request no longer takes responses."), code="closed")
    _certificates_check(
        volunteer=volunteer,
        volunteer_request=volunteer_request,
        on=today,
        message=_("You need a valid certificate to respond: %(programmes)s."),
    )
    try:
        with transaction.atomic():
            response = VolunteerResponse.objects.create(
                request=volunteer_request, volunteer=volunteer, message=(message or "").strip()
            )
    except IntegrityError:
        # Two submissions at once: the partial unique constraint lets only one through.
        raise ValidationError(already, code="responded") from None
    transaction.on_commit(lambda: response_received_send_email.enqueue(response_id=response.pk))
    return response


@transaction.atomic
def volunteer_response_withdraw(*, response: VolunteerResponse, withdrawn_by: User) -> None:
    """The volunteer takes back a waiting or accepted response. A filled request with a place free again opens."""
    if response.volunteer_id != withdrawn_by.pk:
        raise PermissionDenied
    response = VolunteerResponse.objects.select_for_update().get(pk=response.pk)
    if response.status not in (ResponseStatus.PENDING, ResponseStatus.ACCEPTED):
        raise ValidationError(_("This response can no longer be withdrawn."), code="state")
    was_accepted = response.status == ResponseStatus.ACCEPTED
    response.status = ResponseStatus.WITHDRAWN
    response.save(update_fields=["status"])
    if was_accepted:
        VolunteerRequest.objects.filter(pk=response.request_id, status=RequestStatus.FILLED).update(
            status=RequestStatus.OPEN, version=F("version") + 1
        )


def _decidable(response: VolunteerResponse, decided_by: User) -> tuple[VolunteerResponse, VolunteerRequest]:
    _require_leader(user=decided_by, organisation_id=response.request.organisation_id)
    volunteer_request = VolunteerRequest.objects.select_for_update().get(pk=response.request_id)
    response = VolunteerResponse.objects.select_for_update().get(pk=response.pk)
    if response.status != ResponseStatus.PENDING:
        raise ValidationError(_("This response has already been answered."), code="state")
    return response, volunteer_request


@transaction.atomic
def volunteer_response_accept(
    *, response: VolunteerResponse, decided_by: User, note: str = "", today: datetime.date | None = None
) -> VolunteerResponse:
    """A leader accepts a waiting response, if the volunteer still holds the required certificates today and a
    place is free. Taking the last place marks the request filled."""
    response, volunteer_request = _decidable(response, decided_by)
    if volunteer_request.status == RequestStatus.CANCELLED:
        raise ValidationError(_("This request is cancelled."), code="closed")
    if not selectors.belongs_to_network(user=response.volunteer, network_id=volunteer_request.network_id):
        # The volunteer has left every organisation of the network since responding.
        raise ValidationError(_("The volunteer is no longer a member of the network."), code="not_member")
    _certificates_check(
        volunteer=response.volunteer,
        volunteer_request=volunteer_request,
        on=today or timezone.localdate(),
        message=_("The volunteer no longer holds a valid certificate: %(programmes)s."),
    )
    accepted = volunteer_request.responses.filter(status=ResponseStatus.ACCEPTED).count()
    if accepted >= volunteer_request.volunteers_needed:
        raise ValidationError(
            _("All %(count)s places are taken. Raise the number of volunteers needed to accept more.")
            % {"count": volunteer_request.volunteers_needed},
            code="full",
        )
    response.status = ResponseStatus.ACCEPTED
    response.decided_at = timezone.now()
    response.decided_by = decided_by
    response.decision_note = (note or "").strip()
    response.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    if accepted + 1 >= volunteer_request.volunteers_needed and volunteer_request.status == RequestStatus.OPEN:
        VolunteerRequest.objects.filter(pk=volunteer_request.pk).update(
            status=RequestStatus.FILLED, version=F("version") + 1
        )
    transaction.on_commit(lambda: response_decided_send_email.enqueue(response_id=response.pk))
    return response


@transaction.atomic
def volunteer_response_decline(*, response: VolunteerResponse, decided_by: User, note: str = "") -> VolunteerResponse:
    """A leader declines a waiting response; the volunteer is told."""
    response, _volunteer_request = _decidable(response, decided_by)
    response.status = ResponseStatus.DECLINED
    response.decided_at = timezone.now()
    response.decided_by = decided_by
    response.decision_note = (note or "").strip()
    response.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    transaction.on_commit(lambda: response_decided_send_email.enqueue(response_id=response.pk))
    return response


# --- hours --------------------------------------------------------------------------------------------------------


@transaction.atomic
def hours_log(
    *,
    response: VolunteerResponse,
    logged_by: User,
    date: datetime.date,
    hours: Decimal,
    note: str = "",
    today: datetime.date | None = None,
) -> HoursEntry:
    """An accepted volunteer records hours given on `date` (not in the future, not before the request starts)."""
    if response.volunteer_id != logged_by.pk:
        raise PermissionDenied
    response = VolunteerResponse.objects.select_for_update().select_related("request").get(pk=response.pk)
    if response.status != ResponseStatus.ACCEPTED:
        raise ValidationError(_("Only accepted volunteers log hours."), code="state")
    today = today or timezone.localdate()
    errors = {}
    if date > today:
        errors["date"] = ValidationError(_("The date is in the future."), code="future")
    elif date < response.request.starts_on:
        errors["date"] = ValidationError(_("The date is before the request starts."), code="early")
    elif response.request.ends_on and date > response.request.ends_on:
        errors["date"] = ValidationError(_("The date is after the request ended."), code="late")
    if errors:
        raise ValidationError(errors)
    entry = HoursEntry(response=response, date=date, hours=hours, note=(note or "").strip())
    entry.full_clean(exclude=["response", "reviewed_by"])
    entry.save()
    return entry


def _reviewable(entry: HoursEntry, reviewed_by: User) -> HoursEntry:
    _require_leader(user=reviewed_by, organisation_id=entry.response.request.organisation_id)
    if entry.response.volunteer_id == reviewed_by.pk:
        # A leader who volunteered on their own organisation's request needs another leader to confirm.
        raise PermissionDenied
    entry = HoursEntry.objects.select_for_update().get(pk=entry.pk)
    if entry.status != HoursStatus.PENDING:
        raise ValidationError(_("These hours have already been reviewed."), code="state")
    return entry


@transaction.atomic
def hours_confirm(*, entry: HoursEntry, reviewed_by: User) -> HoursEntry:
    """A leader of the requesting organisation, other than the volunteer, confirms waiting hours: now they count."""
    entry = _reviewable(entry, reviewed_by)
    entry.status = HoursStatus.CONFIRMED
    entry.reviewed_at = timezone.now()
    entry.reviewed_by = reviewed_by
    entry.save(update_fields=["status", "reviewed_at", "reviewed_by"])
    return entry


@transaction.atomic
def hours_reject(*, entry: HoursEntry, reviewed_by: User, note: str) -> HoursEntry:
    """A leader does not confirm the hours and says why (required)."""
    entry = _reviewable(entry, reviewed_by)
    if not (note or "").strip():
        raise ValidationError(
            {"review_note": ValidationError(_("Say why, so the volunteer can correct it."), code="note")}
        )
    entry.status = HoursStatus.REJECTED
    entry.reviewed_at = timezone.now()
    entry.reviewed_by = reviewed_by
    entry.review_note = note.strip()
    entry.save(update_fields=["status", "reviewed_at", "reviewed_by", "review_note"])
    return entry
