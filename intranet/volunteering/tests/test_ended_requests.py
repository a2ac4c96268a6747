"""A request whose end date has passed takes no more responses, leaves the list, and takes no hours after its end."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from intranet.volunteering import selectors, services

from . import factories


@pytest.fixture
def ended_request(organisation, leader):
    today = timezone.localdate()
    return factories.volunteer_request(
        organisation,
        leader=leader,
        starts_on=today - datetime.timedelta(days=10),
        ends_on=today - datetime.timedelta(days=1),
    )


def test_an_ended_request_refuses_responses(ended_request, volunteer):
    with pytest.raises(ValidationError) as error:
        services.volunteer_response_create(volunteer_request=ended_request, volunteer=volunteer)
    assert error.value.code == "closed"
    assert not ended_request.responses.exists()


def test_an_ended_request_was_answerable_on_its_last_day(ended_request, volunteer):
    response = services.volunteer_response_create(
        volunteer_request=ended_request, volunteer=volunteer, today=ended_request.ends_on
    )
    assert response.pk


def test_an_ended_request_leaves_the_list_and_its_counts(ended_request, open_request, network, volunteer):
    listed = list(selectors.requests_search(network=network, user=volunteer))
    assert listed == [open_request]
    everything = list(selectors.requests_search(network=network, user=volunteer, include_closed=True))
    assert ended_request in everything
    counts = {row.pk: row.open_request_count for row in selectors.volunteering_networks_for(user=volunteer)}
    assert counts[network.pk] == 1


def test_eligibility_says_closed_after_the_end_date(ended_request, volunteer):
    result = selectors.eligibility(
        user=volunteer, volunteer_request=ended_request, held_programme_ids=set(), is_member=True
    )
    assert (result.can_respond, result.reason) == (False, "closed")
    on_last_day = selectors.eligibility(
        user=volunteer,
        volunteer_request=ended_request,
        held_programme_ids=set(),
        is_member=True,
        today=ended_request.ends_on,
    )
    assert on_last_day.can_respond


def test_hours_after_the_end_date_are_refused(ended_request, volunteer, leader):
    response = services.volunteer_response_create(
        volunteer_request=ended_request, volunteer=volunteer, today=ended_request.ends_on
    )
    response = services.volunteer_response_accept(response=response, decided_by=leader, today=ended_request.ends_on)
    with pytest.raises(ValidationError) as error:
        services.hours_log(
            response=response,
            logged_by=volunteer,
            date=ended_request.ends_on + datetime.timedelta(days=1),
            hours=Decimal("2"),
        )
    assert "date" in error.value.message_dict
    entry = services.hours_log(response=response, logged_by=volunteer, date=ended_request.ends_on, hours=Decimal("2"))
    assert entry.pk
