"""The volunteering demo (`intranet.volunteering.demo`): ten requests in both networks with responses and hours,
first-aid duties gated by the certification demo's programme and answered only by people who hold it; loading it
again adds nothing."""

import io
import re
from collections import Counter

import pytest
from django.core.management import call_command
from django.utils import timezone

from certification import demo as certification_demo
from intranet.organisations.models import Network
from intranet.volunteering import demo, selectors
from intranet.volunteering.models import (
    HoursEntry,
    HoursStatus,
    Mode,
    RequestKind,
    RequestStatus,
    ResponseStatus,
    VolunteerRequest,
    VolunteerResponse,
)

pytestmark = pytest.mark.django_db

ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


def load() -> None:
    """The whole demo, as `make demo` loads it; the volunteering part comes in through the hook, after
    certification's."""
    call_command("demo_data", force=True, quiet=True, stdout=io.StringIO(), stderr=io.StringIO())


def stored_counts() -> list[int]:
    return [model.objects.count() for model in (VolunteerRequest, VolunteerResponse, HoursEntry)]


def test_demo_loads_10_requests_with_responses_and_hours_once():
    load()
    assert VolunteerRequest.objects.count() == 10
    counts = stored_counts()

    check_requests()
    check_gating()
    check_responses_and_hours()

    created = Counter()
    demo.requests_load(created=created)
    assert +created == Counter()
    assert stored_counts() == counts


def check_requests():
    requests = list(VolunteerRequest.objects.select_related("network", "organisation"))
    by_network = Counter(request.network.slug for request in requests)
    assert by_network == {"tanger": 5, "alliancen": 5}
    for request in requests:
        assert request.organisation.networks.filter(pk=request.network_id).exists(), request
        assert request.in_return_codes and request.in_return_details, request
        assert request.language_codes and request.search_text, request
        if request.network.slug == "alliancen":
            # Danish organisations write in Danish.
            assert not ARABIC_LETTER.search(request.title + request.description), request
    assert any(ARABIC_LETTER.search(request.title) for request in requests if request.network.slug == "tanger")
    kinds = {request.kind for request in requests}
    assert {RequestKind.MENTORING, RequestKind.HOMEWORK, RequestKind.FIRST_AID} <= kinds
    modes = {request.mode for request in requests}
    assert {Mode.ONLINE, Mode.IN_PERSON} <= modes
    statuses = Counter(request.status for request in requests)
    assert statuses[RequestStatus.CANCELLED] == 1 and statuses[RequestStatus.FILLED] >= 1
    assert statuses[RequestStatus.OPEN] >= 6


def check_gating():
    gated = VolunteerRequest.objects.filter(required_programmes__isnull=False).distinct()
    assert 2 <= gated.count() <= 3
    for request in gated.prefetch_related("required_programmes"):
        assert request.kind == RequestKind.FIRST_AID
        assert [programme.name_da for programme in request.required_programmes.all()] == [
            certification_demo.FIRST_AID_NAME.da
        ]
        assert {programme.network_id for programme in request.required_programmes.all()} == {request.network_id}

    today = timezone.localdate()
    gated_responses = VolunteerResponse.objects.filter(request__in=gated).select_related("volunteer", "request")
    assert gated_responses.filter(status=ResponseStatus.ACCEPTED).count() >= 2
    for response in gated_responses:
        held = selectors.valid_programme_ids(user=response.volunteer, on=today)
        required = set(response.request.required_programmes.values_list("pk", flat=True))
        assert required <= held, response


def check_responses_and_hours():
    statuses = Counter(VolunteerResponse.objects.values_list("status", flat=True))
    assert statuses[ResponseStatus.ACCEPTED] >= 5
    assert statuses[ResponseStatus.PENDING] >= 3
    assert statuses[ResponseStatus.DECLINED] == 1
    for response in VolunteerResponse.objects.select_related("request"):
        # Demo volunteers help other organisations, so the give-and-get page has something to show.
        assert not response.request.organisation.memberships.filter(user=response.volunteer_id).exists(), response
        if response.status != ResponseStatus.PENDING:
            assert response.decided_by is not None and response.decided_at is not None

    hours = Counter(HoursEntry.objects.values_list("status", flat=True))
    assert hours[HoursStatus.CONFIRMED] >= 5 and hours[HoursStatus.PENDING] >= 2
    for entry in HoursEntry.objects.select_related("response__request"):
        assert entry.response.status == ResponseStatus.ACCEPTED
        assert entry.response.request.starts_on <= entry.date <= timezone.localdate()
        if entry.status == HoursStatus.CONFIRMED:
            assert entry.reviewed_by is not None and entry.reviewed_by != entry.response.volunteer

    helper = HoursEntry.objects.filter(status=HoursStatus.CONFIRMED).first().response.volunteer
    profile = selectors.volunteer_profile(person=helper)
    assert profile.confirmed_hours > 0 and profile.hours_by_organisation

    for network in ("tanger", "alliancen"):
        rows = list(selectors.give_and_get(network=Network.objects.get(slug=network)))
        assert any(row.hours_given > 0 for row in rows) and any(row.hours_received > 0 for row in rows), network
