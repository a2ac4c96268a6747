"""A small world: `network` with `organisation` and a second member organisation, and one outside network."""

import pytest

from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, coordinator, member


@pytest.fixture
def sister_organisation(network):
    """Another organisation of `network`: its people may search the directory but not edit `organisation`'s offers."""
    organisation = OrganisationFactory(city="Tétouan")
    network.organisations.add(organisation)
    return organisation


@pytest.fixture
def foreign_organisation(db):
    """An organisation of another network: its people are outsiders to `network`."""
    organisation = OrganisationFactory(city="Odense", country="DK")
    NetworkFactory().organisations.add(organisation)
    return organisation


@pytest.fixture
def leader(organisation):
    return member(organisation, Role.LEADER, full_name="Leila Leader", preferred_language="ar")


@pytest.fixture
def volunteer(organisation):
    return member(organisation, Role.VOLUNTEER, full_name="Valdemar Volunteer")


@pytest.fixture
def sister_leader(sister_organisation):
    return member(sister_organisation, Role.LEADER, full_name="Sara Sister", preferred_language="fr")


@pytest.fixture
def outsider(foreign_organisation):
    return member(foreign_organisation, Role.LEADER, full_name="Omar Outsider")


@pytest.fixture
def network_coordinator(network):
    return coordinator(network, full_name="Houda Coordinator")
