"""Reads for volunteer requests: who may see and answer them, and querysets carrying the joins their pages need."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import (
    Count,
    DecimalField,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from certification.models import Programme, ProgrammeCourse
from certification.selectors import valid_certificates
from intranet.organisations.models import Membership, Network, NetworkCoordinator, Organisation, Role, User
from intranet.organisations.selectors import coordinates, networks_visible_to
from intranet.textsearch import normalise

from .models import (
    LIVE_RESPONSE_STATUSES,
    HoursEntry,
    HoursStatus,
    RequestStatus,
    ResponseStatus,
    VolunteerRequest,
    VolunteerResponse,
)

ZERO_HOURS = Value(Decimal("0"), output_field=DecimalField(max_digits=10, decimal_places=1))


def taking_responses(prefix: str = "") -> Q:
    """Requests that take responses today: open, and not past their end date (`prefix` reaches the request from
    another model, e.g. "volunteer_requests__")."""
    return Q(**{f"{prefix}status": RequestStatus.OPEN}) & (
        Q(**{f"{prefix}ends_on__isnull": True}) | Q(**{f"{prefix}ends_on__gte": timezone.localdate()})
    )


# --- who may do what ----------------------------------------------------------------------------------------------


def leads(*, user: User, organisation_id: int) -> bool:
    return (
        user.is_authenticated
        and Membership.objects.filter(user=user, organisation_id=organisation_id, role=Role.LEADER).exists()
    )


def belongs_to_network(*, user: User, network_id: int) -> bool:
    """Member of one of the network's organisations (coordinators alone are not volunteers of it)."""
    return (
        user.is_authenticated and Membership.objects.filter(user=user, organisation__networks__id=network_id).exists()
    )


def volunteering_network_get(*, user: User, slug: str) -> Network:
    """The network if `user` belongs to it or coordinates it, with `is_coordinator`; 404 otherwise."""
    if not user.is_authenticated:
        raise Http404
    network = (
        Network.objects.filter(pk__in=networks_visible_to(user).values("pk"), slug=slug)
        .annotate(is_coordinator=coordinates(user=user))
        .first()
    )
    if network is None:
        raise Http404
    return network


def volunteering_networks_for(*, user: User) -> QuerySet[Network]:
    """The person's networks, each with `open_request_count`."""
    return (
        Network.objects.filter(pk__in=networks_visible_to(user).values("pk"))
        .annotate(
            open_request_count=Count(
                "volunteer_requests", filter=taking_responses("volunteer_requests__"), distinct=True
            )
        )
        .order_by("name")
    )


def organisations_led_by(*, user: User) -> QuerySet[Organisation]:
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(memberships__user=user, memberships__role=Role.LEADER).order_by("name")


def led_organisation_get(*, user: User, slug: str) -> Organisation | None:
    return organisations_led_by(user=user).filter(slug=slug).prefetch_related("networks").first()


# --- certificates -------------------------------------------------------------------------------------------------


def valid_programme_ids(*, user: User, on: datetime.date | None = None) -> set[int]:
    """The programmes `user` holds a valid certificate of on `on` (today), in one query."""
    return set(valid_certificates(holder=user, on=on).values_list("programme_id", flat=True))


def programmes_with_courses() -> Prefetch:
    """Prefetch a request's required programmes with their courses in order, to say which course leads to each."""
    courses = ProgrammeCourse.objects.select_related("course").order_by("sort_order")
    return Prefetch(
        "required_programmes",
        queryset=Programme.objects.prefetch_related(Prefetch("programme_courses", queryset=courses)).order_by("name"),
    )


@dataclass
class Eligibility:
    """Whether `user` may respond to a request now, and if not, why."""

    can_respond: bool
    reason: str = ""  # "closed", "not_member", "responded", "certificates"
    missing: list[Programme] = field(default_factory=list)


