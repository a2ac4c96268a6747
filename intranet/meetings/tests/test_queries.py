"""Query counts: the meeting page costs the same whatever the number of agenda items and answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intranet.meetings import services
from intranet.meetings.models import Answer
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, coordinator, member

from .factories import AgendaItemFactory, NetworkMeetingFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10


def meeting_with(rsvps: int, items: int):
    network = NetworkFactory()
    organisations = OrganisationFactory.create_batch(4)
    network.organisations.add(*organisations)
    meeting = NetworkMeetingFactory(network=network, host_organisation=organisations[0])
    for order in range(items):
        AgendaItemFactory(meeting=meeting, order=order, presenter=organisations[order % 4])
    answers = (Answer.YES, Answer.MAYBE, Answer.NO)
    for index in range(rsvps):
        person = member(organisations[index % 4], Role.LEADER if index < 4 else Role.MEMBER)
        services.rsvp_answer(meeting=meeting, answered_by=person, answer=answers[index % 3])
        if index < 4:
            services.rsvp_answer(
                meeting=meeting, answered_by=person, organisation=organisations[index], answer=Answer.YES, people=3
            )
    reader = member(organisations[0], Role.LEADER)
    chair = coordinator(network)
    previous = NetworkMeetingFactory(
        network=network, starts_at=meeting.starts_at.replace(year=meeting.starts_at.year - 1)
    )
    for _index in range(max(1, items // 2)):
        services.action_item_add(meeting=previous, added_by=chair, title="x", owner_organisation=organisations[1])
        services.action_item_add(meeting=meeting, added_by=chair, title="y", owner_organisation=organisations[2])
    return meeting, reader, chair


def queries_for(client, user, url) -> int:
    client.force_login(user)
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("who", ["leader", "coordinator"])
def test_meeting_page_costs_the_same_at_10x_the_rows(client, django_assert_max_num_queries, who):
    small, small_leader, small_chair = meeting_with(rsvps=40, items=6)
    large, large_leader, large_chair = meeting_with(rsvps=400, items=60)
    small_user, large_user = (small_leader, large_leader) if who == "leader" else (small_chair, large_chair)
    small_count = queries_for(client, small_user, f"/da/meetings/{small.pk}/")
    large_count = queries_for(client, large_user, f"/da/meetings/{large.pk}/")
    assert small_count == large_count
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(f"/da/meetings/{large.pk}/")
    assert response.content.decode().count("<tr") >= 60


def test_attendee_list_costs_the_same_at_10x_the_rows(client, django_assert_max_num_queries):
    small, _leader, small_chair = meeting_with(rsvps=40, items=1)
    large, _leader, large_chair = meeting_with(rsvps=400, items=1)
    small_count = queries_for(client, small_chair, f"/da/meetings/{small.pk}/attendees/")
    assert small_count == queries_for(client, large_chair, f"/da/meetings/{large.pk}/attendees/")
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(f"/da/meetings/{large.pk}/attendees/")


def test_network_meetings_and_dashboard_cost_the_same(client, django_assert_max_num_queries):
    small, small_leader, _chair = meeting_with(rsvps=4, items=1)
    large, large_leader, _chair = meeting_with(rsvps=4, items=1)
    for _index in range(30):
        NetworkMeetingFactory(network=large.network, host_organisation=large.host_organisation)
    assert queries_for(client, small_leader, f"/da/networks/{small.network.slug}/meetings/") == queries_for(
        client, large_leader, f"/da/networks/{large.network.slug}/meetings/"
    )
    assert queries_for(client, small_leader, "/da/dashboard/") == queries_for(client, large_leader, "/da/dashboard/")
