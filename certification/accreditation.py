"""Accreditation of organisations (quality assurance): reads and writes.

A leader of an organisation applies to one of its networks and answers the network's criteria with a statement and
evidence (PDF or image); a coordinator reviews each answer, then approves until a date or returns the application
for changes. Every write goes through a service here, writes an `AccreditationEvent` (the history) and carries the
version of the application it was based on, so two people editing at once never overwrite each other silently.
"""

from __future__ import annotations

import datetime
import os
import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Case, Exists, OuterRef, Prefetch, Q, QuerySet, When
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from intranet.organisations.models import Membership, Network, NetworkCoordinator, Organisation, Role, User
from intranet.organisations.selectors import network_get_for_user, organisation_get_for_user
from intranet.uploads import DOCUMENTS_AND_IMAGES, upload_check

from .models import (
    AccreditationApplication,
    AccreditationCriterion,
    AccreditationEvent,
    AccreditationReminder,
    AccreditationStatus,
    CriterionAnswer,
    Evidence,
    Verdict,
)

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
REMINDER_DAYS = (60, 30)
# How long an expired accreditation stays in the public register, marked expired.
REGISTER_EXPIRED_DAYS = 180
OPEN_STATUSES = (AccreditationStatus.DRAFT, AccreditationStatus.SUBMITTED, AccreditationStatus.RETURNED)
Action = AccreditationEvent.Action


class StaleVersion(ValidationError):
    """The application changed since the person loaded it; their save is refused (and shown to them again)."""


# --- who is who --------------------------------------------------------------------------------------------------


def is_leader(*, user: User, organisation: Organisation) -> bool:
    return (
        user.is_authenticated
        and Membership.objects.filter(user=user, organisation=organisation, role=Role.LEADER).exists()
    )


def is_member(*, user: User, organisation: Organisation) -> bool:
    return user.is_authenticated and Membership.objects.filter(user=user, organisation=organisation).exists()


def is_coordinator(*, user: User, network: Network) -> bool:
    return user.is_authenticated and NetworkCoordinator.objects.filter(user=user, network=network).exists()


def may_review(*, user: User, application: AccreditationApplication) -> bool:
    """Coordinators of the network review, except the organisation's own people: nobody accredits themselves."""
    return is_coordinator(user=user, network=application.network) and not is_member(
        user=user, organisation=application.organisation
    )


# --- selectors ---------------------------------------------------------------------------------------------------


def accreditation_organisation_get(*, user: User, slug: str) -> Organisation:
    """The organisation for its accreditation pages: 404 unless `user` belongs to it or coordinates one of its
    networks."""
    return organisation_get_for_user(user=user, slug=slug)


def accreditation_network_get_for_coordinator(*, user: User, slug: str) -> Network:
    """The network if `user` coordinates it; 403 for its other people, 404 for everyone else."""
    network = Network.objects.filter(slug=slug, coordinator_links__user=user).first() if user.is_authenticated else None
    if network is None:
        network_get_for_user(user=user, slug=slug)  # 404 for outsiders
        raise PermissionDenied
    return network


def organisation_applications(*, organisation: Organisation) -> QuerySet[AccreditationApplication]:
    return organisation.accreditation_applications.select_related("network", "decided_by").order_by(
        "-created_at", "-pk"
    )


def organisation_application_networks(*, organisation: Organisation) -> QuerySet[Network]:
    """The organisation's networks that ask for accreditation (have active criteria) and where it has no open
    application."""
    open_application = AccreditationApplication.objects.filter(
        organisation=organisation, network=OuterRef("pk"), status__in=OPEN_STATUSES
    )
    criteria = AccreditationCriterion.objects.filter(network=OuterRef("pk"), active=True)
    return organisation.networks.filter(Exists(criteria)).exclude(Exists(open_application)).order_by("name")


def application_get(*, queryset: QuerySet[AccreditationApplication], pk: int) -> AccreditationApplication:
    application = (
        queryset.select_related("organisation", "network", "decided_by", "created_by")
        .prefetch_related(
            Prefetch(
                "answers",
                queryset=CriterionAnswer.objects.select_related("criterion").prefetch_related("evidence"),
            ),
            Prefetch("events", queryset=AccreditationEvent.objects.select_related("actor")),
        )
        .filter(pk=pk)
        .first()
    )
    if application is None:
        raise Http404
    return application


def application_rows(*, application: AccreditationApplication) -> list[tuple[AccreditationCriterion, CriterionAnswer]]:
    """(criterion, answer or None) for every active criterion of the network, plus inactive ones already
    answered, in order."""
    answers = {answer.criterion_id: answer for answer in application.answers.all()}
    criteria = AccreditationCriterion.objects.filter(network=application.network_id).filter(
        Q(active=True) | Q(pk__in=list(answers))
    )
    return [(criterion, answers.get(criterion.pk)) for criterion in criteria.order_by("sort_order", "pk")]


