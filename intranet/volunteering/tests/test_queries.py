"""Query counts: the request list and the responses page cost the same whatever the number of rows, and the
dashboard panel costs three queries."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, member
from intranet.volunteering.wagtail_hooks import volunteering_dashboard_panel

from . import factories

pytestmark = pytest.mark.django_db

LIST_MAX_QUERIES = 8
# Measured 11: session, user, the led organisation, the request and its programmes, responses and their hours, the
# volunteers' certificates and their hours in all, and the two permission queries of base.html's CMS link.
RESPONSES_MAX_QUERIES = 11
PANEL_QUERIES = 3


def queries_for(client, url) -> list[str]:
    """The SQL of one GET of `url`, after a first GET warmed caches (content types, session)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


def network_with_requests(count: int):
    """`count` requests of several organisations, a third requiring one of two programmes, a volunteer who holds
    one programme and responded to a third of the requests, and a leader."""
    network = NetworkFactory()
    organisations = [OrganisationFactory(city=f"By {index}") for index in range(max(1, count // 3))]
    for organisation in organisations:
        network.organisations.add(organisation)
    leaders = [member(organisation, Role.LEADER) for organisation in organisations]
    programmes = [factories.programme(network), factories.programme(network)]
    volunteer = member(organisations[0], Role.VOLUNTEER)
    factories.certificate(programmes[0], volunteer)
    for index in range(count):
        position = index % len(organisations)
        volunteer_request = factories.volunteer_request(
            organisations[position],
            network,
            leader=leaders[position],
            programmes=[programmes[index % 2]] if index % 3 == 0 else [],
            city=organisations[position].city,
            title=f"Opgave {index}",
        )
        if index % 3 == 1:
            factories.response(volunteer_request, volunteer)
    return network, volunteer


@pytest.mark.parametrize("params", ["", "?language=ar&eligible=on", "?kind=homework&city=By+0", "?page=2&closed=on"])
def test_request_list_costs_the_same_for_3_and_30_requests(client, django_assert_max_num_queries, params):
    small, small_reader = network_with_requests(3)
    large, large_reader = network_with_requests(30)

    client.force_login(small_reader)
    small_queries = queries_for(client, f"/da/volunteering/networks/{small.slug}/{params}")
    client.force_login(large_reader)
    large_queries = queries_for(client, f"/da/volunteering/networks/{large.slug}/{params}")

    assert len(large_queries) == len(small_queries), "\n".join(large_queries)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        response = client.get(f"/da/volunteering/networks/{large.slug}/{params}")
    if not params:
        assert len(response.context["page_obj"]) == 20 and response.context["page_obj"].paginator.count == 30


def request_with_responses(count: int):
    """A request requiring a programme with `count` responses: a third accepted with hours, some volunteers holding
    the certificate."""
    network = NetworkFactory()
    organisation, sister = OrganisationFactory(), OrganisationFactory()
    network.organisations.add(organisation, sister)
    leader = member(organisation, Role.LEADER)
    programme = factories.programme(network)
    volunteer_request = factories.volunteer_request(
        organisation, network, leader=leader, programmes=[programme], volunteers_needed=count
    )
    for index in range(count):
        volunteer = member(sister, Role.VOLUNTEER)
        factories.certificate(programme, volunteer)
        response = factories.response(volunteer_request, volunteer, accepted=index % 3 == 0, leader=leader)
        if index % 3 == 0:
            factories.hours(response, confirmed_by=leader)
            factories.hours(response)
        if index % 2:
            volunteer.certificates.update(status="revoked")
    return volunteer_request, leader


def test_responses_page_costs_the_same_for_3_and_30_responses(client, django_assert_max_num_queries):
    small, small_leader = request_with_responses(3)
    large, large_leader = request_with_responses(30)

    def url(volunteer_request):
        base = f"/da/volunteering/organisations/{volunteer_request.organisation.slug}/requests/"
        return f"{base}{volunteer_request.pk}/responses/"

    client.force_login(small_leader)
    small_queries = queries_for(client, url(small))
    client.force_login(large_leader)
    large_queries = queries_for(client, url(large))

    assert len(large_queries) == len(small_queries), "\n".join(large_queries)
    with django_assert_max_num_queries(RESPONSES_MAX_QUERIES):
        response = client.get(url(large))
    assert len(response.context["rows"]) == 30


def test_dashboard_panel_costs_three_queries(rf: RequestFactory, django_assert_num_queries):
    network, volunteer = network_with_requests(6)
    leader = volunteer.memberships.get().organisation.memberships.get(role=Role.LEADER).user
    for person in (volunteer, leader):
        request = rf.get("/da/dashboard/")
        request.user = person
        with django_assert_num_queries(PANEL_QUERIES):
            panel = volunteering_dashboard_panel(request)
            panel.render(request)
        assert [item.pk for item in panel.context["networks"]] == [network.pk]


def test_request_list_costs_a_leader_no_more(client, django_assert_max_num_queries):
    network, volunteer = network_with_requests(6)
    leader = volunteer.memberships.get().organisation.memberships.get(role=Role.LEADER).user
    client.force_login(leader)
    url = f"/da/volunteering/networks/{network.slug}/"
    assert client.get(url).status_code == 200
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        response = client.get(url)
    assert 'data-post-for="' in response.content.decode()
