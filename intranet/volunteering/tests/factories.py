"""Build volunteer requests, responses and hours for tests, through the services as in the product."""

import datetime
from decimal import Decimal

from django.utils import timezone

from certification.tests.factories import certificate, programme  # noqa: F401 - re-exported for the tests
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member
from intranet.volunteering import services
from intranet.volunteering.models import HoursEntry, Mode, RequestKind, VolunteerRequest, VolunteerResponse


def request_data(**fields) -> dict:
    return {
        "title": "Lektiehjælp i foreningshuset",
        "description": "Vi søger frivillige til lektiehjælp for børn i 4.-7. klasse.",
        "kind": RequestKind.HOMEWORK,
        "starts_on": timezone.localdate() + datetime.timedelta(days=7),
        "schedule": "Tirsdage 17-19",
        "mode": Mode.IN_PERSON,
        "address": "Nørrebrogade 10",
        "city": "København",
        "hours": Decimal("2.0"),
        "volunteers_needed": 2,
        "languages": ["da", "ar"],
        "in_return": ["training", "reference"],
        "in_return_details": "Kursus i pædagogik og en anbefaling.",
    } | fields


def volunteer_request(organisation, network=None, *, programmes=(), leader=None, **fields) -> VolunteerRequest:
    """An open request of `organisation` in `network` (its first network), posted by `leader` (a new one)."""
    network = network or organisation.networks.first()
    leader = leader or member(organisation, Role.LEADER)
    return services.volunteer_request_create(
        organisation=organisation,
        network=network,
        created_by=leader,
        data=request_data(**fields),
        required_programmes=list(programmes),
    )


def response(volunteer_request, volunteer, *, accepted=False, leader=None) -> VolunteerResponse:
    """`volunteer`'s response, accepted by a leader of the organisation when `accepted`."""
    result = services.volunteer_response_create(volunteer_request=volunteer_request, volunteer=volunteer)
    if accepted:
        leader = leader or member(volunteer_request.organisation, Role.LEADER)
        result = services.volunteer_response_accept(response=result, decided_by=leader)
    return result


def hours(response, *, hours=Decimal("2.0"), date=None, confirmed_by=None) -> HoursEntry:
    """Hours logged by the response's volunteer; confirmed when `confirmed_by` (a leader) is given."""
    entry = services.hours_log(
        response=response,
        logged_by=response.volunteer,
        date=date or response.request.starts_on,
        hours=hours,
        today=max(timezone.localdate(), response.request.starts_on),
    )
    if confirmed_by is not None:
        entry = services.hours_confirm(entry=entry, reviewed_by=confirmed_by)
    return entry