def network_application_queue(*, network: Network) -> QuerySet[AccreditationApplication]:
    return (
        network.accreditation_applications.exclude(status=AccreditationStatus.DRAFT)
        .select_related("organisation", "decided_by")
        # Waiting for review first, then the rest newest first.
        .annotate(waiting=Case(When(status=AccreditationStatus.SUBMITTED, then=0), default=1))
        .order_by("waiting", "-submitted_at", "-pk")
    )


def _latest_approved() -> QuerySet[AccreditationApplication]:
    """Approved applications not followed by a later approval for the same organisation and network."""
    later = AccreditationApplication.objects.filter(
        organisation=OuterRef("organisation"),
        network=OuterRef("network"),
        status=AccreditationStatus.APPROVED,
    ).filter(Q(decided_at__gt=OuterRef("decided_at")) | Q(decided_at=OuterRef("decided_at"), pk__gt=OuterRef("pk")))
    return AccreditationApplication.objects.filter(status=AccreditationStatus.APPROVED).exclude(Exists(later))


def accreditation_register(*, network: Network, today: datetime.date) -> QuerySet[AccreditationApplication]:
    """The public register: each organisation's latest approval in `network`, valid ones and those expired within
    the last months (marked expired by the page)."""
    cutoff = today - datetime.timedelta(days=REGISTER_EXPIRED_DAYS)
    return (
        _latest_approved()
        .filter(network=network, valid_until__gte=cutoff, organisation__networks=network)
        .select_related("organisation")
        .order_by("organisation__name")
    )


def organisation_accredited(*, organisation: Organisation, network: Network, today: datetime.date) -> bool:
    return _latest_approved().filter(organisation=organisation, network=network, valid_until__gte=today).exists()


def evidence_get_for_user(*, user: User, pk: int) -> Evidence:
    """The evidence if `user` belongs to the applying organisation or coordinates the network; 404 otherwise."""
    if not user.is_authenticated:
        raise Http404
    members = Membership.objects.filter(user=user, organisation=OuterRef("answer__application__organisation"))
    coordinators = NetworkCoordinator.objects.filter(user=user, network=OuterRef("answer__application__network"))
    evidence = Evidence.objects.filter(pk=pk).filter(Exists(members) | Exists(coordinators)).first()
    if evidence is None:
        raise Http404
    return evidence


def dashboard_accreditation(*, user: User) -> tuple[list[AccreditationApplication], list[AccreditationApplication]]:
    """(applications of the organisations `user` leads that are open, applications waiting for `user`'s review)."""
    if not user.is_authenticated:
        return [], []
    own = list(
        AccreditationApplication.objects.filter(
            organisation__memberships__user=user, organisation__memberships__role=Role.LEADER, status__in=OPEN_STATUSES
        ).select_related("organisation", "network")
    )
    waiting = list(
        AccreditationApplication.objects.filter(
            network__coordinator_links__user=user, status=AccreditationStatus.SUBMITTED
        )
        .exclude(organisation__memberships__user=user)
        .select_related("organisation", "network")
    )
    return own, waiting


# --- evidence checks ---------------------------------------------------------------------------------------------


def evidence_check(file) -> tuple[str, str]:
    """(content type, extension) of an uploaded file, read from its content, not its name.

    Only PDF and PNG/JPEG/WebP images of at most 10 MB are accepted; anything else raises ValidationError.
    """
    return upload_check(file, max_bytes=MAX_EVIDENCE_BYTES, kinds=DOCUMENTS_AND_IMAGES)


# --- services ----------------------------------------------------------------------------------------------------


def _event(application: AccreditationApplication, actor: User | None, action: str, comment: str = "") -> None:
    AccreditationEvent.objects.create(application=application, actor=actor, action=action, comment=comment)


def _lock(application: AccreditationApplication, based_on_version: int | None) -> AccreditationApplication:
    """The application locked for this transaction; StaleVersion when it changed after `based_on_version`."""
    locked = AccreditationApplication.objects.select_for_update().get(pk=application.pk)
    if based_on_version is not None and locked.version != based_on_version:
        raise StaleVersion(
            _(
                "Someone else saved this application while you were working on it. "
                "Your text is kept below: check it and save again."
            ),
            code="stale",
        )
    return locked


