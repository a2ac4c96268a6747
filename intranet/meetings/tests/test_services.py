from datetime import date, time, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from intranet.meetings import services
from intranet.meetings.models import RSVP, ActionStatus, Answer, NetworkMeetingSettings
from intranet.meetings.selectors import open_actions_before
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import OrganisationFactory, member

from .factories import NetworkMeetingFactory

pytestmark = pytest.mark.django_db


def meeting_data(**overrides):
    starts_at, ends_at = services.meeting_times(
        day=date(2030, 5, 14), start=time(10), end=time(13), time_zone="Africa/Casablanca"
    )
    return {
        "title": "Réunion du réseau",
        "address": "Tanger",
        "starts_at": starts_at,
        "ends_at": ends_at,
        "time_zone": "Africa/Casablanca",
        "languages": "fr,ar",
    } | overrides


def test_coordinator_schedules_a_meeting_in_its_own_time_zone(network, network_coordinator, organisation):
    meeting = services.meeting_create(
        network=network, created_by=network_coordinator, data=meeting_data(host_organisation=organisation)
    )
    assert meeting.starts_at.astimezone(meeting.zone).hour == 10
    assert meeting.starts_at.utcoffset().total_seconds() == 3600  # Casablanca is UTC+1 outside Ramadan
    assert len(meeting.language_list) == 2
    assert meeting.agenda_items.count() == 0


def test_end_before_start_is_the_next_day():
    starts_at, ends_at = services.meeting_times(
        day=date(2030, 5, 14), start=time(22), end=time(1), time_zone="Europe/Copenhagen"
    )
    assert ends_at - starts_at == timedelta(hours=3)


def test_a_member_cannot_schedule(network, leader):
    with pytest.raises(PermissionDenied):
        services.meeting_create(network=network, created_by=leader, data=meeting_data())


def test_a_meeting_needs_a_place_or_a_link(network, network_coordinator):
    with pytest.raises(ValidationError):
        services.meeting_create(network=network, created_by=network_coordinator, data=meeting_data(address=""))
    meeting = services.meeting_create(
        network=network,
        created_by=network_coordinator,
        data=meeting_data(address="", online_url="https://meet.example.org/x"),
    )
    assert meeting.pk


def test_the_host_must_belong_to_the_network(network, network_coordinator):
    with pytest.raises(ValidationError):
        services.meeting_create(
            network=network, created_by=network_coordinator, data=meeting_data(host_organisation=OrganisationFactory())
        )


def test_new_meetings_get_the_dilemma_of_the_day_with_the_chosen_presenter(network, network_coordinator, organisation):
    services.meeting_settings_update(
        network=network, updated_by=network_coordinator, dilemma_of_the_day=True, dilemma_minutes=25
    )
    meeting = services.meeting_create(
        network=network, created_by=network_coordinator, data=meeting_data(), dilemma_presenter=organisation
    )
    item = services.agenda_item_add(meeting=meeting, added_by=network_coordinator, title="Budget", duration_minutes=30)
    dilemma, budget = meeting.agenda_items.all()
    assert dilemma.is_dilemma and dilemma.presenter == organisation and dilemma.duration_minutes == 25
    assert budget == item and item.order == 1


def test_without_the_setting_no_dilemma(network, network_coordinator):
    NetworkMeetingSettings.objects.create(network=network, dilemma_of_the_day=False)
    meeting = services.meeting_create(network=network, created_by=network_coordinator, data=meeting_data())
    assert not meeting.agenda_items.exists()


def test_member_answers_for_themselves_and_can_change_the_answer(meeting, volunteer):
    services.rsvp_answer(meeting=meeting, answered_by=volunteer, answer=Answer.YES, dietary_needs="Vegetar")
    services.rsvp_answer(meeting=meeting, answered_by=volunteer, answer=Answer.NO)
    rsvp = RSVP.objects.get(meeting=meeting, user=volunteer)
    assert rsvp.answer == Answer.NO and rsvp.people == 0


def test_leader_answers_for_the_organisation(meeting, leader, organisation):
    rsvp = services.rsvp_answer(
        meeting=meeting, answered_by=leader, organisation=organisation, answer=Answer.YES, people=4
    )
    assert rsvp.organisation == organisation and rsvp.user is None and rsvp.people == 4
    services.rsvp_answer(meeting=meeting, answered_by=leader, organisation=organisation, answer=Answer.MAYBE, people=2)
    assert RSVP.objects.filter(meeting=meeting, organisation=organisation).count() == 1


def test_volunteer_cannot_answer_for_the_organisation(meeting, volunteer, organisation):
    with pytest.raises(PermissionDenied):
        services.rsvp_answer(meeting=meeting, answered_by=volunteer, organisation=organisation, answer=Answer.YES)


def test_leader_of_an_organisation_outside_the_network_cannot_answer_for_it(meeting, outsider):
    other = outsider.organisations.get()
    with pytest.raises(PermissionDenied):
        services.rsvp_answer(meeting=meeting, answered_by=outsider, organisation=other, answer=Answer.YES)
    with pytest.raises(PermissionDenied):
        services.rsvp_answer(meeting=meeting, answered_by=outsider, answer=Answer.YES)


def test_minutes_and_action_items(meeting, network_coordinator, organisation, leader):
    services.minutes_save(meeting=meeting, updated_by=network_coordinator, text="Referat", decisions="Besluttet")
    services.minutes_save(meeting=meeting, updated_by=network_coordinator, text="Referat 2", decisions="")
    meeting.refresh_from_db()
    assert meeting.minutes.text == "Referat 2"
    item = services.action_item_add(
        meeting=meeting, added_by=network_coordinator, title="Send invitationer", owner_organisation=organisation
    )
    services.action_item_set_status(item=item, changed_by=leader, status=ActionStatus.DONE)
    item.refresh_from_db()
    assert item.status == ActionStatus.DONE


def test_a_member_cannot_write_minutes_or_mark_others_actions(meeting, network_coordinator, volunteer):
    with pytest.raises(PermissionDenied):
        services.minutes_save(meeting=meeting, updated_by=volunteer, text="x", decisions="")
    item = services.action_item_add(meeting=meeting, added_by=network_coordinator, title="x")
    with pytest.raises(PermissionDenied):
        services.action_item_set_status(item=item, changed_by=volunteer, status=ActionStatus.DONE)


def test_open_actions_follow_to_the_next_meeting_until_done(network, network_coordinator, meeting):
    next_meeting = NetworkMeetingFactory(network=network, starts_at=meeting.starts_at + timedelta(days=30))
    open_item = services.action_item_add(meeting=meeting, added_by=network_coordinator, title="Åben")
    done_item = services.action_item_add(meeting=meeting, added_by=network_coordinator, title="Færdig")
    services.action_item_set_status(item=done_item, changed_by=network_coordinator, status=ActionStatus.DONE)
    assert list(open_actions_before(meeting=next_meeting)) == [open_item]
    assert not open_actions_before(meeting=meeting).exists()


def test_a_member_can_be_in_the_network_through_any_organisation(meeting, network):
    second = OrganisationFactory()
    network.organisations.add(second)
    person = member(second, Role.MEMBER)
    assert services.rsvp_answer(meeting=meeting, answered_by=person, answer=Answer.MAYBE).answer == Answer.MAYBE
