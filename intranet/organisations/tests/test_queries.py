"""Query counts: list and detail pages cost the same number of queries whatever the number of rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intranet.organisations import services
from intranet.organisations.models import Invitation, Role

from .factories import NetworkFactory, OrganisationFactory, UserFactory, member

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15
# The dashboard gathers every feature's panel (memberships, learning material, meetings, courses, course reports,
# certificates, volunteer requests); each costs one to three queries of its own, whatever the person's number of
# memberships. Measured 22.
DASHBOARD_MAX_QUERIES = 23


def queries_for(client, url) -> list[str]:
    """The SQL of one GET of `url`, after a first GET warmed caches (content types, session)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


def assert_same_cost(
    client, small: tuple, large: tuple, assert_num_queries, assert_max_num_queries, budget: int = MAX_QUERIES
):
    """GET `large` (user, url) costs exactly what `small` costs, and at most `budget`; returns that response."""
    client.force_login(small[0])
    small_queries = queries_for(client, small[1])
    client.force_login(large[0])
    large_queries = queries_for(client, large[1])
    assert len(large_queries) == len(small_queries), "\n".join(large_queries)
    with assert_num_queries(len(small_queries)), assert_max_num_queries(budget):
        return client.get(large[1])


def organisation_with_members(count: int):
    organisation = OrganisationFactory()
    NetworkFactory().organisations.add(organisation)
    leader = member(organisation, Role.LEADER)
    for index in range(count - 1):
        member(organisation, Role.VOLUNTEER if index % 2 else Role.MEMBER)
    for index in range(3):
        Invitation.objects.create(organisation=organisation, email=f"waiting{index}@example.org", invited_by=leader)
    return organisation, leader


def test_organisation_detail_costs_the_same_for_10_and_100_members(
    client, django_assert_max_num_queries, django_assert_num_queries
):
    small, small_leader = organisation_with_members(10)
    large, large_leader = organisation_with_members(100)

    response = assert_same_cost(
        client,
        (small_leader, f"/da/organisations/{small.slug}/"),
        (large_leader, f"/da/organisations/{large.slug}/"),
        django_assert_num_queries,
        django_assert_max_num_queries,
    )
    assert len(response.context["memberships"]) == 100


def network_with_organisations(count: int):
    network = NetworkFactory()
    for index in range(count):
        organisation = OrganisationFactory()
        services.network_organisation_add(network=network, organisation=organisation)
        member(organisation, Role.LEADER)
        if index % 3 == 0:
            member(organisation, Role.VOLUNTEER)
    viewer = UserFactory()
    services.network_coordinator_add(network=network, user=viewer)
    return network, viewer


def test_network_detail_costs_the_same_for_10_and_100_organisations(
    client, django_assert_max_num_queries, django_assert_num_queries
):
    small, small_viewer = network_with_organisations(10)
    large, large_viewer = network_with_organisations(100)

    response = assert_same_cost(
        client,
        (small_viewer, f"/da/networks/{small.slug}/"),
        (large_viewer, f"/da/networks/{large.slug}/"),
        django_assert_num_queries,
        django_assert_max_num_queries,
    )
    assert len(response.context["organisations"]) == 100


def person_with_memberships(count: int):
    person = UserFactory()
    network = NetworkFactory()
    for index in range(count):
        organisation = OrganisationFactory()
        network.organisations.add(organisation)
        services.membership_create(
            user=person, organisation=organisation, role=Role.LEADER if index % 2 else Role.MEMBER
        )
    services.network_coordinator_add(network=network, user=person)
    return person


def test_dashboard_costs_the_same_for_2_and_20_memberships(
    client, django_assert_max_num_queries, django_assert_num_queries
):
    few = person_with_memberships(2)
    many = person_with_memberships(20)

    response = assert_same_cost(
        client,
        (few, "/da/dashboard/"),
        (many, "/da/dashboard/"),
        django_assert_num_queries,
        django_assert_max_num_queries,
        budget=DASHBOARD_MAX_QUERIES,
    )
    assert len(response.context["memberships"]) == 20
