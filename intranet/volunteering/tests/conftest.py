"""A small world: `organisation` (of `network`) asks for volunteers; `volunteer` belongs to a sister organisation
of the same network; `first_aid` is a certificate programme of the network; an outsider belongs to another
network."""

import pytest

from certification.tests.factories import programme
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, coordinator, member

from . import factories


@pytest.fixture
def sister_organisation(network):
    organisation = OrganisationFactory(city="Tétouan")
    network.organisations.add(organisation)
    return organisation


@pytest.fixture
def leader(organisation):
    return member(organisation, Role.LEADER, full_name="Leila Leader", preferred_language="da")


@pytest.fixture
def volunteer(sister_organisation):
    return member(sister_organisation, Role.VOLUNTEER, full_name="Youssef Volontaire", preferred_language="ar")


@pytest.fixture
def outsider(db):
    organisation = OrganisationFactory(city="Odense", country="DK")
    NetworkFactory().organisations.add(organisation)
    return member(organisation, Role.LEADER, full_name="Omar Outsider")


@pytest.fixture
def network_coordinator(network):
    return coordinator(network, full_name="Houda Coordinator")


@pytest.fixture
def first_aid(network):
    """A certificate programme without courses (enough for gating); tests that need the course add one."""
    return programme(network, name_da="Førstehjælp", name_ar="الإسعافات الأولية", name_fr="Premiers secours")


@pytest.fixture
def open_request(organisation, leader):
    return factories.volunteer_request(organisation, leader=leader)


@pytest.fixture
def gated_request(organisation, leader, first_aid):
    return factories.volunteer_request(
        organisation, leader=leader, programmes=[first_aid], title="Førstehjælpsvagt ved loppemarked"
    )


@pytest.fixture
def sister_leader(sister_organisation):
    """A leader of the volunteer's organisation: leads in the network, but not the requesting organisation."""
    return member(sister_organisation, Role.LEADER, full_name="Sara Sister", preferred_language="fr")


@pytest.fixture
def second_leader(organisation):
    """Another leader of the requesting organisation, reading French."""
    return member(organisation, Role.LEADER, full_name="Farid Second", preferred_language="fr")


@pytest.fixture
def other_network(db):
    return NetworkFactory()
