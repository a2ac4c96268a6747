import pytest

from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, coordinator, member

from .factories import NetworkMeetingFactory


@pytest.fixture
def network_coordinator(network):
    return coordinator(network, full_name="Coco Coordinator")


@pytest.fixture
def leader(organisation):
    return member(organisation, Role.LEADER, full_name="Leila Leader")


@pytest.fixture
def volunteer(organisation):
    return member(organisation, Role.VOLUNTEER, full_name="Valdemar Volunteer")


@pytest.fixture
def outsider(db):
    """A leader in an organisation of another network."""
    other = OrganisationFactory()
    NetworkFactory().organisations.add(other)
    return member(other, Role.LEADER, full_name="Omar Outsider")


@pytest.fixture
def meeting(network, organisation):
    return NetworkMeetingFactory(network=network, host_organisation=organisation)