def _bump(application: AccreditationApplication, **fields) -> AccreditationApplication:
    for name, value in fields.items():
        setattr(application, name, value)
    application.version += 1
    application.save(update_fields=[*fields, "version"])
    return application


def _require_leader(user: User, organisation: Organisation) -> None:
    if not is_leader(user=user, organisation=organisation):
        raise PermissionDenied


def _require_reviewer(user: User, application: AccreditationApplication) -> None:
    if not may_review(user=user, application=application):
        raise PermissionDenied


def _require_editable(application: AccreditationApplication) -> None:
    if not application.editable:
        raise ValidationError(_("The application cannot be changed now."), code="not_editable")


@transaction.atomic
def accreditation_application_start(
    *, organisation: Organisation, network: Network, user: User
) -> AccreditationApplication:
    """A leader starts an application of `organisation` for `network`'s accreditation."""
    _require_leader(user, organisation)
    if not organisation.networks.filter(pk=network.pk).exists():
        raise ValidationError(_("The organisation is not a member of this network."), code="not_in_network")
    if AccreditationApplication.objects.filter(
        organisation=organisation, network=network, status__in=OPEN_STATUSES
    ).exists():
        raise ValidationError(_("The organisation already has an open application in this network."), code="open")
    application = AccreditationApplication.objects.create(organisation=organisation, network=network, created_by=user)
    _event(application, user, Action.STARTED)
    return application


@transaction.atomic
def criterion_answer_save(
    *,
    application: AccreditationApplication,
    criterion: AccreditationCriterion,
    user: User,
    statement: str,
    based_on_version: int,
    files=(),
) -> CriterionAnswer:
    """Save a leader's statement for `criterion` and add evidence files. Every file is checked before anything is
    saved: one refused file refuses the whole save."""
    _require_leader(user, application.organisation)
    application = _lock(application, based_on_version)
    _require_editable(application)
    if criterion.network_id != application.network_id or not criterion.active:
        raise ValidationError(_("This criterion is not part of the application."), code="criterion")
    checked = []
    errors = []
    for file in files:
        try:
            checked.append((file, *evidence_check(file)))
        except ValidationError as error:
            errors.extend(error.error_list)
    if errors:
        raise ValidationError({"files": errors})
    answer, _created = CriterionAnswer.objects.get_or_create(application=application, criterion=criterion)
    if answer.statement != statement:
        answer.statement = statement
        answer.save(update_fields=["statement", "updated_at"])
        _event(application, user, Action.ANSWERED, criterion.title)
    for file, content_type, extension in checked:
        _evidence_store(answer=answer, file=file, content_type=content_type, extension=extension, user=user)
        _event(application, user, Action.EVIDENCE_ADDED, os.path.basename(file.name)[:255])
    _bump(application)
    return answer


def _evidence_store(*, answer: CriterionAnswer, file, content_type: str, extension: str, user: User) -> Evidence:
    # The stored name is random with the extension of what the file is, never what the uploader called it.
    evidence = Evidence(
        answer=answer,
        original_name=os.path.basename(file.name)[:255] or f"evidence{extension}",
        content_type=content_type,
        size=file.size,
        uploaded_by=user,
    )
    evidence.file.save(f"{secrets.token_hex(12)}{extension}", file, save=False)
    evidence.save()
    return evidence


@transaction.atomic
def accreditation_application_submit(
    *, application: AccreditationApplication, user: User, based_on_version: int
) -> AccreditationApplication:
    """Send the application for review; every active criterion must have a statement."""
    _require_leader(user, application.organisation)
    application = _lock(application, based_on_version)
    _require_editable(application)
    missing = AccreditationCriterion.objects.filter(network=application.network_id, active=True).exclude(
        Exists(
            CriterionAnswer.objects.filter(application=application, criterion=OuterRef("pk")).exclude(
                statement__regex=r"^\s*$"
            )
        )
    )
    titles = [criterion.title for criterion in missing.order_by("sort_order", "pk")]
    if titles:
        raise ValidationError(
            _("Answer every criterion before submitting. Missing: %(criteria)s."),
            code="incomplete",
            params={"criteria": ", ".join(titles)},
        )
    _bump(application, status=AccreditationStatus.SUBMITTED, submitted_at=timezone.now())
    _event(application, user, Action.SUBMITTED)
    return application


@transaction.atomic
def accreditation_application_withdraw(
    *, application: AccreditationApplication, user: User, based_on_version: int
) -> AccreditationApplication:
    _require_leader(user, application.organisation)
    application = _lock(application, based_on_version)
    if application.status not in OPEN_STATUSES:
        raise ValidationError(_("The application cannot be changed now."), code="not_editable")
    _bump(application, status=AccreditationStatus.WITHDRAWN)
    _event(application, user, Action.WITHDRAWN)
    return application


