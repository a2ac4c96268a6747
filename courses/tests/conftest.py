"""Fixtures for the courses tests: a network with a members-only catalogue, its people, and an outsider."""

import pytest

from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, coordinator, member
from intranet.pages.tests import factories as page_factories

from . import factories


@pytest.fixture
def home(network):
    return page_factories.home_page(network)


@pytest.fixture
def catalogue(home):
    return factories.catalogue(home)


@pytest.fixture
def course(catalogue):
    return factories.course(catalogue)


@pytest.fixture
def learner(organisation):
    return member(organisation, Role.VOLUNTEER, full_name="Lina Learner")


@pytest.fixture
def leader(organisation):
    return member(organisation, Role.LEADER, full_name="Laila Leader")


@pytest.fixture
def network_coordinator(network):
    return coordinator(network, full_name="Karim Coordinator")


@pytest.fixture
def other_organisation(network):
    """Another organisation of the same network."""
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    return organisation


@pytest.fixture
def outsider(db):
    """A leader of an organisation in another network."""
    other = NetworkFactory()
    organisation = OrganisationFactory()
    other.organisations.add(organisation)
    return member(organisation, Role.LEADER, full_name="Omar Outsider")
