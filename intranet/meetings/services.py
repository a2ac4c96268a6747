"""Writes for network meetings: scheduling, agenda, RSVPs, minutes and reminders."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from intranet.organisations.models import Membership, Network, NetworkCoordinator, Organisation, Role, User

from .models import (
    RSVP,
    ActionItem,
    ActionStatus,
    AgendaItem,
    Answer,
    MeetingReminder,
    Minutes,
    NetworkMeeting,
    NetworkMeetingSettings,
    ReminderKind,
)

REMINDER_OFFSETS = {ReminderKind.WEEK: timedelta(days=7), ReminderKind.DAY: timedelta(days=1)}


def _require_coordinator(*, user: User, network: Network) -> None:
    if not NetworkCoordinator.objects.filter(user=user, network=network).exists():
        raise PermissionDenied


def meeting_times(*, day: date, start: time, end: time, time_zone: str) -> tuple[datetime, datetime]:
    """Aware start and end from wall-clock times in `time_zone` (an end before the start is the next day)."""
    zone = ZoneInfo(time_zone)
    starts_at = datetime.combine(day, start, tzinfo=zone)
    ends_at = datetime.combine(day, end, tzinfo=zone)
    if ends_at <= starts_at:
        ends_at = datetime.combine(day + timedelta(days=1), end, tzinfo=zone)
    return starts_at, ends_at


def _meeting_validate(meeting: NetworkMeeting) -> None:
    if not (meeting.address or meeting.online_url):
        raise ValidationError(_("Give a place, an online link or both."), code="no_place")
    if (
        meeting.host_organisation_id
        and not meeting.network.organisations.filter(pk=meeting.host_organisation_id).exists()
    ):
        raise ValidationError({"host_organisation": _("The host must be a member organisation of the network.")})
    meeting.full_clean(exclude=["network"])


@transaction.atomic
def meeting_create(
    *, network: Network, created_by: User, data: dict, dilemma_presenter: Organisation | None = None
) -> NetworkMeeting:
    """A coordinator schedules a meeting; with the network's setting it gets the dilemma of the day as first item."""
    _require_coordinator(user=created_by, network=network)
    meeting = NetworkMeeting(network=network, created_by=created_by, **data)
    _meeting_validate(meeting)
    meeting.save()
    meeting_settings = NetworkMeetingSettings.objects.filter(network=network).first()
    if meeting_settings and meeting_settings.dilemma_of_the_day:
        AgendaItem.objects.create(
            meeting=meeting,
            title=_("Dilemma of the day"),
            presenter=dilemma_presenter,
            duration_minutes=meeting_settings.dilemma_minutes,
            order=0,
            is_dilemma=True,
        )
    return meeting


@transaction.atomic
def meeting_update(*, meeting: NetworkMeeting, updated_by: User, data: dict) -> NetworkMeeting:
    _require_coordinator(user=updated_by, network=meeting.network)
    for field, value in data.items():
        setattr(meeting, field, value)
    _meeting_validate(meeting)
    meeting.save()
    return meeting


@transaction.atomic
def meeting_settings_update(*, network: Network, updated_by: User, dilemma_of_the_day: bool, dilemma_minutes: int = 20):
    _require_coordinator(user=updated_by, network=network)
    settings_, _created = NetworkMeetingSettings.objects.update_or_create(
        network=network, defaults={"dilemma_of_the_day": dilemma_of_the_day, "dilemma_minutes": dilemma_minutes}
    )
    return settings_


@transaction.atomic
def agenda_item_add(
    *, meeting: NetworkMeeting, added_by: User, title: str, duration_minutes: int, presenter: Organisation | None = None
) -> AgendaItem:
    _require_coordinator(user=added_by, network=meeting.network)
    last = meeting.agenda_items.order_by("-order").values_list("order", flat=True).first()
    item = AgendaItem(
        meeting=meeting,
        title=title,
        presenter=presenter,
        duration_minutes=duration_minutes,
        order=0 if last is None else last + 1,
    )
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def agenda_item_update(*, item: AgendaItem, updated_by: User, data: dict) -> AgendaItem:
    _require_coordinator(user=updated_by, network=item.meeting.network)
    for field, value in data.items():
        setattr(item, field, value)
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def agenda_reorder(*, meeting: NetworkMeeting, ordered_ids: list[int], updated_by: User) -> list[AgendaItem]:
    """Give the meeting's agenda items the order of `ordered_ids` (0..n-1) and return them in that order.

    `ordered_ids` must be exactly the meeting's item ids: when an item was added or removed since the coordinator
    loaded the page, applying the old list would silently drop or misplace it, so nothing is written.
    """
    _require_coordinator(user=updated_by, network=meeting.network)
    # Locked, so two coordinators reordering at once are applied one after the other, each checked on its own.
    items = {item.pk: item for item in AgendaItem.objects.select_for_update().filter(meeting=meeting)}
    if len(ordered_ids) != len(items) or set(ordered_ids) != items.keys():
        raise ValidationError(
            _("The agenda changed while you were reordering it. Nothing was moved; try again."), code="agenda_changed"
        )
    ordered = [items[pk] for pk in ordered_ids]
    for position, item in enumerate(ordered):
        item.order = position
    AgendaItem.objects.bulk_update(ordered, ["order"])
    return ordered


