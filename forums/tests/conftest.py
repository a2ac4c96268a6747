"""A small world: `network` with two member organisations, its coordinator (a moderator), a forum, and an outsider."""

import pytest

from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, coordinator, member

from .factories import forum_for


@pytest.fixture
def sister_organisation(network):
    organisation = OrganisationFactory(city="Tétouan")
    network.organisations.add(organisation)
    return organisation


@pytest.fixture
def foreign_organisation(db):
    organisation = OrganisationFactory(city="Odense", country="DK")
    NetworkFactory().organisations.add(organisation)
    return organisation


@pytest.fixture
def moderator(network):
    return coordinator(network, full_name="Houda Coordinator", preferred_language="fr")


@pytest.fixture
def forum(network, moderator):
    return forum_for(network)


@pytest.fixture
def author(organisation):
    return member(organisation, Role.VOLUNTEER, full_name="Leila Bennani", preferred_language="ar")


@pytest.fixture
def reader(sister_organisation):
    return member(sister_organisation, Role.MEMBER, full_name="Søren Ørsted", preferred_language="da")


@pytest.fixture
def outsider(foreign_organisation):
    return member(foreign_organisation, Role.LEADER, full_name="Omar Outsider")
