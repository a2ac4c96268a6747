"""Reads for certification: whether a person has completed a programme, certificates for pages and tasks."""

from __future__ import annotations

import datetime

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from courses.models import Enrolment
from intranet.organisations.models import NetworkCoordinator, Organisation, Role, User
from intranet.organisations.selectors import coordinates, networks_visible_to

from .models import Certificate, CertificateStatus, Programme, ProgrammeCourse


def programme_course_ids(programme: Programme) -> list[int]:
    return list(programme.programme_courses.values_list("course_id", flat=True))


def programme_completed_by(*, holder: User, programme: Programme) -> bool:
    """Whether `holder` has completed every required course of `programme` (a programme without courses: no)."""
    course_ids = set(programme_course_ids(programme))
    if not course_ids:
        return False
    completed = Enrolment.objects.filter(user=holder, course_id__in=course_ids, completed_at__isnull=False)
    return completed.count() == len(course_ids)


def programmes_requiring_course(*, course_id: int) -> QuerySet[Programme]:
    return Programme.objects.filter(programme_courses__course_id=course_id).distinct().order_by("pk")


def programmes_renewed_by_course(*, course_id: int) -> QuerySet[Programme]:
    return Programme.objects.filter(renewal_course_id=course_id).order_by("pk")


def belongs_to_network(*, user: User, network_id: int) -> bool:
    """Whether `user` is a member of one of the network's organisations, or coordinates it."""
    return networks_visible_to(user).filter(pk=network_id).exists()


def coordinates_programme(*, user: User, programme: Programme) -> bool:
    """Whether `user` coordinates the network that issues `programme` (who may issue by hand and revoke)."""
    if not user.is_authenticated:
        return False
    return NetworkCoordinator.objects.filter(user=user, network_id=programme.network_id).exists()


def active_certificate(*, holder: User, programme: Programme) -> Certificate | None:
    return Certificate.objects.filter(holder=holder, programme=programme, status=CertificateStatus.ACTIVE).first()


def _with_details(certificates: QuerySet[Certificate]) -> QuerySet[Certificate]:
    courses = ProgrammeCourse.objects.select_related("course").order_by("sort_order")
    return certificates.select_related(
        "holder", "programme", "programme__network", "programme__signature", "programme__logo"
    ).prefetch_related(Prefetch("programme__programme_courses", queryset=courses))


def certificate_for_verification(*, code: str) -> Certificate | None:
    return _with_details(Certificate.objects.filter(code=code)).first()


def certificate_by_short_code(*, short_code: str) -> Certificate | None:
    return Certificate.objects.filter(short_code=short_code).only("code").first()


def certificate_with_details(*, pk: int) -> Certificate | None:
    return _with_details(Certificate.objects.filter(pk=pk)).first()


def certificates_of(*, holder: User) -> QuerySet[Certificate]:
    """The person's certificates, newest first, with what the page shows of each."""
    if not holder.is_authenticated:
        return Certificate.objects.none()
    return _with_details(Certificate.objects.filter(holder=holder)).order_by("-issued_at")


def valid_certificates(*, holder: User, on: datetime.date | None = None) -> QuerySet[Certificate]:
    """The person's certificates that are valid on `on` (today): active and not past their date, even before the
    nightly task has marked them expired."""
    if not holder.is_authenticated:
        return Certificate.objects.none()
    return Certificate.objects.filter(_valid_on(on), holder=holder)


def _valid_on(on: datetime.date | None) -> Q:
    on = on or timezone.localdate()
    return Q(status=CertificateStatus.ACTIVE) & (Q(expires_on__isnull=True) | Q(expires_on__gte=on))


