"""Reads for network meetings: querysets carrying the joins their pages need."""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from intranet.organisations.models import Membership, NetworkCoordinator, Organisation, Role, User
from intranet.organisations.selectors import coordinates, networks_visible_to

from .models import RSVP, ActionItem, ActionStatus, AgendaItem, Answer, NetworkMeeting


def meetings_visible_to(user: User) -> QuerySet[NetworkMeeting]:
    """Meetings of the networks `user` coordinates or belongs to through an organisation."""
    if not user.is_authenticated:
        return NetworkMeeting.objects.none()
    return NetworkMeeting.objects.filter(network__in=networks_visible_to(user).values("pk"))


def meeting_get_for_user(*, user: User, pk: int) -> NetworkMeeting:
    """The meeting with what its page needs, or 404 when it does not exist or `user` may not see it."""
    meeting = (
        meetings_visible_to(user)
        .annotate(user_coordinates=coordinates(user=user, network="network_id"))
        .select_related("network", "host_organisation", "minutes")
        .prefetch_related(
            Prefetch("agenda_items", queryset=AgendaItem.objects.select_related("presenter").order_by("order", "pk"))
        )
        .filter(pk=pk)
        .first()
    )
    if meeting is None:
        raise Http404
    return meeting


def user_coordinates(*, user: User, network_id: int) -> bool:
    return user.is_authenticated and NetworkCoordinator.objects.filter(user=user, network_id=network_id).exists()


def meetings_for_network(*, network, upcoming: bool | None = None) -> QuerySet[NetworkMeeting]:
    meetings = network.meetings.select_related("host_organisation")
    now = timezone.now()
    if upcoming is True:
        return meetings.filter(ends_at__gte=now).order_by("starts_at")
    if upcoming is False:
        return meetings.filter(ends_at__lt=now).order_by("-starts_at")
    return meetings.order_by("-starts_at")


@dataclass
class ScheduledItem:
    item: AgendaItem
    starts_at: datetime
    ends_at: datetime


def agenda_schedule(*, meeting: NetworkMeeting) -> list[ScheduledItem]:
    """Agenda items with start and end computed from the durations, as aware datetimes.

    Arithmetic is done on absolute time, so an item that spans a daylight-saving change keeps its real
    length; templates show the result in the meeting's zone and in the reader's.
    """
    # In UTC: Python adds a timedelta to a datetime in a named zone by the wall clock, which is wrong across DST.
    schedule, starts_at = [], meeting.starts_at.astimezone(UTC)
    for item in meeting.agenda_items.all():
        ends_at = starts_at + item.duration
        schedule.append(ScheduledItem(item=item, starts_at=starts_at, ends_at=ends_at))
        starts_at = ends_at
    return schedule


def meeting_rsvps(*, meeting: NetworkMeeting) -> QuerySet[RSVP]:
    return meeting.rsvps.select_related("user", "organisation", "answered_by").order_by(
        "organisation__name", "user__full_name"
    )


def rsvp_for(*, meeting: NetworkMeeting, user: User) -> RSVP | None:
    if not user.is_authenticated:
        return None
    return RSVP.objects.filter(meeting=meeting, user=user).first()


def organisations_user_leads_in_network(*, user: User, network_id: int) -> QuerySet[Organisation]:
    return Organisation.objects.filter(
        networks=network_id, memberships__user=user, memberships__role=Role.LEADER
    ).order_by("name")


def rsvp_counts_per_organisation(*, meeting: NetworkMeeting) -> QuerySet[Organisation]:
    """The network's organisations with the organisation's own answer (people) and how many members said yes/maybe."""

    def organisation_people(answer):
        answers = RSVP.objects.filter(meeting=meeting, organisation=OuterRef("pk"), answer=answer)
        return Subquery(answers.values("people")[:1])

    def members(answer):
        answers = (
            RSVP.objects.filter(meeting=meeting, answer=answer, user__memberships__organisation=OuterRef("pk"))
            .order_by()
            .values("meeting")
            .annotate(people=Count("user", distinct=True))
        )
        return Coalesce(Subquery(answers.values("people")[:1]), 0)

    return meeting.network.organisations.annotate(
        org_yes=organisation_people(Answer.YES),
        org_maybe=organisation_people(Answer.MAYBE),
        members_yes=members(Answer.YES),
        members_maybe=members(Answer.MAYBE),
    ).order_by("name")


def meeting_actions(*, meeting: NetworkMeeting) -> tuple[list[ActionItem], list[ActionItem]]:
    """(this meeting's action items, open ones from the network's earlier meetings), in one query."""
    items = (
        ActionItem.objects.filter(meeting__network_id=meeting.network_id)
        .filter(Q(meeting=meeting) | Q(meeting__starts_at__lt=meeting.starts_at, status=ActionStatus.OPEN))
        .select_related("meeting", "owner_organisation")
        .order_by("due_date", "pk")
    )
    own, earlier = [], []
    for item in items:
        (own if item.meeting_id == meeting.pk else earlier).append(item)
    return own, earlier


def open_actions_before(*, meeting: NetworkMeeting) -> QuerySet[ActionItem]:
    """Action items from the network's earlier meetings that are still open: they follow to the next meeting."""
    return ActionItem.objects.filter(
        meeting__network_id=meeting.network_id, meeting__starts_at__lt=meeting.starts_at, status=ActionStatus.OPEN
    ).select_related("meeting", "owner_organisation")


def upcoming_meetings_for_user(*, user: User, limit: int = 5) -> list[NetworkMeeting]:
    """The person's next meetings, each with `my_rsvp` (their own answer or None): two queries."""
    meetings = list(
        meetings_visible_to(user)
        .filter(ends_at__gte=timezone.now())
        .select_related("network")
        .prefetch_related(Prefetch("rsvps", queryset=RSVP.objects.filter(user=user), to_attr="my_rsvps"))
        .order_by("starts_at")[:limit]
    )
    for meeting in meetings:
        meeting.my_rsvp = meeting.my_rsvps[0] if meeting.my_rsvps else None
    return meetings


def meeting_attendees_for_reminder(*, meeting: NetworkMeeting) -> QuerySet[User]:
    """People who answered yes or maybe for themselves."""
    return User.objects.filter(
        meeting_rsvps__meeting=meeting, meeting_rsvps__answer__in=[Answer.YES, Answer.MAYBE], is_active=True
    ).distinct()


def member_of_network(*, user: User, network_id: int) -> bool:
    return Membership.objects.filter(user=user, organisation__networks=network_id).exists()
