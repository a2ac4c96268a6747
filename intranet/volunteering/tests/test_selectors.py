"""Reads: eligibility, search and filters, counts, the volunteer's profile, who sees it, give and get."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.utils import timezone

from certification.models import CertificateStatus
from certification.selectors import valid_certificates
from intranet.organisations.models import Role
from intranet.organisations.services import membership_create
from intranet.organisations.tests.factories import OrganisationFactory, UserFactory, coordinator, member
from intranet.volunteering import selectors, services
from intranet.volunteering.models import Mode, RequestKind, RequestStatus

from . import factories

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
YESTERDAY = TODAY - datetime.timedelta(days=1)
TOMORROW = TODAY + datetime.timedelta(days=1)


def started(organisation, leader=None, **fields):
    """A request that started a week ago, so hours can be logged."""
    return factories.volunteer_request(
        organisation, leader=leader, starts_on=TODAY - datetime.timedelta(days=7), **fields
    )


def search(network, user, **filters):
    return list(selectors.requests_search(network=network, user=user, **filters))


# --- certificates -------------------------------------------------------------------------------------------------


def test_valid_certificates_are_active_and_not_past_their_date(network, volunteer, leader):
    programmes = [factories.programme(network) for _ in range(6)]
    never = factories.certificate(programmes[0], volunteer)
    today = factories.certificate(programmes[1], volunteer, expires_on=TODAY)
    factories.certificate(programmes[2], volunteer, expires_on=YESTERDAY)  # still "active": the nightly job is late
    factories.certificate(programmes[3], volunteer, status=CertificateStatus.REVOKED)
    factories.certificate(programmes[4], volunteer, status=CertificateStatus.EXPIRED, expires_on=YESTERDAY)
    factories.certificate(programmes[5], leader)  # someone else's

    assert set(valid_certificates(holder=volunteer)) == {never, today}
    assert set(valid_certificates(holder=volunteer, on=TOMORROW)) == {never}
    assert set(valid_certificates(holder=volunteer, on=YESTERDAY - datetime.timedelta(days=1))) == {
        never,
        today,
        programmes[2].certificates.get(),
    }
    assert not valid_certificates(holder=AnonymousUser()).exists()
    assert selectors.valid_programme_ids(user=volunteer) == {programmes[0].pk, programmes[1].pk}
    assert selectors.valid_programme_ids(user=volunteer, on=TOMORROW) == {programmes[0].pk}


# --- who may do what ----------------------------------------------------------------------------------------------


def test_leads_and_belongs_to_network(network, organisation, leader, volunteer, network_coordinator, outsider):
    assert selectors.leads(user=leader, organisation_id=organisation.pk)
    assert not selectors.leads(user=volunteer, organisation_id=organisation.pk)
    assert not selectors.leads(user=network_coordinator, organisation_id=organisation.pk)
    assert not selectors.leads(user=AnonymousUser(), organisation_id=organisation.pk)
    assert selectors.belongs_to_network(user=volunteer, network_id=network.pk)
    assert selectors.belongs_to_network(user=leader, network_id=network.pk)
    # A coordinator who is not a member of an organisation is not a volunteer of the network.
    assert not selectors.belongs_to_network(user=network_coordinator, network_id=network.pk)
    assert not selectors.belongs_to_network(user=outsider, network_id=network.pk)
    assert not selectors.belongs_to_network(user=AnonymousUser(), network_id=network.pk)


def test_members_and_coordinators_see_the_network_outsiders_get_404(network, volunteer, network_coordinator, outsider):
    assert selectors.volunteering_network_get(user=volunteer, slug=network.slug).is_coordinator is False
    assert selectors.volunteering_network_get(user=network_coordinator, slug=network.slug).is_coordinator is True
    for person in (outsider, UserFactory(), AnonymousUser()):
        with pytest.raises(Http404):
            selectors.volunteering_network_get(user=person, slug=network.slug)
    with pytest.raises(Http404):
        selectors.volunteering_network_get(user=volunteer, slug="no-such-network")


def test_networks_count_open_requests_once(network, organisation, leader, sister_organisation, outsider):
    factories.volunteer_request(organisation, leader=leader)
    factories.volunteer_request(organisation, leader=leader)
    cancelled = factories.volunteer_request(sister_organisation)
    services.volunteer_request_set_status(
        volunteer_request=cancelled, status=RequestStatus.CANCELLED, changed_by=member(sister_organisation, Role.LEADER)
    )
    # A second membership in the network must not double the count.
    person = member(organisation, Role.MEMBER)
    membership_create(user=person, organisation=sister_organisation, role=Role.VOLUNTEER)
    [counted] = selectors.volunteering_networks_for(user=person)
    assert counted == network and counted.open_request_count == 2
    assert list(selectors.volunteering_networks_for(user=AnonymousUser())) == []
    assert network not in selectors.volunteering_networks_for(user=outsider)


def test_organisations_led_by(organisation, sister_organisation, leader, volunteer):
    assert list(selectors.organisations_led_by(user=leader)) == [organisation]
    assert list(selectors.organisations_led_by(user=volunteer)) == []
    assert list(selectors.organisations_led_by(user=AnonymousUser())) == []
    assert selectors.led_organisation_get(user=leader, slug=organisation.slug) == organisation
    assert selectors.led_organisation_get(user=leader, slug=sister_organisation.slug) is None
    assert selectors.led_organisation_get(user=volunteer, slug=sister_organisation.slug) is None


# --- eligibility --------------------------------------------------------------------------------------------------


def test_eligibility_reasons_and_missing_programmes(network, organisation, leader, volunteer, first_aid):
    safeguarding = factories.programme(network, name_da="Børneattest")
    both = factories.volunteer_request(organisation, leader=leader, programmes=[first_aid, safeguarding])
    request = selectors.network_request_get(network=network, pk=both.pk)

    def check(**kwargs):
        kwargs.setdefault("held_programme_ids", set())
        kwargs.setdefault("is_member", True)
        return selectors.eligibility(user=volunteer, volunteer_request=request, **kwargs)

    refused = check()
    assert (refused.can_respond, refused.reason) == (False, "certificates")
    assert set(refused.missing) == {first_aid, safeguarding}
    half = check(held_programme_ids={first_aid.pk})
    assert (half.reason, half.missing) == ("certificates", [safeguarding])
    allowed = check(held_programme_ids={first_aid.pk, safeguarding.pk})
    assert (allowed.can_respond, allowed.reason, allowed.missing) == (True, "", [])

    assert check(is_member=False).reason == "not_member"
    request.status = RequestStatus.FILLED
    closed = check(held_programme_ids={first_aid.pk, safeguarding.pk}, is_member=False)
    assert (closed.can_respond, closed.reason) == (False, "closed")
    # A live response is the first thing said, and the missing programmes are still listed for the page.
    responded = check(live_response=object())
    assert (responded.reason, set(responded.missing)) == ("responded", {first_aid, safeguarding})


def test_eligibility_without_requirements(network, open_request, volunteer):
    request = selectors.network_request_get(network=network, pk=open_request.pk)
    result = selectors.eligibility(user=volunteer, volunteer_request=request, held_programme_ids=set(), is_member=True)
    assert result.can_respond and result.missing == []


def test_eligibility_agrees_with_the_service(network, gated_request, volunteer, first_aid):
    """What the page says and what the service does are the same for each situation."""
    request = selectors.network_request_get(network=network, pk=gated_request.pk)

    def page():
        return selectors.eligibility(
            user=volunteer,
            volunteer_request=request,
            held_programme_ids=selectors.valid_programme_ids(user=volunteer),
            is_member=selectors.belongs_to_network(user=volunteer, network_id=network.pk),
            live_response=selectors.live_response_of(user=volunteer, volunteer_request=request),
        )

    assert page().reason == "certificates"
    factories.certificate(first_aid, volunteer, expires_on=TODAY)
    assert page().can_respond
    response = services.volunteer_response_create(volunteer_request=gated_request, volunteer=volunteer)
    assert page().reason == "responded"
    assert selectors.live_response_of(user=volunteer, volunteer_request=request) == response
    assert selectors.live_response_of(user=AnonymousUser(), volunteer_request=request) is None


# --- search -------------------------------------------------------------------------------------------------------


def test_search_lists_the_networks_open_requests_soonest_first(
    network, organisation, leader, sister_organisation, outsider, volunteer
):
    later = factories.volunteer_request(organisation, leader=leader, starts_on=TODAY + datetime.timedelta(days=20))
    sooner = factories.volunteer_request(sister_organisation, starts_on=TODAY + datetime.timedelta(days=2))
    cancelled = factories.volunteer_request(organisation, leader=leader)
    services.volunteer_request_set_status(
        volunteer_request=cancelled, status=RequestStatus.CANCELLED, changed_by=leader
    )
    filled = factories.volunteer_request(organisation, leader=leader, starts_on=TODAY)
    services.volunteer_request_set_status(volunteer_request=filled, status=RequestStatus.FILLED, changed_by=leader)
    factories.volunteer_request(outsider.organisations.first(), leader=outsider)  # another network

    assert search(network, volunteer) == [sooner, later]
    # `cancelled` starts in a week (the factory's default), between the two.
    assert search(network, volunteer, include_closed=True) == [filled, sooner, cancelled, later]


def test_search_filters_by_kind_city_language_and_mode(network, organisation, leader, sister_organisation, volunteer):
    mentoring = factories.volunteer_request(
        organisation, leader=leader, kind=RequestKind.MENTORING, city="Tanger", languages=["ar", "fr"]
    )
    in_tetouan = factories.volunteer_request(
        sister_organisation, kind=RequestKind.EVENT, city="Tétouan", languages=["ary"]
    )
    online = factories.volunteer_request(
        organisation,
        leader=leader,
        kind=RequestKind.ADVICE,
        mode=Mode.ONLINE,
        city="",
        address="",
        online_details="Zoom",
        languages=["da"],
    )
    both = factories.volunteer_request(
        organisation, leader=leader, kind=RequestKind.ADVICE, mode=Mode.BOTH, online_details="Teams", languages=["fr"]
    )

    assert search(network, volunteer, kind=RequestKind.MENTORING) == [mentoring]
    assert set(search(network, volunteer, kind=RequestKind.ADVICE)) == {online, both}
    assert set(search(network, volunteer, city="tanger")) == {mentoring}
    assert set(search(network, volunteer, city="TANGER")) == {mentoring}
    assert search(network, volunteer, city="Tétouan") == [in_tetouan]
    assert search(network, volunteer, city="tétouan") == [in_tetouan]
    assert search(network, volunteer, city="Tet") == []
    # "ar" must not find "ary" (Darija), nor the other way round.
    assert search(network, volunteer, language="ar") == [mentoring]
    assert search(network, volunteer, language="ary") == [in_tetouan]
    assert set(search(network, volunteer, language="fr")) == {mentoring, both}
    # A request open to both ways is found with either.
    assert set(search(network, volunteer, mode=Mode.ONLINE)) == {online, both}
    assert set(search(network, volunteer, mode=Mode.IN_PERSON)) == {mentoring, in_tetouan, both}
    assert search(network, volunteer, mode=Mode.BOTH) == [both]
    assert search(network, volunteer, kind=RequestKind.ADVICE, language="da", mode=Mode.ONLINE) == [online]


def test_search_filters_by_programme_and_eligibility(network, organisation, leader, volunteer, first_aid):
    safeguarding = factories.programme(network)
    free = factories.volunteer_request(organisation, leader=leader)
    gated = factories.volunteer_request(organisation, leader=leader, programmes=[first_aid])
    both = factories.volunteer_request(organisation, leader=leader, programmes=[first_aid, safeguarding])

    assert set(search(network, volunteer, programme=first_aid)) == {gated, both}
    assert search(network, volunteer, programme=safeguarding) == [both]
    assert search(network, volunteer, eligible_only=True) == [free]
    assert search(network, volunteer, eligible_only=True, held_programme_ids=set()) == [free]
    assert set(search(network, volunteer, eligible_only=True, held_programme_ids={first_aid.pk})) == {free, gated}
    assert set(search(network, volunteer, eligible_only=True, held_programme_ids={first_aid.pk, safeguarding.pk})) == {
        free,
        gated,
        both,
    }
    assert search(network, volunteer, eligible_only=True, held_programme_ids={safeguarding.pk}) == [free]


@pytest.mark.parametrize(
    "query",
    [
        "الاسعافات",  # without hamza
        "والإسعافات",  # with the conjunction and article
        "إسعافات الأوليّة",  # with shadda
        "PREMIERS secours",
        "tetouan",  # accent left out
        "Tétouan",
        "forste hjaelp",  # Danish without ø and æ
    ],
)
def test_text_search_folds_arabic_and_accents(network, organisation, leader, volunteer, query):
    wanted = factories.volunteer_request(
        organisation,
        leader=leader,
        title="Premiers secours — Første hjælp",
        description="نبحث عن متطوعين في الإسعافات الأولية",
        city="Tétouan",
    )
    factories.volunteer_request(organisation, leader=leader, title="Bestyrelsesarbejde", description="Regnskab")
    assert search(network, volunteer, text=query) == [wanted]


def test_text_search_finds_the_organisations_name_and_needs_every_word(network, organisation, leader, volunteer):
    organisation.name_ar = "جمعية الأمل"
    organisation.save()
    wanted = factories.volunteer_request(organisation, leader=leader, title="Café des langues")
    other = factories.volunteer_request(organisation, leader=leader, title="Café des enfants")
    assert search(network, volunteer, text="الأمل") == [wanted, other]
    assert search(network, volunteer, text="cafe langues") == [wanted]
    assert search(network, volunteer, text="   ") == search(network, volunteer)
    assert search(network, volunteer, text="100%") == []


def test_search_annotates_accepted_count_and_whether_the_viewer_responded(
    network, organisation, leader, volunteer, sister_organisation
):
    volunteer_request = factories.volunteer_request(organisation, leader=leader, volunteers_needed=3)
    untouched = factories.volunteer_request(organisation, leader=leader)
    factories.response(volunteer_request, member(sister_organisation, Role.VOLUNTEER), accepted=True, leader=leader)
    factories.response(volunteer_request, member(sister_organisation, Role.VOLUNTEER), accepted=True, leader=leader)
    factories.response(volunteer_request, member(sister_organisation, Role.VOLUNTEER))  # waiting: not counted
    mine = factories.response(volunteer_request, volunteer)

    found = {found.pk: found for found in search(network, volunteer)}
    assert found[volunteer_request.pk].accepted_count == 2 and found[volunteer_request.pk].has_responded is True
    assert found[untouched.pk].accepted_count == 0 and found[untouched.pk].has_responded is False
    assert {found.pk: found.has_responded for found in search(network, leader)}[volunteer_request.pk] is False

    services.volunteer_response_withdraw(response=mine, withdrawn_by=volunteer)
    assert {found.pk: found.has_responded for found in search(network, volunteer)}[volunteer_request.pk] is False


def test_search_with_a_programme_filter_counts_once(
    network, organisation, leader, volunteer, first_aid, sister_organisation
):
    safeguarding = factories.programme(network)
    gated = factories.volunteer_request(organisation, leader=leader, programmes=[first_aid, safeguarding])
    for _ in range(2):
        person = member(sister_organisation, Role.VOLUNTEER)
        factories.certificate(first_aid, person)
        factories.certificate(safeguarding, person)
        factories.response(gated, person, accepted=True, leader=leader)
    [found] = search(network, volunteer, programme=first_aid, include_closed=True)
    assert found.accepted_count == 2


def test_network_request_get_404s_for_another_networks_request(network, organisation, leader, outsider, open_request):
    fetched = selectors.network_request_get(network=network, pk=open_request.pk)
    assert fetched == open_request and fetched.accepted_count == 0
    foreign = factories.volunteer_request(outsider.organisations.first(), leader=outsider)
    with pytest.raises(Http404):
        selectors.network_request_get(network=network, pk=foreign.pk)


# --- the organisation's requests ----------------------------------------------------------------------------------


def test_organisation_requests_count_responses_and_hours_to_confirm(organisation, leader, sister_organisation):
    volunteer_request = started(organisation, leader, volunteers_needed=3)
    quiet = started(organisation, leader)
    people = [member(sister_organisation, Role.VOLUNTEER) for _ in range(4)]
    first = factories.response(volunteer_request, people[0], accepted=True, leader=leader)
    second = factories.response(volunteer_request, people[1], accepted=True, leader=leader)
    factories.response(volunteer_request, people[2])
    declined = factories.response(volunteer_request, people[3])
    services.volunteer_response_decline(response=declined, decided_by=leader)
    factories.hours(first)
    factories.hours(first, date=volunteer_request.starts_on + datetime.timedelta(days=1))
    factories.hours(second)
    factories.hours(second, confirmed_by=leader)
    rejected = factories.hours(second)
    services.hours_reject(entry=rejected, reviewed_by=leader, note="Nej")

    counted = {row.pk: row for row in selectors.organisation_requests(organisation=organisation)}
    assert (counted[volunteer_request.pk].pending_count, counted[volunteer_request.pk].accepted_count) == (1, 2)
    assert counted[volunteer_request.pk].hours_to_confirm == 3
    assert (counted[quiet.pk].pending_count, counted[quiet.pk].accepted_count, counted[quiet.pk].hours_to_confirm) == (
        0,
        0,
        0,
    )
    assert list(selectors.organisation_requests(organisation=sister_organisation)) == []


def test_request_responses_total_confirmed_hours_per_volunteer(organisation, leader, volunteer, sister_organisation):
    volunteer_request = started(organisation, leader, volunteers_needed=3)
    other_person = member(sister_organisation, Role.VOLUNTEER)
    mine = factories.response(volunteer_request, volunteer, accepted=True, leader=leader)
    theirs = factories.response(volunteer_request, other_person, accepted=True, leader=leader)
    waiting = factories.response(volunteer_request, member(sister_organisation, Role.VOLUNTEER))
    factories.hours(mine, hours=Decimal("2"), confirmed_by=leader)
    factories.hours(mine, hours=Decimal("1.5"), confirmed_by=leader)
    factories.hours(mine, hours=Decimal("4"))  # waiting
    services.hours_reject(entry=factories.hours(mine, hours=Decimal("8")), reviewed_by=leader, note="Nej")
    factories.hours(theirs, hours=Decimal("0.5"), confirmed_by=leader)
    # Hours on another request of the organisation do not count here.
    elsewhere = factories.response(started(organisation, leader), volunteer, accepted=True, leader=leader)
    factories.hours(elsewhere, hours=Decimal("10"), confirmed_by=leader)

    rows = {row.pk: row for row in selectors.request_responses(volunteer_request=volunteer_request)}
    assert set(rows) == {mine.pk, theirs.pk, waiting.pk}
    assert rows[mine.pk].confirmed_hours == Decimal("3.5")
    assert rows[theirs.pk].confirmed_hours == Decimal("0.5")
    assert rows[waiting.pk].confirmed_hours == Decimal("0")
    assert len(rows[mine.pk].hours_entries.all()) == 4


def test_response_and_hours_lookups_for_leaders_and_volunteers(
    open_request, leader, volunteer, sister_leader, second_leader
):
    volunteer_request = started(open_request.organisation, leader)
    response = factories.response(volunteer_request, volunteer, accepted=True, leader=leader)
    entry = factories.hours(response)
    assert selectors.response_for_leader(user=leader, pk=response.pk) == response
    assert selectors.response_for_leader(user=second_leader, pk=response.pk) == response
    assert selectors.response_for_leader(user=sister_leader, pk=response.pk) is None
    assert selectors.response_for_leader(user=volunteer, pk=response.pk) is None
    assert selectors.response_for_volunteer(user=volunteer, pk=response.pk) == response
    assert selectors.response_for_volunteer(user=leader, pk=response.pk) is None
    assert selectors.response_for_volunteer(user=AnonymousUser(), pk=response.pk) is None
    assert selectors.hours_entry_for_leader(user=leader, pk=entry.pk) == entry
    assert selectors.hours_entry_for_leader(user=sister_leader, pk=entry.pk) is None
    assert selectors.hours_entry_for_leader(user=volunteer, pk=entry.pk) is None


# --- the volunteer's profile --------------------------------------------------------------------------------------


def test_profile_totals_confirmed_and_waiting_hours_per_organisation(
    network, organisation, leader, volunteer, sister_organisation, first_aid
):
    third = OrganisationFactory(name_da="Tredje forening")
    network.organisations.add(third)
    third_leader = member(third, Role.LEADER)
    at_organisation = factories.response(started(organisation, leader), volunteer, accepted=True, leader=leader)
    at_third = factories.response(started(third, third_leader), volunteer, accepted=True, leader=third_leader)
    factories.hours(at_organisation, hours=Decimal("3"), confirmed_by=leader)
    factories.hours(at_organisation, hours=Decimal("2"), confirmed_by=leader)
    factories.hours(at_third, hours=Decimal("1.5"), confirmed_by=third_leader)
    factories.hours(at_third, hours=Decimal("4"))  # waiting
    services.hours_reject(entry=factories.hours(at_third, hours=Decimal("9")), reviewed_by=third_leader, note="Nej")
    # Somebody else's hours are not the volunteer's.
    other = factories.response(
        started(organisation, leader), leader, accepted=True, leader=member(organisation, Role.LEADER)
    )
    factories.hours(other, hours=Decimal("7"))

    profile = selectors.volunteer_profile(person=volunteer)
    assert profile.person == volunteer
    assert profile.confirmed_hours == Decimal("6.5")
    assert profile.pending_hours == Decimal("4")
    assert [(row["slug"], row["hours"]) for row in profile.hours_by_organisation] == [
        (organisation.slug, Decimal("5")),
        (third.slug, Decimal("1.5")),
    ]
    assert profile.hours_by_organisation[0]["name"] == organisation.name
    assert {response.pk: response.confirmed_hours for response in profile.responses} == {
        at_organisation.pk: Decimal("5"),
        at_third.pk: Decimal("1.5"),
    }


def test_profile_of_someone_without_hours_shows_zeros(volunteer):
    profile = selectors.volunteer_profile(person=volunteer)
    assert profile.confirmed_hours == Decimal("0") and profile.pending_hours == Decimal("0")
    assert profile.hours_by_organisation == [] and profile.responses == [] and profile.certificates == []


def test_profile_lists_only_valid_certificates(network, volunteer, first_aid):
    valid = factories.certificate(first_aid, volunteer, expires_on=TODAY)
    factories.certificate(factories.programme(network), volunteer, expires_on=YESTERDAY)
    factories.certificate(factories.programme(network), volunteer, status=CertificateStatus.REVOKED)
    assert selectors.volunteer_profile(person=volunteer).certificates == [valid]
    assert selectors.volunteer_profile(person=volunteer, today=TOMORROW).certificates == []


def test_who_may_see_a_volunteers_profile(
    network, organisation, leader, volunteer, sister_organisation, sister_leader, network_coordinator, outsider
):
    # Leila leads `organisation`; before the volunteer responds to one of its requests she may not look.
    assert not selectors.may_see_profile(viewer=leader, person=volunteer)
    factories.response(factories.volunteer_request(organisation, leader=leader), volunteer)
    assert selectors.may_see_profile(viewer=leader, person=volunteer)

    assert selectors.may_see_profile(viewer=volunteer, person=volunteer)
    assert selectors.may_see_profile(viewer=sister_leader, person=volunteer)  # leads the volunteer's organisation
    assert selectors.may_see_profile(viewer=network_coordinator, person=volunteer)
    # A plain member of another organisation of the network, a plain member of the volunteer's own organisation,
    # an outsider and the anonymous may not.
    assert not selectors.may_see_profile(viewer=member(organisation, Role.VOLUNTEER), person=volunteer)
    assert not selectors.may_see_profile(viewer=member(sister_organisation, Role.MEMBER), person=volunteer)
    assert not selectors.may_see_profile(viewer=outsider, person=volunteer)
    assert not selectors.may_see_profile(viewer=UserFactory(), person=volunteer)
    assert not selectors.may_see_profile(viewer=AnonymousUser(), person=volunteer)
    # A volunteer may not look at the leader's profile either.
    assert not selectors.may_see_profile(viewer=volunteer, person=leader)


def test_coordinator_of_another_network_may_not_see_the_profile(volunteer, outsider):
    assert not selectors.may_see_profile(
        viewer=coordinator(outsider.organisations.first().networks.first()), person=volunteer
    )


# --- give and get -------------------------------------------------------------------------------------------------


def test_give_and_get_counts_confirmed_hours_received_and_given_to_others(
    network, organisation, leader, volunteer, sister_organisation, sister_leader, outsider
):
    idle = OrganisationFactory(name_da="Stille forening")
    network.organisations.add(idle)
    asking = started(organisation, leader, in_return=["training"], volunteers_needed=3)
    # The sister organisation's volunteer gives 3 confirmed hours to `organisation`; waiting and rejected do not count.
    response = factories.response(asking, volunteer, accepted=True, leader=leader)
    factories.hours(response, hours=Decimal("3"), confirmed_by=leader)
    factories.hours(response, hours=Decimal("5"))
    services.hours_reject(entry=factories.hours(response, hours=Decimal("6")), reviewed_by=leader, note="Nej")
    # A member of `organisation` helping on its own request is not giving to another organisation.
    own = factories.response(asking, member(organisation, Role.VOLUNTEER), accepted=True, leader=leader)
    factories.hours(own, hours=Decimal("2"), confirmed_by=leader)
    # `organisation`'s leader helps the sister organisation: given by `organisation`, received by the sister.
    sister_request = started(sister_organisation, sister_leader)
    help_back = factories.response(sister_request, leader, accepted=True, leader=sister_leader)
    factories.hours(help_back, hours=Decimal("1.5"), confirmed_by=sister_leader)
    # Hours in another network do not count in this one.
    foreign_organisation = outsider.organisations.first()
    foreign_organisation.networks.first().organisations.add(sister_organisation)
    foreign_request = started(foreign_organisation, outsider, network=foreign_organisation.networks.first())
    foreign = factories.response(foreign_request, volunteer, accepted=True, leader=outsider)
    factories.hours(foreign, hours=Decimal("20"), confirmed_by=outsider)
    cancelled = factories.volunteer_request(organisation, leader=leader)
    services.volunteer_request_set_status(
        volunteer_request=cancelled, status=RequestStatus.CANCELLED, changed_by=leader
    )

    rows = {row.pk: row for row in selectors.give_and_get(network=network)}
    assert set(rows) == {organisation.pk, sister_organisation.pk, idle.pk}
    assert foreign_organisation.pk not in rows
    assert (rows[organisation.pk].hours_received, rows[organisation.pk].hours_given) == (Decimal("5"), Decimal("1.5"))
    assert (rows[sister_organisation.pk].hours_received, rows[sister_organisation.pk].hours_given) == (
        Decimal("1.5"),
        Decimal("3"),
    )
    assert (rows[idle.pk].hours_received, rows[idle.pk].hours_given, rows[idle.pk].open_request_count) == (
        Decimal("0"),
        Decimal("0"),
        0,
    )
    assert rows[organisation.pk].open_request_count == 1
    assert rows[sister_organisation.pk].open_request_count == 1
    assert {item.pk for item in rows[organisation.pk].network_requests} == {asking.pk, cancelled.pk}
    assert [item.in_return_codes for item in rows[organisation.pk].network_requests if item.pk == asking.pk] == [
        ["training"]
    ]


def test_give_and_get_counts_a_volunteer_of_two_organisations_once_per_organisation(
    network, organisation, leader, volunteer, sister_organisation
):
    third = OrganisationFactory()
    network.organisations.add(third)
    membership_create(user=volunteer, organisation=third, role=Role.VOLUNTEER)
    response = factories.response(started(organisation, leader), volunteer, accepted=True, leader=leader)
    factories.hours(response, hours=Decimal("2"), confirmed_by=leader)
    factories.hours(response, hours=Decimal("1"), confirmed_by=leader)
    rows = {row.pk: row for row in selectors.give_and_get(network=network)}
    assert rows[sister_organisation.pk].hours_given == Decimal("3")
    assert rows[third.pk].hours_given == Decimal("3")
    assert rows[organisation.pk].hours_received == Decimal("3")


# --- dashboard ----------------------------------------------------------------------------------------------------


def test_dashboard_summary_for_a_volunteer_and_a_leader(network, organisation, leader, volunteer, sister_organisation):
    assert selectors.dashboard_summary(user=UserFactory()) == {}
    volunteer_request = started(organisation, leader, volunteers_needed=3)
    accepted = factories.response(volunteer_request, volunteer, accepted=True, leader=leader)
    factories.hours(accepted)
    factories.hours(accepted, confirmed_by=leader)
    factories.response(volunteer_request, member(sister_organisation, Role.VOLUNTEER))
    withdrawn_request = factories.volunteer_request(organisation, leader=leader)
    withdrawn = factories.response(withdrawn_request, volunteer)
    services.volunteer_response_withdraw(response=withdrawn, withdrawn_by=volunteer)

    summary = selectors.dashboard_summary(user=volunteer)
    [listed] = summary["networks"]
    assert listed == network and listed.open_request_count == 2
    assert summary["live_responses"] == [accepted]
    assert summary["led_organisations"] == []
    assert summary["today"] == TODAY

    [led] = selectors.dashboard_summary(user=leader)["led_organisations"]
    assert led == organisation and (led.pending_responses, led.hours_to_confirm) == (1, 1)


def test_dashboard_summary_for_a_coordinator(network, network_coordinator, open_request):
    summary = selectors.dashboard_summary(user=network_coordinator)
    assert [listed.open_request_count for listed in summary["networks"]] == [1]
    assert summary["live_responses"] == [] and summary["led_organisations"] == []


def test_lookups_for_the_anonymous_find_nothing(open_request, volunteer, leader):
    response = factories.response(open_request, volunteer)
    anonymous = AnonymousUser()
    assert selectors.response_for_leader(user=anonymous, pk=response.pk) is None
    assert selectors.response_for_volunteer(user=anonymous, pk=response.pk) is None
    assert selectors.hours_entry_for_leader(user=anonymous, pk=1) is None