def eligibility(
    *,
    user: User,
    volunteer_request: VolunteerRequest,
    held_programme_ids: set[int],
    is_member: bool,
    live_response: VolunteerResponse | None = None,
    today: datetime.date | None = None,
) -> Eligibility:
    """Pure: the caller has read the person's valid programmes, membership and live response already.
    The request's `required_programmes` should be prefetched. A request whose end date has passed is closed."""
    today = today or timezone.localdate()
    missing = [
        programme for programme in volunteer_request.required_programmes.all() if programme.pk not in held_programme_ids
    ]
    if live_response is not None:
        return Eligibility(False, "responded", missing)
    if volunteer_request.status != RequestStatus.OPEN or (
        volunteer_request.ends_on is not None and volunteer_request.ends_on < today
    ):
        return Eligibility(False, "closed", missing)
    if not is_member:
        return Eligibility(False, "not_member", missing)
    if missing:
        return Eligibility(False, "certificates", missing)
    return Eligibility(True)


# --- requests -----------------------------------------------------------------------------------------------------


def network_requests(*, network: Network) -> QuerySet[VolunteerRequest]:
    return (
        VolunteerRequest.objects.filter(network=network)
        .select_related("organisation", "network")
        .prefetch_related("required_programmes")
    )


def requests_search(
    *,
    network: Network,
    user: User,
    kind: str = "",
    city: str = "",
    language: str = "",
    mode: str = "",
    programme: Programme | None = None,
    text: str = "",
    eligible_only: bool = False,
    include_closed: bool = False,
    held_programme_ids: set[int] | None = None,
) -> QuerySet[VolunteerRequest]:
    """The network's requests matching every filter, soonest first, each with `accepted_count` and
    `has_responded` (the viewer has a waiting or accepted response).

    `eligible_only` keeps the requests whose required certificates the viewer holds (`held_programme_ids`).
    """
    requests = network_requests(network=network)
    if not include_closed:
        requests = requests.filter(taking_responses())
    if kind:
        requests = requests.filter(kind=kind)
    if city:
        requests = requests.filter(city__iexact=city)
    if language:
        requests = requests.filter(languages__contains=f" {language} ")
    if mode:
        requests = requests.filter(mode__in=[mode, "both"])
    if programme is not None:
        requests = requests.filter(required_programmes=programme)
    for word in normalise(text).split():
        requests = requests.filter(search_text__icontains=word)
    if eligible_only:
        requests = requests.exclude(
            Exists(
                VolunteerRequest.required_programmes.through.objects.filter(volunteerrequest_id=OuterRef("pk")).exclude(
                    programme_id__in=held_programme_ids or set()
                )
            )
        )
    return requests.annotate(
        accepted_count=Count("responses", filter=Q(responses__status=ResponseStatus.ACCEPTED), distinct=True),
        has_responded=Exists(
            VolunteerResponse.objects.filter(request=OuterRef("pk"), volunteer=user, status__in=LIVE_RESPONSE_STATUSES)
        ),
    ).order_by("starts_on", "pk")


def network_request_get(*, network: Network, pk: int) -> VolunteerRequest:
    volunteer_request = (
        network_requests(network=network)
        # The programmes again, with their courses: one lookup cannot be prefetched twice with different querysets.
        .prefetch_related(None)
        .prefetch_related(programmes_with_courses())
        .annotate(accepted_count=Count("responses", filter=Q(responses__status=ResponseStatus.ACCEPTED), distinct=True))
        .filter(pk=pk)
        .first()
    )
    if volunteer_request is None:
        raise Http404
    return volunteer_request


def live_response_of(*, user: User, volunteer_request: VolunteerRequest) -> VolunteerResponse | None:
    if not user.is_authenticated:
        return None
    return (
        VolunteerResponse.objects.filter(request=volunteer_request, volunteer=user, status__in=LIVE_RESPONSE_STATUSES)
        .prefetch_related(Prefetch("hours_entries", queryset=HoursEntry.objects.order_by("-date", "-pk")))
        .first()
    )


