"""Who may do what: every page refuses outsiders (404) and members without the role (403)."""

import pytest

from intranet.organisations.tests.factories import UserFactory

from .factories import offer

pytestmark = pytest.mark.django_db


@pytest.fixture
def existing(organisation, leader):
    return offer(organisation, contact=leader)


def network_pages(network, existing):
    base = f"/da/directory/networks/{network.slug}/"
    return [base, f"{base}offers/{existing.pk}/"]


def organisation_pages(organisation, existing):
    base = f"/da/directory/organisations/{organisation.slug}/offers/"
    return [base, f"{base}add/", f"{base}{existing.pk}/edit/"]


def test_outsider_of_another_network_gets_404_everywhere(client, network, organisation, existing, outsider):
    client.force_login(outsider)
    for url in network_pages(network, existing) + organisation_pages(organisation, existing):
        assert client.get(url).status_code == 404, url
    assert (
        client.post(f"/da/directory/organisations/{organisation.slug}/offers/{existing.pk}/withdraw/").status_code
        == 404
    )
    assert client.get(f"/da/directory/networks/{network.slug}/import/").status_code == 404


def test_person_without_organisation_gets_404(client, network, existing):
    client.force_login(UserFactory())
    assert client.get(f"/da/directory/networks/{network.slug}/").status_code == 404


def test_anonymous_is_sent_to_sign_in(client, network, existing):
    response = client.get(f"/da/directory/networks/{network.slug}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_volunteer_searches_but_cannot_manage_the_organisations_offers(
    client, network, organisation, existing, volunteer
):
    client.force_login(volunteer)
    for url in network_pages(network, existing):
        assert client.get(url).status_code == 200, url
    for url in organisation_pages(organisation, existing):
        assert client.get(url).status_code == 403, url
    assert (
        client.post(f"/da/directory/organisations/{organisation.slug}/offers/{existing.pk}/withdraw/").status_code
        == 403
    )
    existing.refresh_from_db()
    assert existing.withdrawn_at is None


def test_leader_of_another_organisation_cannot_edit(client, network, organisation, existing, sister_leader):
    client.force_login(sister_leader)
    assert client.get(network_pages(network, existing)[0]).status_code == 200
    for url in organisation_pages(organisation, existing):
        assert client.get(url).status_code == 404, url  # they cannot even see the organisation's admin pages
    response = client.post(f"/da/directory/organisations/{organisation.slug}/offers/{existing.pk}/withdraw/")
    assert response.status_code == 404


def test_leader_cannot_edit_another_organisations_offer_through_their_own(
    client, organisation, sister_organisation, sister_leader
):
    theirs = offer(organisation)
    client.force_login(sister_leader)
    base = f"/da/directory/organisations/{sister_organisation.slug}/offers/{theirs.pk}/"
    assert client.get(base + "edit/").status_code == 404
    assert client.post(base + "withdraw/").status_code == 404


def test_coordinator_searches_but_does_not_manage_an_organisations_offers(
    client, network, organisation, existing, network_coordinator
):
    client.force_login(network_coordinator)
    assert client.get(network_pages(network, existing)[0]).status_code == 200
    assert client.get(organisation_pages(organisation, existing)[2]).status_code == 403


def test_only_the_networks_coordinators_import(client, network, leader, network_coordinator):
    url = f"/da/directory/networks/{network.slug}/import/"
    client.force_login(leader)
    assert client.get(url).status_code == 403
    client.force_login(network_coordinator)
    assert client.get(url).status_code == 200
