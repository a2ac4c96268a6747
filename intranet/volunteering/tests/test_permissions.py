"""Who may do what: network pages for the network's people, an organisation's pages for its leaders (403 for its
other members and coordinators, 404 for everyone else), answers and hours for the requesting organisation's leaders."""

import pytest

from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member
from intranet.volunteering.models import HoursStatus, RequestStatus, ResponseStatus

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def plain_member(organisation):
    return member(organisation, Role.MEMBER, full_name="Mona Member")


@pytest.fixture
def sister_leader(sister_organisation):
    return member(sister_organisation, Role.LEADER, full_name="Sara Sister")


def network_pages(network, volunteer_request):
    base = f"/da/volunteering/networks/{network.slug}/"
    return [base, f"{base}requests/{volunteer_request.pk}/", f"{base}give-and-get/"]


def organisation_pages(organisation, volunteer_request):
    base = f"/da/volunteering/organisations/{organisation.slug}/requests/"
    return [base, f"{base}add/", f"{base}{volunteer_request.pk}/edit/", f"{base}{volunteer_request.pk}/responses/"]


def status_url(volunteer_request):
    return (
        f"/da/volunteering/organisations/{volunteer_request.organisation.slug}/requests/{volunteer_request.pk}/status/"
    )


def test_anonymous_is_sent_to_sign_in(client, network, organisation, open_request, volunteer):
    response = factories.response(open_request, volunteer)
    urls = ["/da/volunteering/", "/da/volunteering/me/", f"/da/volunteering/volunteers/{volunteer.pk}/"]
    urls += network_pages(network, open_request) + organisation_pages(organisation, open_request)
    for url in urls:
        answer = client.get(url)
        assert answer.status_code == 302 and "/accounts/login/" in answer["Location"], url
    for url in (
        f"/da/volunteering/responses/{response.pk}/withdraw/",
        f"/da/volunteering/responses/{response.pk}/decide/",
        status_url(open_request),
    ):
        assert client.post(url, {"decision": "accept", "status": "filled"}).status_code == 302, url
    response.refresh_from_db()
    assert response.status == ResponseStatus.PENDING


def test_leader_sees_every_page(client, network, organisation, open_request, leader):
    client.force_login(leader)
    for url in network_pages(network, open_request) + organisation_pages(organisation, open_request):
        assert client.get(url).status_code == 200, url
    assert client.get("/da/volunteering/me/").status_code == 200


@pytest.mark.parametrize("person", ["plain_member", "network_coordinator"])
def test_members_without_the_leader_role_and_coordinators_get_403_on_the_organisations_pages(
    client, request, network, organisation, open_request, person
):
    client.force_login(request.getfixturevalue(person))
    for url in network_pages(network, open_request):
        assert client.get(url).status_code == 200, url
    for url in organisation_pages(organisation, open_request):
        assert client.get(url).status_code == 403, url
    assert client.post(status_url(open_request), {"status": "cancelled"}).status_code == 403
    open_request.refresh_from_db()
    assert open_request.status == RequestStatus.OPEN


def test_volunteer_of_a_sister_organisation_browses_but_cannot_see_the_organisations_pages(
    client, network, organisation, open_request, volunteer
):
    client.force_login(volunteer)
    for url in network_pages(network, open_request):
        assert client.get(url).status_code == 200, url
    for url in organisation_pages(organisation, open_request):
        assert client.get(url).status_code == 404, url
    assert client.post(status_url(open_request), {"status": "cancelled"}).status_code == 404


def test_outsider_of_another_network_gets_404_everywhere(client, network, organisation, open_request, outsider):
    client.force_login(outsider)
    for url in network_pages(network, open_request) + organisation_pages(organisation, open_request):
        assert client.get(url).status_code == 404, url
    assert client.post(network_pages(network, open_request)[1], {"message": "x"}).status_code == 404
    assert client.post(status_url(open_request), {"status": "cancelled"}).status_code == 404
    open_request.refresh_from_db()
    assert open_request.status == RequestStatus.OPEN and not open_request.responses.exists()


def test_only_the_requesting_organisations_leaders_answer_responses(
    client, open_request, volunteer, sister_leader, outsider, leader
):
    response = factories.response(open_request, volunteer)
    url = f"/da/volunteering/responses/{response.pk}/decide/"
    for person in (volunteer, sister_leader, outsider):
        client.force_login(person)
        assert client.post(url, {"decision": "accept"}).status_code == 404
        response.refresh_from_db()
        assert response.status == ResponseStatus.PENDING
    client.force_login(leader)
    assert client.post(url, {"decision": "accept"}).status_code == 302
    response.refresh_from_db()
    assert response.status == ResponseStatus.ACCEPTED


def test_only_the_requesting_organisations_leaders_review_hours(client, open_request, volunteer, sister_leader, leader):
    accepted = factories.response(open_request, volunteer, accepted=True, leader=leader)
    entry = factories.hours(accepted)
    url = f"/da/volunteering/hours/{entry.pk}/review/"
    for person in (volunteer, sister_leader):
        client.force_login(person)
        assert client.post(url, {"decision": "confirm"}).status_code == 404
    entry.refresh_from_db()
    assert entry.status == HoursStatus.PENDING
    client.force_login(leader)
    assert client.post(url, {"decision": "confirm"}).status_code == 302
    entry.refresh_from_db()
    assert entry.status == HoursStatus.CONFIRMED


def test_a_leader_cannot_confirm_their_own_hours(client, organisation, open_request, leader):
    colleague = member(organisation, Role.LEADER)
    accepted = factories.response(open_request, leader, accepted=True, leader=colleague)
    entry = factories.hours(accepted)
    client.force_login(leader)
    assert client.post(f"/da/volunteering/hours/{entry.pk}/review/", {"decision": "confirm"}).status_code == 403
    entry.refresh_from_db()
    assert entry.status == HoursStatus.PENDING
    client.force_login(colleague)
    client.post(f"/da/volunteering/hours/{entry.pk}/review/", {"decision": "confirm"})
    entry.refresh_from_db()
    assert entry.status == HoursStatus.CONFIRMED


def test_only_the_volunteer_withdraws_or_logs_hours(client, open_request, volunteer, leader, sister_leader):
    accepted = factories.response(open_request, volunteer, accepted=True, leader=leader)
    for person in (leader, sister_leader):
        client.force_login(person)
        assert client.post(f"/da/volunteering/responses/{accepted.pk}/withdraw/").status_code == 404
        answer = client.post(
            f"/da/volunteering/responses/{accepted.pk}/hours/", {"date": open_request.starts_on, "hours": "1"}
        )
        assert answer.status_code == 404
    accepted.refresh_from_db()
    assert accepted.status == ResponseStatus.ACCEPTED and not accepted.hours_entries.exists()


def test_a_volunteers_profile_is_seen_by_those_who_work_with_them(
    client, open_request, volunteer, leader, plain_member, network_coordinator, outsider, sister_leader
):
    url = f"/da/volunteering/volunteers/{volunteer.pk}/"
    for person in (plain_member, outsider, leader):  # the leader before the volunteer responded to them
        client.force_login(person)
        assert client.get(url).status_code == 404
    factories.response(open_request, volunteer)
    for person in (leader, network_coordinator, sister_leader, volunteer):
        client.force_login(person)
        assert client.get(url).status_code == 200