def organisation_requests(*, organisation: Organisation) -> QuerySet[VolunteerRequest]:
    """The organisation's requests, newest first, with counts of waiting and accepted responses and of hours to
    confirm."""
    return (
        VolunteerRequest.objects.filter(organisation=organisation)
        .select_related("network")
        .annotate(
            pending_count=Count("responses", filter=Q(responses__status=ResponseStatus.PENDING), distinct=True),
            accepted_count=Count("responses", filter=Q(responses__status=ResponseStatus.ACCEPTED), distinct=True),
            hours_to_confirm=Count(
                "responses__hours_entries",
                filter=Q(responses__hours_entries__status=HoursStatus.PENDING),
                distinct=True,
            ),
        )
        .order_by("-created_at", "-pk")
    )


def request_responses(*, volunteer_request: VolunteerRequest) -> QuerySet[VolunteerResponse]:
    """Responses to a request with the volunteer, their hours, and the volunteer's confirmed hours in total."""
    return (
        VolunteerResponse.objects.filter(request=volunteer_request)
        .select_related("volunteer", "decided_by")
        .prefetch_related(Prefetch("hours_entries", queryset=HoursEntry.objects.order_by("-date", "-pk")))
        .annotate(
            confirmed_hours=Coalesce(
                Sum("hours_entries__hours", filter=Q(hours_entries__status=HoursStatus.CONFIRMED)), ZERO_HOURS
            )
        )
        .order_by("status", "created_at", "pk")
    )


def response_for_leader(*, user: User, pk: int) -> VolunteerResponse | None:
    """A response to a request of an organisation `user` leads."""
    if not user.is_authenticated:
        return None
    return (
        VolunteerResponse.objects.filter(
            pk=pk,
            request__organisation__memberships__user=user,
            request__organisation__memberships__role=Role.LEADER,
        )
        .select_related("request__organisation", "request__network", "volunteer")
        .prefetch_related("request__required_programmes")
        .first()
    )


def response_for_volunteer(*, user: User, pk: int) -> VolunteerResponse | None:
    if not user.is_authenticated:
        return None
    return (
        VolunteerResponse.objects.filter(pk=pk, volunteer=user)
        .select_related("request__organisation", "request__network")
        .first()
    )


def hours_entry_for_leader(*, user: User, pk: int) -> HoursEntry | None:
    if not user.is_authenticated:
        return None
    return (
        HoursEntry.objects.filter(
            pk=pk,
            response__request__organisation__memberships__user=user,
            response__request__organisation__memberships__role=Role.LEADER,
        )
        .select_related("response__request__organisation", "response__volunteer")
        .first()
    )


# --- the volunteer's profile --------------------------------------------------------------------------------------


@dataclass
class VolunteerProfile:
    person: User
    confirmed_hours: Decimal
    pending_hours: Decimal
    hours_by_organisation: list[dict]
    responses: list[VolunteerResponse]
    certificates: list


def volunteer_profile(*, person: User, today: datetime.date | None = None) -> VolunteerProfile:
    """Confirmed and waiting hours (in total and per organisation helped), the person's responses, and the
    certificates they hold valid today."""
    entries = HoursEntry.objects.filter(response__volunteer=person)
    totals = entries.aggregate(
        confirmed=Coalesce(Sum("hours", filter=Q(status=HoursStatus.CONFIRMED)), ZERO_HOURS),
        pending=Coalesce(Sum("hours", filter=Q(status=HoursStatus.PENDING)), ZERO_HOURS),
    )
    by_organisation = list(
        entries.filter(status=HoursStatus.CONFIRMED)
        .values("response__request__organisation__name", "response__request__organisation__slug")
        .annotate(hours=Sum("hours"))
        .order_by("-hours", "response__request__organisation__name")
    )
    responses = list(
        VolunteerResponse.objects.filter(volunteer=person)
        .select_related("request__organisation", "request__network")
        .annotate(
            confirmed_hours=Coalesce(
                Sum("hours_entries__hours", filter=Q(hours_entries__status=HoursStatus.CONFIRMED)), ZERO_HOURS
            )
        )
        .order_by("-created_at", "-pk")
    )
    certificates = list(
        valid_certificates(holder=person, on=today).select_related("programme__network").order_by("-issued_at")
    )
    return VolunteerProfile(
        person=person,
        confirmed_hours=totals["confirmed"],
        pending_hours=totals["pending"],
        hours_by_organisation=[
            {
                "name": row["response__request__organisation__name"],
                "slug": row["response__request__organisation__slug"],
                "hours": row["hours"],
            }
            for row in by_organisation
        ],
        responses=responses,
        certificates=certificates,
    )