def _require_submitted(application: AccreditationApplication) -> None:
    if application.status != AccreditationStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted application can be reviewed."), code="not_submitted")


@transaction.atomic
def criterion_answer_review(
    *, answer: CriterionAnswer, user: User, verdict: str, comment: str, based_on_version: int
) -> CriterionAnswer:
    """A coordinator's verdict and comment on one answer."""
    _require_reviewer(user, answer.application)
    application = _lock(answer.application, based_on_version)
    _require_submitted(application)
    if verdict not in Verdict.values:
        raise ValidationError({"verdict": _("Choose a verdict.")}, code="verdict")
    answer.verdict, answer.reviewer_comment = verdict, comment
    answer.save(update_fields=["verdict", "reviewer_comment", "updated_at"])
    _event(application, user, Action.REVIEWED, f"{answer.criterion.title}: {Verdict(verdict).label}. {comment}".strip())
    _bump(application)
    return answer


@transaction.atomic
def accreditation_application_approve(
    *,
    application: AccreditationApplication,
    user: User,
    valid_until: datetime.date,
    comment: str = "",
    based_on_version: int,
) -> AccreditationApplication:
    """Accredit the organisation until `valid_until` (a future date). No criterion may be judged not met."""
    _require_reviewer(user, application)
    application = _lock(application, based_on_version)
    _require_submitted(application)
    if valid_until <= timezone.localdate():
        raise ValidationError({"valid_until": _("Choose a date in the future.")}, code="past")
    if application.answers.filter(verdict=Verdict.NOT_MET).exists():
        raise ValidationError(
            _("A criterion is judged not met: return the application for changes instead."), code="not_met"
        )
    _bump(
        application,
        status=AccreditationStatus.APPROVED,
        valid_until=valid_until,
        decided_at=timezone.now(),
        decided_by=user,
    )
    _event(application, user, Action.APPROVED, comment)
    return application


@transaction.atomic
def accreditation_application_return(
    *, application: AccreditationApplication, user: User, comment: str, based_on_version: int
) -> AccreditationApplication:
    """Send the application back to the organisation with what to change."""
    _require_reviewer(user, application)
    application = _lock(application, based_on_version)
    _require_submitted(application)
    if not comment.strip():
        raise ValidationError({"comment": _("Say what the organisation should change.")}, code="comment")
    _bump(application, status=AccreditationStatus.RETURNED, decided_at=timezone.now(), decided_by=user)
    _event(application, user, Action.RETURNED, comment)
    return application


# --- expiry reminders --------------------------------------------------------------------------------------------


def _due_threshold(days_left: int) -> int | None:
    due = [days for days in REMINDER_DAYS if 0 <= days_left <= days]
    return min(due) if due else None


def accreditation_reminder_candidates(*, today: datetime.date) -> QuerySet[AccreditationApplication]:
    """Current accreditations that expire within the first reminder's reach."""
    return (
        _latest_approved()
        .filter(valid_until__gte=today, valid_until__lte=today + datetime.timedelta(days=max(REMINDER_DAYS)))
        .select_related("organisation", "network")
        .order_by("valid_until", "pk")
    )


def accreditation_reminder_send(*, application: AccreditationApplication, today: datetime.date) -> int:
    """E-mail the organisation's leaders, each in their language, if a reminder is due and not yet sent.
    Returns the number of e-mails sent."""
    threshold = _due_threshold((application.valid_until - today).days)
    if threshold is None:
        return 0
    try:
        with transaction.atomic():
            AccreditationReminder.objects.create(application=application, days_before=threshold)
    except IntegrityError:
        return 0  # already sent (or being sent by another worker)
    leaders = User.objects.filter(
        memberships__organisation=application.organisation, memberships__role=Role.LEADER, is_active=True
    ).distinct()
    sent = 0
    for leader in leaders:
        with translation.override(leader.preferred_language), timezone.override(leader.time_zone):
            context = {
                "application": application,
                "leader": leader,
                "days_left": (application.valid_until - today).days,
                "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("accreditation_organisation", kwargs={"slug": application.organisation.slug}),
            }
            subject = render_to_string("certification/email/accreditation_reminder_subject.txt", context).strip()
            text = render_to_string("certification/email/accreditation_reminder.txt", context)
        sent += send_mail(subject, text, None, [leader.email])
    return sent


def accreditation_reminders_send(*, today: datetime.date | None = None) -> int:
    today = today or timezone.localdate()
    return sum(
        accreditation_reminder_send(application=application, today=today)
        for application in accreditation_reminder_candidates(today=today)
    )
