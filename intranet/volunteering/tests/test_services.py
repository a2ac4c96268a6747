"""Writes: posting and editing requests, responding (with certificate gating), deciding, and hours."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from certification.models import CertificateStatus
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import OrganisationFactory, UserFactory, member
from intranet.volunteering import selectors, services
from intranet.volunteering.models import (
    HoursEntry,
    HoursStatus,
    Mode,
    RequestStatus,
    ResponseStatus,
    VolunteerRequest,
    VolunteerResponse,
)

from . import factories

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
YESTERDAY = TODAY - datetime.timedelta(days=1)
TOMORROW = TODAY + datetime.timedelta(days=1)


def codes(error: ValidationError) -> set[str]:
    """Every code of a ValidationError, whether it carries a dict of fields or a list."""
    if hasattr(error, "error_dict"):
        return {item.code for items in error.error_dict.values() for item in items}
    return {item.code for item in error.error_list}


def create(organisation, leader, *, network=None, programmes=(), **fields):
    return services.volunteer_request_create(
        organisation=organisation,
        network=network or organisation.networks.first(),
        created_by=leader,
        data=factories.request_data(**fields),
        required_programmes=list(programmes),
    )


def respond(volunteer_request, volunteer, **kwargs):
    return services.volunteer_response_create(volunteer_request=volunteer_request, volunteer=volunteer, **kwargs)


def started_request(organisation, leader, **fields):
    """A request that started a week ago, so hours can be logged for the past days."""
    return create(organisation, leader, starts_on=TODAY - datetime.timedelta(days=7), **fields)


# --- requests -----------------------------------------------------------------------------------------------------


def test_leader_posts_a_request_with_codes_search_text_and_programmes(network, organisation, leader, first_aid):
    created = create(
        organisation,
        leader,
        programmes=[first_aid],
        title="Premiers secours à la fête du quartier",
        description="نبحث عن متطوعين للإسعافات الأولية",
        languages=["fr", "ar", "fr"],
        in_return=["training", "training", "expenses"],
        city="Tétouan",
    )

    created.refresh_from_db()
    assert created.network == network and created.organisation == organisation
    assert created.created_by == leader
    assert created.status == RequestStatus.OPEN and created.version == 1
    assert created.languages == " fr ar " and created.language_codes == ["fr", "ar"]
    assert created.in_return == " training expenses "
    assert list(created.required_programmes.all()) == [first_aid]
    for word in ("premiers", "secours", "fete", "tetouan", "اسعافات", "متطوعين"):
        assert word in created.search_text.split(), word
    # The organisation's names in all three languages are searchable.
    assert "forening" in created.search_text and "جمعيه" in created.search_text


def test_city_defaults_to_the_organisations(organisation, leader):
    data = factories.request_data()
    del data["city"]
    created = services.volunteer_request_create(
        organisation=organisation, network=organisation.networks.first(), created_by=leader, data=data
    )
    assert created.city == organisation.city == "Tanger"


@pytest.mark.parametrize("who", ["volunteer", "sister_leader", "network_coordinator", "outsider", "plain_member"])
def test_only_leaders_of_the_organisation_post_requests(request, organisation, who):
    if who == "plain_member":
        person = member(organisation, Role.MEMBER)
    else:
        person = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        create(organisation, person)
    assert not VolunteerRequest.objects.exists()


def test_a_volunteer_of_the_organisation_does_not_post(organisation):
    with pytest.raises(PermissionDenied):
        create(organisation, member(organisation, Role.VOLUNTEER))


def test_anonymous_does_not_post(organisation):
    with pytest.raises(PermissionDenied):
        create(organisation, AnonymousUser())


def test_request_goes_only_to_a_network_of_the_organisation(organisation, leader, other_network):
    with pytest.raises(ValidationError) as error:
        create(organisation, leader, network=other_network)
    assert codes(error.value) == {"network"}
    assert not VolunteerRequest.objects.exists()


def test_programmes_of_another_network_are_refused(organisation, leader, other_network, first_aid):
    foreign = factories.programme(other_network)
    with pytest.raises(ValidationError) as error:
        create(organisation, leader, programmes=[first_aid, foreign])
    assert "required_programmes" in error.value.message_dict
    assert codes(error.value) == {"programmes"}
    assert not VolunteerRequest.objects.exists()


def test_end_before_start_is_refused_and_same_day_allowed(organisation, leader):
    start = TODAY + datetime.timedelta(days=3)
    with pytest.raises(ValidationError) as error:
        create(organisation, leader, starts_on=start, ends_on=start - datetime.timedelta(days=1))
    assert "ends_on" in error.value.message_dict and codes(error.value) == {"dates"}
    assert create(organisation, leader, starts_on=start, ends_on=start).ends_on == start


def test_missing_start_date_is_a_validation_error_not_a_crash(organisation, leader):
    with pytest.raises(ValidationError) as error:
        create(organisation, leader, starts_on=None, ends_on=TODAY)
    assert "starts_on" in error.value.message_dict


def test_in_person_needs_a_place(organisation, leader):
    organisation.city = ""
    organisation.save()
    with pytest.raises(ValidationError) as error:
        create(organisation, leader, mode=Mode.IN_PERSON, address="", city="")
    assert codes(error.value) == {"where"}
    # An address alone is enough.
    assert create(organisation, leader, mode=Mode.IN_PERSON, address="Rue 1", city="").address == "Rue 1"


def test_online_needs_joining_details_but_no_place(organisation, leader):
    with pytest.raises(ValidationError) as error:
        create(organisation, leader, mode=Mode.ONLINE, address="", city="", online_details="")
    assert codes(error.value) == {"online"}
    created = create(organisation, leader, mode=Mode.ONLINE, address="", city="", online_details="Zoom-link")
    assert created.mode == Mode.ONLINE


def test_both_modes_need_both_place_and_joining_details(organisation, leader):
    organisation.city = ""
    organisation.save()
    with pytest.raises(ValidationError) as error:
        create(organisation, leader, mode=Mode.BOTH, address="", city="", online_details="")
    assert codes(error.value) == {"where", "online"}


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"languages": ["xx"]}, "languages"),
        ({"languages": []}, "languages"),
        ({"languages": ["da", "klingon"]}, "languages"),
        ({"in_return": ["money"]}, "in_return"),
        ({"kind": "party"}, "kind"),
        ({"mode": "telepathy"}, "mode"),
        ({"hours": Decimal("0.4")}, "hours"),
        ({"volunteers_needed": 0}, "volunteers_needed"),
        ({"title": ""}, "title"),
    ],
)
def test_invalid_fields_are_refused(organisation, leader, fields, field):
    with pytest.raises(ValidationError) as error:
        create(organisation, leader, **fields)
    assert field in error.value.message_dict
    assert not VolunteerRequest.objects.exists()


def test_in_return_may_be_empty(organisation, leader):
    assert create(organisation, leader, in_return=[]).in_return == ""


def test_unknown_data_key_is_a_programming_error(organisation, leader):
    with pytest.raises(ValueError):
        create(organisation, leader, status=RequestStatus.FILLED)


def test_update_saves_renormalises_and_bumps_the_version(organisation, leader, first_aid, open_request):
    updated = services.volunteer_request_update(
        volunteer_request=open_request,
        updated_by=leader,
        version=open_request.version,
        data={"title": "Café de langues à Tétouan", "languages": ["fr"]},
        required_programmes=[first_aid],
    )
    assert updated.version == 2
    fresh = VolunteerRequest.objects.get(pk=open_request.pk)
    assert fresh.title == "Café de langues à Tétouan" and fresh.languages == " fr " and fresh.version == 2
    assert "cafe" in fresh.search_text.split() and "foreningshuset" not in fresh.search_text
    assert list(fresh.required_programmes.all()) == [first_aid]


def test_update_without_programmes_keeps_them(leader, first_aid, gated_request):
    services.volunteer_request_update(
        volunteer_request=gated_request, updated_by=leader, version=gated_request.version, data={"hours": Decimal("3")}
    )
    assert list(gated_request.required_programmes.all()) == [first_aid]
    services.volunteer_request_update(
        volunteer_request=gated_request,
        updated_by=leader,
        version=gated_request.version,
        data={},
        required_programmes=[],
    )
    assert not gated_request.required_programmes.exists()


@pytest.mark.parametrize("who", ["volunteer", "sister_leader", "network_coordinator", "outsider"])
def test_only_leaders_of_the_organisation_edit(request, open_request, who):
    with pytest.raises(PermissionDenied):
        services.volunteer_request_update(
            volunteer_request=open_request,
            updated_by=request.getfixturevalue(who),
            version=open_request.version,
            data={"title": "Hacked"},
        )
    open_request.refresh_from_db()
    assert open_request.title != "Hacked" and open_request.version == 1


def test_update_refuses_programmes_of_another_network(leader, open_request, other_network):
    with pytest.raises(ValidationError) as error:
        services.volunteer_request_update(
            volunteer_request=open_request,
            updated_by=leader,
            version=open_request.version,
            data={},
            required_programmes=[factories.programme(other_network)],
        )
    assert codes(error.value) == {"programmes"}
    assert not open_request.required_programmes.exists()


def test_update_refuses_end_before_start(leader, open_request):
    with pytest.raises(ValidationError) as error:
        services.volunteer_request_update(
            volunteer_request=open_request,
            updated_by=leader,
            version=open_request.version,
            data={"ends_on": open_request.starts_on - datetime.timedelta(days=1)},
        )
    assert codes(error.value) == {"dates"}
    assert VolunteerRequest.objects.get(pk=open_request.pk).ends_on is None


def test_two_leaders_editing_at_once_the_second_gets_a_conflict(leader, second_leader, open_request):
    first_copy = VolunteerRequest.objects.get(pk=open_request.pk)
    second_copy = VolunteerRequest.objects.get(pk=open_request.pk)
    loaded_version = first_copy.version

    services.volunteer_request_update(
        volunteer_request=first_copy, updated_by=leader, version=loaded_version, data={"title": "Leila's title"}
    )
    with pytest.raises(ValidationError) as error:
        services.volunteer_request_update(
            volunteer_request=second_copy,
            updated_by=second_leader,
            version=loaded_version,
            data={"title": "Farid's title"},
        )
    assert codes(error.value) == {"conflict"}
    fresh = VolunteerRequest.objects.get(pk=open_request.pk)
    assert fresh.title == "Leila's title" and fresh.version == loaded_version + 1
    # With the version just read, the second leader's save goes through.
    services.volunteer_request_update(
        volunteer_request=fresh, updated_by=second_leader, version=fresh.version, data={"title": "Farid's title"}
    )
    assert VolunteerRequest.objects.get(pk=open_request.pk).title == "Farid's title"


def test_a_status_change_in_between_is_a_conflict_too(leader, second_leader, open_request):
    loaded = VolunteerRequest.objects.get(pk=open_request.pk)
    services.volunteer_request_set_status(
        volunteer_request=open_request, status=RequestStatus.FILLED, changed_by=second_leader
    )
    with pytest.raises(ValidationError) as error:
        services.volunteer_request_update(
            volunteer_request=loaded, updated_by=leader, version=loaded.version, data={"title": "Edited"}
        )
    assert codes(error.value) == {"conflict"}


def test_an_edit_never_overwrites_the_status_with_a_stale_copy(leader, open_request):
    stale = VolunteerRequest.objects.get(pk=open_request.pk)
    services.volunteer_request_set_status(
        volunteer_request=open_request, status=RequestStatus.CANCELLED, changed_by=leader
    )
    fresh = VolunteerRequest.objects.get(pk=open_request.pk)
    # The view loads the request, the person edits the version they were shown: even when the copy saved is older
    # than that version, the status somebody else set stays.
    services.volunteer_request_update(volunteer_request=stale, updated_by=leader, version=fresh.version, data={})
    assert VolunteerRequest.objects.get(pk=open_request.pk).status == RequestStatus.CANCELLED


def test_raising_the_places_of_a_filled_request_opens_it_again(leader, open_request, volunteer, sister_organisation):
    second = member(sister_organisation, Role.VOLUNTEER)
    factories.response(open_request, volunteer, accepted=True, leader=leader)
    factories.response(open_request, second, accepted=True, leader=leader)
    open_request.refresh_from_db()
    assert open_request.status == RequestStatus.FILLED

    services.volunteer_request_update(
        volunteer_request=open_request, updated_by=leader, version=open_request.version, data={"volunteers_needed": 3}
    )
    open_request.refresh_from_db()
    assert open_request.status == RequestStatus.OPEN
    third = member(sister_organisation, Role.VOLUNTEER)
    factories.response(open_request, third, accepted=True, leader=leader)
    open_request.refresh_from_db()
    assert open_request.status == RequestStatus.FILLED


def test_places_cannot_drop_below_the_accepted_volunteers(leader, open_request, volunteer, sister_organisation):
    factories.response(open_request, volunteer, accepted=True, leader=leader)
    factories.response(open_request, member(sister_organisation, Role.VOLUNTEER), accepted=True, leader=leader)
    open_request.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        services.volunteer_request_update(
            volunteer_request=open_request,
            updated_by=leader,
            version=open_request.version,
            data={"volunteers_needed": 1},
        )
    assert "volunteers_needed" in error.value.message_dict
    assert VolunteerRequest.objects.get(pk=open_request.pk).volunteers_needed == 2


def test_lowering_the_places_to_the_accepted_count_fills_the_request(leader, open_request, volunteer):
    factories.response(open_request, volunteer, accepted=True, leader=leader)
    open_request.refresh_from_db()
    assert open_request.status == RequestStatus.OPEN
    services.volunteer_request_update(
        volunteer_request=open_request, updated_by=leader, version=open_request.version, data={"volunteers_needed": 1}
    )
    assert VolunteerRequest.objects.get(pk=open_request.pk).status == RequestStatus.FILLED


def test_an_edit_keeps_a_status_set_by_hand(leader, open_request):
    services.volunteer_request_set_status(
        volunteer_request=open_request, status=RequestStatus.FILLED, changed_by=leader
    )
    open_request.refresh_from_db()
    services.volunteer_request_update(
        volunteer_request=open_request, updated_by=leader, version=open_request.version, data={"title": "Ny titel"}
    )
    assert VolunteerRequest.objects.get(pk=open_request.pk).status == RequestStatus.FILLED


def test_every_error_is_reported_at_once(organisation, leader):
    with pytest.raises(ValidationError) as error:
        create(
            organisation,
            leader,
            languages=["xx"],
            mode=Mode.ONLINE,
            online_details="",
            hours=Decimal("0"),
            ends_on=TODAY,
            starts_on=TOMORROW,
        )
    assert set(error.value.message_dict) == {"languages", "online_details", "hours", "ends_on"}


def test_cancelling_declines_waiting_responses_and_tells_waiting_and_accepted_volunteers(
    leader, open_request, volunteer, sister_organisation, django_capture_on_commit_callbacks, mailoutbox
):
    accepted_volunteer = member(sister_organisation, Role.VOLUNTEER)
    accepted = factories.response(open_request, accepted_volunteer, accepted=True, leader=leader)
    waiting = respond(open_request, volunteer)
    withdrawn_volunteer = member(sister_organisation, Role.VOLUNTEER)
    withdrawn = respond(open_request, withdrawn_volunteer)
    services.volunteer_response_withdraw(response=withdrawn, withdrawn_by=withdrawn_volunteer)
    mailoutbox.clear()
    version = VolunteerRequest.objects.get(pk=open_request.pk).version

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.volunteer_request_set_status(
            volunteer_request=open_request, status=RequestStatus.CANCELLED, changed_by=leader
        )
    assert len(callbacks) == 2

    fresh = VolunteerRequest.objects.get(pk=open_request.pk)
    assert fresh.status == RequestStatus.CANCELLED and fresh.version == version + 1
    waiting.refresh_from_db()
    assert waiting.status == ResponseStatus.DECLINED and waiting.decided_by == leader and waiting.decided_at
    assert waiting.decision_note
    accepted.refresh_from_db()
    withdrawn.refresh_from_db()
    assert accepted.status == ResponseStatus.ACCEPTED and withdrawn.status == ResponseStatus.WITHDRAWN
    assert sorted(message.to[0] for message in mailoutbox) == sorted([volunteer.email, accepted_volunteer.email])
    # Both read that the request is cancelled, not that they were accepted or declined.
    assert all('data-status="cancelled"' in message.alternatives[0][0] for message in mailoutbox)


def test_status_changes_are_for_leaders_and_known_statuses(leader, volunteer, sister_leader, open_request):
    for person in (volunteer, sister_leader):
        with pytest.raises(PermissionDenied):
            services.volunteer_request_set_status(
                volunteer_request=open_request, status=RequestStatus.CANCELLED, changed_by=person
            )
    with pytest.raises(ValueError):
        services.volunteer_request_set_status(volunteer_request=open_request, status="deleted", changed_by=leader)
    assert VolunteerRequest.objects.get(pk=open_request.pk).status == RequestStatus.OPEN

    services.volunteer_request_set_status(
        volunteer_request=open_request, status=RequestStatus.FILLED, changed_by=leader
    )
    services.volunteer_request_set_status(volunteer_request=open_request, status=RequestStatus.OPEN, changed_by=leader)
    assert VolunteerRequest.objects.get(pk=open_request.pk).status == RequestStatus.OPEN


# --- responding and certificate gating ----------------------------------------------------------------------------


def test_volunteer_of_the_network_responds_and_the_leaders_are_told(
    open_request, volunteer, leader, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = respond(open_request, volunteer, message="  أستطيع المساعدة  ")
    assert response.status == ResponseStatus.PENDING and response.message == "أستطيع المساعدة"
    assert VolunteerResponse.objects.get() == response
    assert [message.to for message in mailoutbox] == [[leader.email]]


def test_nothing_is_emailed_before_the_transaction_commits(
    open_request, volunteer, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        respond(open_request, volunteer)
    assert len(callbacks) == 1 and mailoutbox == []


@pytest.mark.parametrize("who", ["outsider", "network_coordinator", "nobody"])
def test_people_outside_the_networks_organisations_cannot_respond(request, open_request, who):
    person = UserFactory() if who == "nobody" else request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        respond(open_request, person)
    assert not VolunteerResponse.objects.exists()


def test_a_non_member_is_refused_even_on_a_closed_request(leader, open_request, outsider):
    services.volunteer_request_set_status(
        volunteer_request=open_request, status=RequestStatus.CANCELLED, changed_by=leader
    )
    with pytest.raises(PermissionDenied):
        respond(open_request, outsider)


@pytest.mark.parametrize("status", [RequestStatus.FILLED, RequestStatus.CANCELLED])
def test_closed_request_takes_no_responses(leader, open_request, volunteer, status):
    services.volunteer_request_set_status(volunteer_request=open_request, status=status, changed_by=leader)
    # The caller's copy is stale (still "open"): the service reads the status from the database.
    open_request.status = RequestStatus.OPEN
    with pytest.raises(ValidationError) as error:
        respond(open_request, volunteer)
    assert codes(error.value) == {"closed"}
    assert not VolunteerResponse.objects.exists()


def test_second_live_response_is_refused_but_after_withdrawing_one_may_respond_again(open_request, volunteer):
    first = respond(open_request, volunteer)
    with pytest.raises(ValidationError) as error:
        respond(open_request, volunteer)
    assert codes(error.value) == {"responded"}
    assert VolunteerResponse.objects.count() == 1

    services.volunteer_response_withdraw(response=first, withdrawn_by=volunteer)
    again = respond(open_request, volunteer)
    assert again.pk != first.pk and again.status == ResponseStatus.PENDING


def test_an_accepted_volunteer_responding_again_is_told_they_responded(leader, open_request, volunteer):
    factories.response(open_request, volunteer, accepted=True, leader=leader)
    with pytest.raises(ValidationError) as error:
        respond(open_request, volunteer)
    assert codes(error.value) == {"responded"}


def test_after_a_decline_one_may_respond_again(leader, open_request, volunteer):
    first = respond(open_request, volunteer)
    services.volunteer_response_decline(response=first, decided_by=leader)
    assert respond(open_request, volunteer).status == ResponseStatus.PENDING


def test_the_database_refuses_a_second_live_response_created_directly(open_request, volunteer):
    VolunteerResponse.objects.create(request=open_request, volunteer=volunteer)
    with pytest.raises(IntegrityError), transaction.atomic():
        VolunteerResponse.objects.create(request=open_request, volunteer=volunteer, status=ResponseStatus.ACCEPTED)
    # Finished responses do not count.
    VolunteerResponse.objects.create(request=open_request, volunteer=volunteer, status=ResponseStatus.WITHDRAWN)
    VolunteerResponse.objects.create(request=open_request, volunteer=volunteer, status=ResponseStatus.DECLINED)
    assert VolunteerResponse.objects.count() == 3


def test_respond_without_certificate_is_refused(gated_request, volunteer):
    with pytest.raises(ValidationError) as error:
        respond(gated_request, volunteer)
    assert codes(error.value) == {"certificates"}
    assert not VolunteerResponse.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"status": CertificateStatus.REVOKED},
        {"status": CertificateStatus.EXPIRED, "expires_on": YESTERDAY},
        # The nightly job has not marked it expired yet: the date decides.
        {"status": CertificateStatus.ACTIVE, "expires_on": YESTERDAY},
    ],
    ids=["revoked", "expired", "past-its-date"],
)
def test_respond_with_an_invalid_certificate_is_refused(gated_request, volunteer, first_aid, fields):
    factories.certificate(first_aid, volunteer, **fields)
    with pytest.raises(ValidationError) as error:
        respond(gated_request, volunteer)
    assert codes(error.value) == {"certificates"}
    assert not VolunteerResponse.objects.exists()


def test_a_certificate_of_another_programme_does_not_count(network, gated_request, volunteer):
    factories.certificate(factories.programme(network), volunteer)
    with pytest.raises(ValidationError):
        respond(gated_request, volunteer)


def test_someone_elses_certificate_does_not_count(gated_request, volunteer, first_aid, leader):
    factories.certificate(first_aid, leader)
    with pytest.raises(ValidationError):
        respond(gated_request, volunteer)


@pytest.mark.parametrize("expires_on", [None, TODAY, TOMORROW], ids=["never", "today", "tomorrow"])
def test_respond_with_a_valid_certificate(gated_request, volunteer, first_aid, expires_on):
    factories.certificate(first_aid, volunteer, expires_on=expires_on)
    assert respond(gated_request, volunteer).status == ResponseStatus.PENDING


def test_every_required_programme_is_needed(network, organisation, leader, first_aid, volunteer):
    safeguarding = factories.programme(network)
    both = create(organisation, leader, programmes=[first_aid, safeguarding])
    factories.certificate(first_aid, volunteer)
    with pytest.raises(ValidationError) as error:
        respond(both, volunteer)
    assert codes(error.value) == {"certificates"}
    assert safeguarding.name in error.value.messages[0] and first_aid.name not in error.value.messages[0]
    factories.certificate(safeguarding, volunteer)
    assert respond(both, volunteer).status == ResponseStatus.PENDING


def test_the_today_parameter_decides_validity(gated_request, volunteer, first_aid):
    factories.certificate(first_aid, volunteer, expires_on=TODAY + datetime.timedelta(days=10))
    with pytest.raises(ValidationError):
        respond(gated_request, volunteer, today=TODAY + datetime.timedelta(days=11))
    assert respond(gated_request, volunteer, today=TODAY + datetime.timedelta(days=10)).pk


def test_withdraw_is_for_the_volunteer_only_and_only_once(open_request, volunteer, leader):
    response = respond(open_request, volunteer)
    with pytest.raises(PermissionDenied):
        services.volunteer_response_withdraw(response=response, withdrawn_by=leader)
    services.volunteer_response_withdraw(response=response, withdrawn_by=volunteer)
    response.refresh_from_db()
    assert response.status == ResponseStatus.WITHDRAWN
    with pytest.raises(ValidationError) as error:
        services.volunteer_response_withdraw(response=response, withdrawn_by=volunteer)
    assert codes(error.value) == {"state"}


def test_a_declined_response_cannot_be_withdrawn(open_request, volunteer, leader):
    response = respond(open_request, volunteer)
    services.volunteer_response_decline(response=response, decided_by=leader)
    with pytest.raises(ValidationError) as error:
        services.volunteer_response_withdraw(response=response, withdrawn_by=volunteer)
    assert codes(error.value) == {"state"}


# --- accepting and declining --------------------------------------------------------------------------------------


def test_accepting_tells_the_volunteer_and_the_last_place_fills_the_request(
    organisation, leader, volunteer, sister_organisation, django_capture_on_commit_callbacks, mailoutbox
):
    volunteer_request = create(organisation, leader, volunteers_needed=2)
    first = respond(volunteer_request, volunteer)
    second_volunteer = member(sister_organisation, Role.VOLUNTEER)
    second = respond(volunteer_request, second_volunteer)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        accepted = services.volunteer_response_accept(response=first, decided_by=leader, note="  Velkommen  ")
    assert accepted.status == ResponseStatus.ACCEPTED and accepted.decided_by == leader and accepted.decided_at
    assert accepted.decision_note == "Velkommen"
    assert [message.to for message in mailoutbox] == [[volunteer.email]]
    assert VolunteerRequest.objects.get(pk=volunteer_request.pk).status == RequestStatus.OPEN

    version = VolunteerRequest.objects.get(pk=volunteer_request.pk).version
    services.volunteer_response_accept(response=second, decided_by=leader)
    filled = VolunteerRequest.objects.get(pk=volunteer_request.pk)
    assert filled.status == RequestStatus.FILLED and filled.version == version + 1


def test_no_more_acceptances_than_places(organisation, leader, volunteer, sister_organisation):
    volunteer_request = create(organisation, leader, volunteers_needed=1)
    first = respond(volunteer_request, volunteer)
    second = respond(volunteer_request, member(sister_organisation, Role.VOLUNTEER))
    services.volunteer_response_accept(response=first, decided_by=leader)
    with pytest.raises(ValidationError) as error:
        services.volunteer_response_accept(response=second, decided_by=leader)
    assert codes(error.value) == {"full"}
    second.refresh_from_db()
    assert second.status == ResponseStatus.PENDING


def test_withdrawing_an_accepted_response_reopens_a_filled_request(organisation, leader, volunteer):
    volunteer_request = create(organisation, leader, volunteers_needed=1)
    response = factories.response(volunteer_request, volunteer, accepted=True, leader=leader)
    assert VolunteerRequest.objects.get(pk=volunteer_request.pk).status == RequestStatus.FILLED
    services.volunteer_response_withdraw(response=response, withdrawn_by=volunteer)
    assert VolunteerRequest.objects.get(pk=volunteer_request.pk).status == RequestStatus.OPEN


def test_withdrawing_does_not_reopen_a_cancelled_request(organisation, leader, volunteer):
    volunteer_request = create(organisation, leader, volunteers_needed=1)
    response = factories.response(volunteer_request, volunteer, accepted=True, leader=leader)
    services.volunteer_request_set_status(
        volunteer_request=volunteer_request, status=RequestStatus.CANCELLED, changed_by=leader
    )
    services.volunteer_response_withdraw(response=response, withdrawn_by=volunteer)
    assert VolunteerRequest.objects.get(pk=volunteer_request.pk).status == RequestStatus.CANCELLED


def test_decline_tells_the_volunteer(open_request, volunteer, leader, django_capture_on_commit_callbacks, mailoutbox):
    response = respond(open_request, volunteer)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        declined = services.volunteer_response_decline(response=response, decided_by=leader, note=" Fuldt hold ")
    declined.refresh_from_db()
    assert declined.status == ResponseStatus.DECLINED and declined.decision_note == "Fuldt hold"
    assert declined.decided_by == leader
    assert [message.to for message in mailoutbox] == [[volunteer.email]]


@pytest.mark.parametrize("first", ["accept", "decline"])
@pytest.mark.parametrize("then", ["accept", "decline"])
def test_deciding_twice_is_refused(open_request, volunteer, leader, second_leader, first, then):
    response = respond(open_request, volunteer)
    getattr(services, f"volunteer_response_{first}")(response=response, decided_by=leader)
    with pytest.raises(ValidationError) as error:
        getattr(services, f"volunteer_response_{then}")(response=response, decided_by=second_leader)
    assert codes(error.value) == {"state"}
    response.refresh_from_db()
    assert response.decided_by == leader


def test_a_withdrawn_response_cannot_be_accepted(open_request, volunteer, leader):
    response = respond(open_request, volunteer)
    services.volunteer_response_withdraw(response=response, withdrawn_by=volunteer)
    with pytest.raises(ValidationError) as error:
        services.volunteer_response_accept(response=response, decided_by=leader)
    assert codes(error.value) == {"state"}


@pytest.mark.parametrize("who", ["volunteer", "sister_leader", "network_coordinator", "outsider", "plain_member"])
def test_only_leaders_of_the_requesting_organisation_decide(request, open_request, organisation, volunteer, who):
    response = respond(open_request, volunteer)
    person = member(organisation, Role.MEMBER) if who == "plain_member" else request.getfixturevalue(who)
    for decide in (services.volunteer_response_accept, services.volunteer_response_decline):
        with pytest.raises(PermissionDenied):
            decide(response=response, decided_by=person)
    response.refresh_from_db()
    assert response.status == ResponseStatus.PENDING


def test_accept_rechecks_certificates(gated_request, volunteer, first_aid, leader):
    factories.certificate(first_aid, volunteer, expires_on=TOMORROW)
    response = respond(gated_request, volunteer)
    # Two days later the certificate has expired (the nightly job has not run yet).
    with pytest.raises(ValidationError) as error:
        services.volunteer_response_accept(
            response=response, decided_by=leader, today=TODAY + datetime.timedelta(days=2)
        )
    assert codes(error.value) == {"certificates"}
    response.refresh_from_db()
    assert response.status == ResponseStatus.PENDING
    assert services.volunteer_response_accept(response=response, decided_by=leader, today=TOMORROW).status == (
        ResponseStatus.ACCEPTED
    )


def test_accept_refuses_a_certificate_revoked_since_responding(gated_request, volunteer, first_aid, leader):
    certificate = factories.certificate(first_aid, volunteer)
    response = respond(gated_request, volunteer)
    certificate.status = CertificateStatus.REVOKED
    certificate.save()
    with pytest.raises(ValidationError) as error:
        services.volunteer_response_accept(response=response, decided_by=leader)
    assert codes(error.value) == {"certificates"}


def test_a_programme_required_after_responding_is_checked_at_accepting(
    network, leader, volunteer, open_request, first_aid
):
    response = respond(open_request, volunteer)
    services.volunteer_request_update(
        volunteer_request=open_request,
        updated_by=leader,
        version=open_request.version,
        data={},
        required_programmes=[first_aid],
    )
    with pytest.raises(ValidationError) as error:
        services.volunteer_response_accept(response=response, decided_by=leader)
    assert codes(error.value) == {"certificates"}


def test_declining_needs_no_certificate(gated_request, volunteer, first_aid, leader):
    certificate = factories.certificate(first_aid, volunteer)
    response = respond(gated_request, volunteer)
    certificate.delete()
    assert services.volunteer_response_decline(response=response, decided_by=leader).status == ResponseStatus.DECLINED


# --- hours --------------------------------------------------------------------------------------------------------


@pytest.fixture
def started(organisation, leader):
    return started_request(organisation, leader)


@pytest.fixture
def accepted(started, volunteer, leader):
    return factories.response(started, volunteer, accepted=True, leader=leader)


def log(response, **fields):
    fields.setdefault("logged_by", response.volunteer)
    fields.setdefault("date", YESTERDAY)
    fields.setdefault("hours", Decimal("2.5"))
    return services.hours_log(response=response, **fields)


def test_the_accepted_volunteer_logs_hours(accepted, volunteer):
    entry = log(accepted, note="  Lektiehjælp  ")
    entry.refresh_from_db()
    assert entry.status == HoursStatus.PENDING and entry.hours == Decimal("2.5") and entry.note == "Lektiehjælp"
    assert entry.response == accepted and entry.date == YESTERDAY


def test_hours_may_be_logged_today_and_on_the_first_day(accepted, started):
    assert log(accepted, date=TODAY).pk
    assert log(accepted, date=started.starts_on).pk


def test_someone_else_cannot_log_the_volunteers_hours(accepted, leader):
    with pytest.raises(PermissionDenied):
        log(accepted, logged_by=leader)
    assert not HoursEntry.objects.exists()


@pytest.mark.parametrize("state", ["pending", "declined", "withdrawn"])
def test_only_accepted_responses_log_hours(started, volunteer, leader, state):
    response = respond(started, volunteer)
    if state == "declined":
        services.volunteer_response_decline(response=response, decided_by=leader)
    elif state == "withdrawn":
        services.volunteer_response_withdraw(response=response, withdrawn_by=volunteer)
    with pytest.raises(ValidationError) as error:
        log(response)
    assert codes(error.value) == {"state"}
    assert not HoursEntry.objects.exists()


def test_an_accepted_response_withdrawn_later_logs_no_more(accepted, volunteer):
    services.volunteer_response_withdraw(response=accepted, withdrawn_by=volunteer)
    # The caller's copy still says "accepted": the service reads the status from the database.
    with pytest.raises(ValidationError) as error:
        log(accepted)
    assert codes(error.value) == {"state"}


def test_dates_in_the_future_or_before_the_start_are_refused(accepted, started):
    with pytest.raises(ValidationError) as error:
        log(accepted, date=TOMORROW)
    assert codes(error.value) == {"future"}
    with pytest.raises(ValidationError) as error:
        log(accepted, date=started.starts_on - datetime.timedelta(days=1))
    assert codes(error.value) == {"early"}
    assert not HoursEntry.objects.exists()


def test_the_today_parameter_decides_what_is_future(accepted):
    with pytest.raises(ValidationError):
        log(accepted, date=YESTERDAY, today=YESTERDAY - datetime.timedelta(days=1))
    assert log(accepted, date=TOMORROW, today=TOMORROW).pk


@pytest.mark.parametrize("hours", ["0", "0.4", "24.5", "25", "-1", "0.25"])
def test_hours_out_of_bounds_are_refused(accepted, hours):
    with pytest.raises(ValidationError) as error:
        log(accepted, hours=Decimal(hours))
    assert "hours" in error.value.message_dict
    assert not HoursEntry.objects.exists()


@pytest.mark.parametrize("hours", ["0.5", "24", "7.5"])
def test_hours_within_bounds_are_kept(accepted, hours):
    assert log(accepted, hours=Decimal(hours)).hours == Decimal(hours)


def test_a_leader_confirms_and_the_hours_count(accepted, leader):
    entry = log(accepted)
    confirmed = services.hours_confirm(entry=entry, reviewed_by=leader)
    confirmed.refresh_from_db()
    assert confirmed.status == HoursStatus.CONFIRMED and confirmed.reviewed_by == leader and confirmed.reviewed_at
    assert selectors.volunteer_profile(person=accepted.volunteer).confirmed_hours == Decimal("2.5")


def test_a_leader_rejects_with_a_reason(accepted, second_leader):
    entry = log(accepted)
    with pytest.raises(ValidationError) as error:
        services.hours_reject(entry=entry, reviewed_by=second_leader, note="   ")
    assert "review_note" in error.value.message_dict
    assert HoursEntry.objects.get().status == HoursStatus.PENDING
    rejected = services.hours_reject(entry=entry, reviewed_by=second_leader, note=" Forkert dato ")
    rejected.refresh_from_db()
    assert rejected.status == HoursStatus.REJECTED and rejected.review_note == "Forkert dato"
    assert rejected.reviewed_by == second_leader


@pytest.mark.parametrize("who", ["volunteer", "sister_leader", "network_coordinator", "outsider", "plain_member"])
def test_only_leaders_of_the_organisation_review_hours(request, accepted, organisation, who):
    entry = log(accepted)
    person = member(organisation, Role.MEMBER) if who == "plain_member" else request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        services.hours_confirm(entry=entry, reviewed_by=person)
    with pytest.raises(PermissionDenied):
        # Even with an empty note, the person is refused before anything else is said.
        services.hours_reject(entry=entry, reviewed_by=person, note="")
    assert HoursEntry.objects.get().status == HoursStatus.PENDING


def test_a_leader_never_reviews_their_own_hours(organisation, leader, second_leader):
    volunteer_request = started_request(organisation, leader)
    # The leader volunteers on their own organisation's request; another leader accepts.
    response = factories.response(volunteer_request, leader, accepted=True, leader=second_leader)
    entry = log(response)
    with pytest.raises(PermissionDenied):
        services.hours_confirm(entry=entry, reviewed_by=leader)
    with pytest.raises(PermissionDenied):
        services.hours_reject(entry=entry, reviewed_by=leader, note="Hmm")
    assert HoursEntry.objects.get().status == HoursStatus.PENDING
    assert services.hours_confirm(entry=entry, reviewed_by=second_leader).status == HoursStatus.CONFIRMED


@pytest.mark.parametrize("first", ["confirm", "reject"])
@pytest.mark.parametrize("then", ["confirm", "reject"])
def test_reviewing_twice_is_refused(accepted, leader, second_leader, first, then):
    entry = log(accepted)
    review = {"confirm": services.hours_confirm, "reject": services.hours_reject}
    extra = {"confirm": {}, "reject": {"note": "Nej"}}
    review[first](entry=entry, reviewed_by=leader, **extra[first])
    with pytest.raises(ValidationError) as error:
        review[then](entry=entry, reviewed_by=second_leader, **extra[then])
    assert codes(error.value) == {"state"}
    entry.refresh_from_db()
    assert entry.reviewed_by == leader


def test_a_leader_of_the_volunteers_own_organisation_does_not_review(accepted, sister_leader):
    entry = log(accepted)
    with pytest.raises(PermissionDenied):
        services.hours_confirm(entry=entry, reviewed_by=sister_leader)


def test_organisation_without_network_cannot_post(leader):
    lonely = OrganisationFactory()
    lonely_leader = member(lonely, Role.LEADER)
    with pytest.raises(ValidationError):
        services.volunteer_request_create(
            organisation=lonely,
            network=leader.organisations.first().networks.first(),
            created_by=lonely_leader,
            data=factories.request_data(),
        )


def test_accept_refuses_a_volunteer_who_left_the_network(open_request, volunteer, leader):
    response = respond(open_request, volunteer)
    volunteer.memberships.all().delete()
    with pytest.raises(ValidationError) as error:
        services.volunteer_response_accept(response=response, decided_by=leader)
    assert codes(error.value) == {"not_member"}
    response.refresh_from_db()
    assert response.status == ResponseStatus.PENDING
    # Declining is still possible.
    assert services.volunteer_response_decline(response=response, decided_by=leader).status == ResponseStatus.DECLINED


def test_accept_refuses_on_a_cancelled_request(open_request, volunteer, leader):
    response = respond(open_request, volunteer)
    # A response left waiting on a cancelled request (written before this rule, or by hand).
    VolunteerRequest.objects.filter(pk=open_request.pk).update(status=RequestStatus.CANCELLED)
    with pytest.raises(ValidationError) as error:
        services.volunteer_response_accept(response=response, decided_by=leader)
    assert codes(error.value) == {"closed"}


def test_a_leader_accepts_on_a_filled_request_when_a_place_is_free(organisation, leader, volunteer):
    volunteer_request = create(organisation, leader, volunteers_needed=2)
    response = respond(volunteer_request, volunteer)
    services.volunteer_request_set_status(
        volunteer_request=volunteer_request, status=RequestStatus.FILLED, changed_by=leader
    )
    assert services.volunteer_response_accept(response=response, decided_by=leader).status == ResponseStatus.ACCEPTED
    assert VolunteerRequest.objects.get(pk=volunteer_request.pk).status == RequestStatus.FILLED


def test_the_cancellation_note_is_in_each_volunteers_language(
    leader, open_request, volunteer, sister_organisation, django_capture_on_commit_callbacks, mailoutbox
):
    danish = member(sister_organisation, Role.VOLUNTEER, preferred_language="da")
    french = member(sister_organisation, Role.VOLUNTEER, preferred_language="fr")
    responses = {person.pk: respond(open_request, person) for person in (volunteer, danish, french)}
    with translation.override("da"), django_capture_on_commit_callbacks(execute=True):
        services.volunteer_request_set_status(
            volunteer_request=open_request, status=RequestStatus.CANCELLED, changed_by=leader
        )
    for person in (volunteer, danish, french):
        response = VolunteerResponse.objects.get(pk=responses[person.pk].pk)
        with translation.override(person.preferred_language):
            expected = gettext("The request was cancelled.")
        assert response.status == ResponseStatus.DECLINED and response.decision_note == expected
    assert sorted(message.to[0] for message in mailoutbox) == sorted([volunteer.email, danish.email, french.email])