def may_see_profile(*, viewer: User, person: User) -> bool:
    """The person themselves; leaders of an organisation the person responded to or belongs to; coordinators of a
    network the person belongs to."""
    if not viewer.is_authenticated:
        return False
    if viewer.pk == person.pk:
        return True
    led = Membership.objects.filter(user=viewer, role=Role.LEADER).values("organisation_id")
    coordinated = NetworkCoordinator.objects.filter(user=viewer).values("network_id")
    return (
        User.objects.filter(pk=person.pk)
        .filter(
            Q(volunteer_responses__request__organisation_id__in=led)
            | Q(memberships__organisation_id__in=led)
            | Q(memberships__organisation__networks__id__in=coordinated)
        )
        .exists()
    )


# --- give and get -------------------------------------------------------------------------------------------------


def give_and_get(*, network: Network) -> QuerySet[Organisation]:
    """Each organisation of the network with what it asks (open requests, confirmed hours received) and what it
    gives (confirmed hours its members gave other organisations' requests in the network, and what it offers in
    return on its requests). Organisations that neither give nor ask are included with zeros."""
    # No ordering: the model's default (by date) would join the GROUP BY of the sums below on PostgreSQL.
    confirmed = HoursEntry.objects.filter(status=HoursStatus.CONFIRMED, response__request__network=network).order_by()
    received = (
        confirmed.filter(response__request__organisation=OuterRef("pk"))
        .values("response__request__organisation")
        .annotate(total=Sum("hours"))
        .values("total")
    )
    given = (
        confirmed.filter(
            Exists(
                Membership.objects.filter(organisation=OuterRef(OuterRef("pk")), user=OuterRef("response__volunteer"))
            )
        )
        .exclude(response__request__organisation=OuterRef("pk"))
        .annotate(group=Value(1))
        .values("group")
        .annotate(total=Sum("hours"))
        .values("total")
    )
    own_requests = VolunteerRequest.objects.filter(network=network).order_by("-created_at")
    return (
        network.organisations.annotate(
            open_request_count=Count(
                "volunteer_requests",
                filter=Q(volunteer_requests__network=network) & taking_responses("volunteer_requests__"),
                distinct=True,
            ),
            hours_received=Coalesce(Subquery(received), ZERO_HOURS),
            hours_given=Coalesce(Subquery(given), ZERO_HOURS),
        )
        .prefetch_related(Prefetch("volunteer_requests", queryset=own_requests, to_attr="network_requests"))
        .order_by("name")
    )


# --- dashboard ----------------------------------------------------------------------------------------------------


def dashboard_summary(*, user: User) -> dict:
    """For the dashboard panel: the person's networks with open requests, their live responses, and for leaders
    the responses waiting for an answer and hours waiting for confirmation."""
    networks = list(volunteering_networks_for(user=user))
    if not networks:
        return {}
    live = list(
        VolunteerResponse.objects.filter(volunteer=user, status__in=LIVE_RESPONSE_STATUSES)
        .select_related("request__organisation", "request__network")
        .order_by("request__starts_on")[:5]
    )
    led = list(
        organisations_led_by(user=user).annotate(
            pending_responses=Count(
                "volunteer_requests__responses",
                filter=Q(volunteer_requests__responses__status=ResponseStatus.PENDING),
                distinct=True,
            ),
            hours_to_confirm=Count(
                "volunteer_requests__responses__hours_entries",
                filter=Q(volunteer_requests__responses__hours_entries__status=HoursStatus.PENDING),
                distinct=True,
            ),
        )
    )
    return {"networks": networks, "live_responses": live, "led_organisations": led, "today": timezone.localdate()}