def valid_programmes_by_holder(*, holder_ids, programme_ids, on: datetime.date | None = None) -> dict[int, set[int]]:
    """For each holder, which of `programme_ids` they hold a valid certificate of on `on` (today), in one query
    (none without programmes): `valid_certificates` for many people at once."""
    programme_ids = list(programme_ids)
    if not programme_ids:
        return {}
    rows = Certificate.objects.filter(
        _valid_on(on), holder_id__in=list(holder_ids), programme_id__in=programme_ids
    ).values_list("holder_id", "programme_id")
    held: dict[int, set[int]] = {}
    for holder_id, programme_id in rows:
        held.setdefault(holder_id, set()).add(programme_id)
    return held


def certificate_get_for_holder(*, holder: User, pk: int) -> Certificate | None:
    if not holder.is_authenticated:
        return None
    return _with_details(Certificate.objects.filter(holder=holder, pk=pk)).first()


def certificates_past_expiry() -> QuerySet[Certificate]:
    return Certificate.objects.filter(status=CertificateStatus.ACTIVE, expires_on__lt=timezone.localdate())


def certificates_expiring_between(*, first: datetime.date, last: datetime.date) -> QuerySet[Certificate]:
    """Active certificates (not superseded) expiring from `first` to `last`, with what a reminder e-mail shows."""
    courses = ProgrammeCourse.objects.select_related("course").order_by("sort_order")
    return (
        Certificate.objects.filter(
            status=CertificateStatus.ACTIVE, expires_on__range=(first, last), superseded_by__isnull=True
        )
        .select_related("holder", "programme", "programme__network", "programme__renewal_course")
        .prefetch_related(Prefetch("programme__programme_courses", queryset=courses))
        .order_by("expires_on", "pk")
    )


def leaders_of_holder(*, holder: User, network_id: int) -> QuerySet[User]:
    """The leaders of the holder's organisations that belong to the network (not the holder themself)."""
    organisations = Organisation.objects.filter(memberships__user=holder, networks__id=network_id)
    return (
        User.objects.filter(memberships__role=Role.LEADER, memberships__organisation__in=organisations, is_active=True)
        .exclude(pk=holder.pk)
        .distinct()
        .order_by("pk")
    )


# --- for coordinators -------------------------------------------------------------------------------------------------


def programmes_coordinated_by(user: User) -> QuerySet[Programme]:
    if not user.is_authenticated:
        return Programme.objects.none()
    return Programme.objects.filter(network__coordinators=user).select_related("network").order_by("name")


def programme_get_for_coordinator(*, user: User, pk: int) -> Programme | None:
    return programmes_coordinated_by(user).filter(pk=pk).first()


def programme_certificates(*, programme: Programme) -> QuerySet[Certificate]:
    return (
        Certificate.objects.filter(programme=programme)
        .select_related("holder", "issued_by", "revoked_by")
        .order_by("holder__full_name", "-issued_at")
    )


def network_members(*, network_id: int) -> QuerySet[User]:
    """People who belong to one of the network's organisations: who may be certified by hand."""
    return (
        User.objects.filter(memberships__organisation__networks__id=network_id, is_active=True)
        .distinct()
        .order_by("full_name", "email")
    )


def dashboard_certificates(*, user: User) -> tuple[list[Certificate], list[Programme]]:
    """The person's certificates and the programmes they coordinate, for the dashboard panel: one query for someone
    with neither (most people), two otherwise."""
    if not user.is_authenticated:
        return [], []
    own = Certificate.objects.filter(holder=user).order_by("-issued_at")
    programmes = list(
        Programme.objects.filter(Q(network__coordinators=user) | Q(certificates__holder=user))
        .distinct()
        .select_related("network")
        .annotate(coordinated=coordinates(user=user, network="network_id"))
        .prefetch_related(Prefetch("certificates", queryset=own, to_attr="own_certificates"))
        .order_by("name")
    )
    certificates = sorted(
        (certificate for programme in programmes for certificate in programme.own_certificates),
        key=lambda certificate: certificate.issued_at,
        reverse=True,
    )
    return certificates, [programme for programme in programmes if programme.coordinated]
