"""Query counts: the directory costs the same whatever the number of offers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intranet.directory import services
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, member

from .factories import CompetenceFactory, offer

pytestmark = pytest.mark.django_db

MAX_QUERIES = 8


def network_with_offers(count: int):
    network = NetworkFactory()
    competences = [CompetenceFactory() for _index in range(3)]
    organisations = [OrganisationFactory(city=f"City {index}") for index in range(max(1, count // 3))]
    for organisation in organisations:
        network.organisations.add(organisation)
    for index in range(count):
        organisation = organisations[index % len(organisations)]
        offer(
            organisation,
            competences[index // len(organisations) % 3] if count >= 3 else competences[index],
            description=f"Hjælp nummer {index}",
            languages=["da", "ar"],
        )
    reader = member(organisations[0], Role.LEADER)
    return network, reader


def queries_for(client, url) -> list[str]:
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


@pytest.mark.parametrize("params", ["", "?q=hjælp&language=ar", "?page=2"])
def test_search_costs_the_same_for_9_and_90_offers(client, django_assert_max_num_queries, params):
    small, small_reader = network_with_offers(9)
    large, large_reader = network_with_offers(90)

    client.force_login(small_reader)
    small_queries = queries_for(client, f"/da/directory/networks/{small.slug}/{params}")
    client.force_login(large_reader)
    large_queries = queries_for(client, f"/da/directory/networks/{large.slug}/{params}")

    assert len(large_queries) == len(small_queries), "\n".join(large_queries)
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(f"/da/directory/networks/{large.slug}/{params}")


def organisation_with_offers_and_requests(count: int):
    network = NetworkFactory()
    organisation, asking = OrganisationFactory(), OrganisationFactory()
    network.organisations.add(organisation, asking)
    leader = member(organisation, Role.LEADER)
    asker = member(asking, Role.LEADER)
    for _index in range(count):
        existing = offer(organisation, contact=leader, languages=["fr", "ar"])
        services.help_request_create(
            offer=existing, asked_by=asker, asker_organisation=asking, message="Aidez-nous", reach_me="mardi"
        )
    return organisation, leader


def test_organisation_offers_page_costs_the_same_for_3_and_30_offers(client, django_assert_max_num_queries):
    small, small_leader = organisation_with_offers_and_requests(3)
    large, large_leader = organisation_with_offers_and_requests(30)

    client.force_login(small_leader)
    small_queries = queries_for(client, f"/da/directory/organisations/{small.slug}/offers/")
    client.force_login(large_leader)
    large_queries = queries_for(client, f"/da/directory/organisations/{large.slug}/offers/")

    assert len(large_queries) == len(small_queries), "\n".join(large_queries)
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(f"/da/directory/organisations/{large.slug}/offers/")