# --- pages --------------------------------------------------------------------------------------------------------


def network_programmes_held(*, network: Network, user: User, on: datetime.date | None = None) -> list[Programme]:
    """The network's certificate programmes by name, each with `is_held` (the person holds a valid certificate of
    it on `on`, today), in one query. A request only requires programmes of its own network, so these answer
    `valid_programme_ids` for every request in the list."""
    held = valid_certificates(holder=user, on=on).filter(programme=OuterRef("pk"))
    return list(Programme.objects.filter(network=network).annotate(is_held=Exists(held)).order_by("name"))


def request_city_counts(*, requests: QuerySet[VolunteerRequest]) -> dict[str, int]:
    """How many of `requests` (a search without the city filter) are in each city, in one query: the city filter's
    choices and, summed, the number of results."""
    rows = (
        VolunteerRequest.objects.filter(pk__in=requests.values("pk"))
        .order_by()
        .values("city")
        .annotate(count=Count("pk"))
    )
    return {row["city"]: row["count"] for row in rows}


def organisations_led_in(*, user: User, network: Network) -> QuerySet[Organisation]:
    """The organisations of `network` the person leads (those they may post requests for)."""
    return organisations_led_by(user=user).filter(networks=network)


def organisation_request_get(*, organisation: Organisation, pk: int) -> VolunteerRequest | None:
    """One of the organisation's requests, for its leaders' pages."""
    return (
        VolunteerRequest.objects.filter(organisation=organisation, pk=pk)
        .select_related("organisation", "network")
        .prefetch_related("required_programmes")
        .first()
    )


def request_list_network_get(*, user: User, slug: str) -> Network:
    """`volunteering_network_get` with, in the same query, what the request list needs to offer a leader to post:
    `led_organisation_count` (organisations of the network the person leads) and `led_organisation_slug` (one of
    them). The list costs a query more only for the few who lead several organisations of the network."""
    if not user.is_authenticated:
        raise Http404
    led = Organisation.objects.filter(
        networks=OuterRef("pk"), memberships__user=user, memberships__role=Role.LEADER
    ).order_by()
    network = (
        Network.objects.filter(pk__in=networks_visible_to(user).values("pk"), slug=slug)
        .annotate(
            is_coordinator=coordinates(user=user),
            # COUNT as a plain function: one number for the whole subquery, without a GROUP BY.
            led_organisation_count=Subquery(
                led.annotate(total=Func(F("pk"), function="COUNT", output_field=IntegerField())).values("total")
            ),
            led_organisation_slug=Subquery(led.order_by("slug").values("slug")[:1]),
        )
        .first()
    )
    if network is None:
        raise Http404
    return network


def with_required_programme_flags(*, requests: QuerySet[VolunteerRequest], programmes) -> QuerySet[VolunteerRequest]:
    """`requests` annotated `requires_<pk>` for each of `programmes` (the network's), instead of prefetching each
    request's programmes: a list page then costs no query for them. Use `required_programmes_from_flags`."""
    through = VolunteerRequest.required_programmes.through
    return requests.prefetch_related(None).annotate(
        **{
            f"requires_{programme.pk}": Exists(
                through.objects.filter(volunteerrequest_id=OuterRef("pk"), programme_id=programme.pk)
            )
            for programme in programmes
        }
    )


def required_programmes_from_flags(*, volunteer_request: VolunteerRequest, programmes) -> list[Programme]:
    return [programme for programme in programmes if getattr(volunteer_request, f"requires_{programme.pk}", False)]


def confirmed_hours_by_volunteer(*, volunteer_ids) -> dict[int, Decimal]:
    """Each volunteer's confirmed hours for every organisation, in one query."""
    rows = (
        HoursEntry.objects.filter(response__volunteer_id__in=list(volunteer_ids), status=HoursStatus.CONFIRMED)
        .order_by()
        .values("response__volunteer_id")
        .annotate(total=Sum("hours"))
    )
    return {row["response__volunteer_id"]: row["total"] for row in rows}