@transaction.atomic
def agenda_item_delete(*, item: AgendaItem, deleted_by: User) -> None:
    _require_coordinator(user=deleted_by, network=item.meeting.network)
    item.delete()


@transaction.atomic
def rsvp_answer(
    *,
    meeting: NetworkMeeting,
    answered_by: User,
    answer: str,
    people: int = 1,
    dietary_needs: str = "",
    organisation: Organisation | None = None,
) -> RSVP:
    """Answer for oneself, or (a leader of a member organisation only) for the organisation."""
    answer = Answer(answer)
    if organisation is None:
        is_member = Membership.objects.filter(user=answered_by, organisation__networks=meeting.network_id).exists()
        if (
            not is_member
            and not NetworkCoordinator.objects.filter(user=answered_by, network_id=meeting.network_id).exists()
        ):
            raise PermissionDenied
        lookup = {"meeting": meeting, "user": answered_by}
    else:
        is_leader = Membership.objects.filter(
            user=answered_by, organisation=organisation, role=Role.LEADER, organisation__networks=meeting.network_id
        ).exists()
        if not is_leader:
            raise PermissionDenied
        lookup = {"meeting": meeting, "organisation": organisation}
    if people < 0 or people > 500:
        raise ValidationError({"people": _("Give a number of people between 0 and 500.")})
    rsvp, _created = RSVP.objects.update_or_create(
        **lookup,
        defaults={
            "answer": answer,
            "people": 0 if answer == Answer.NO else people,
            "dietary_needs": dietary_needs,
            "answered_by": answered_by,
        },
    )
    return rsvp


@transaction.atomic
def minutes_save(*, meeting: NetworkMeeting, updated_by: User, text: str, decisions: str) -> Minutes:
    _require_coordinator(user=updated_by, network=meeting.network)
    minutes, _created = Minutes.objects.update_or_create(
        meeting=meeting, defaults={"text": text, "decisions": decisions, "updated_by": updated_by}
    )
    return minutes


@transaction.atomic
def action_item_add(
    *,
    meeting: NetworkMeeting,
    added_by: User,
    title: str,
    owner_organisation: Organisation | None = None,
    owner_person: str = "",
    due_date: date | None = None,
) -> ActionItem:
    _require_coordinator(user=added_by, network=meeting.network)
    item = ActionItem(
        meeting=meeting,
        title=title,
        owner_organisation=owner_organisation,
        owner_person=owner_person,
        due_date=due_date,
    )
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def action_item_set_status(*, item: ActionItem, changed_by: User, status: str) -> ActionItem:
    """Coordinators, and leaders of the owner organisation, mark an action done or open again."""
    is_owner_leader = (
        item.owner_organisation_id
        and Membership.objects.filter(
            user=changed_by, organisation_id=item.owner_organisation_id, role=Role.LEADER
        ).exists()
    )
    if not is_owner_leader:
        _require_coordinator(user=changed_by, network=item.meeting.network)
    item.status = ActionStatus(status)
    item.save(update_fields=["status"])
    return item


# --- reminders ------------------------------------------------------------------------------------------------------


def reminder_kind_due(*, meeting: NetworkMeeting, now: datetime | None = None) -> str | None:
    """Which reminder is due now: the week one from 7 days before until the day one takes over 1 day before."""
    now = now or timezone.now()
    if meeting.starts_at <= now:
        return None
    if now >= meeting.starts_at - REMINDER_OFFSETS[ReminderKind.DAY]:
        return ReminderKind.DAY
    if now >= meeting.starts_at - REMINDER_OFFSETS[ReminderKind.WEEK]:
        return ReminderKind.WEEK
    return None


def meeting_reminder_record(*, meeting: NetworkMeeting, user: User, kind: str) -> bool:
    """Record that `user` is reminded of `meeting`; False when it was already sent (the unique constraint decides)."""
    try:
        with transaction.atomic():
            MeetingReminder.objects.create(meeting=meeting, user=user, kind=kind)
    except IntegrityError:
        return False
    return True


def meetings_needing_reminders(*, now: datetime | None = None):
    now = now or timezone.now()
    return NetworkMeeting.objects.filter(starts_at__gt=now, starts_at__lte=now + REMINDER_OFFSETS[ReminderKind.WEEK])
