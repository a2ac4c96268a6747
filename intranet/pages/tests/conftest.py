"""Fixtures for the pages tests: a network with its home, members-only library and public magazine, its people,
an outsider from another network, and the CMS groups' people."""

import pytest
from django.contrib.auth.models import Group

from intranet.organisations.tests.factories import (
    NetworkFactory,
    OrganisationFactory,
    UserFactory,
    coordinator,
    member,
)

from . import factories


@pytest.fixture
def network_member(organisation):
    return member(organisation, full_name="Mona Member")


@pytest.fixture
def network_coordinator(network):
    return coordinator(network, full_name="Karim Coordinator")


@pytest.fixture
def other_network(db):
    return NetworkFactory()


@pytest.fixture
def outsider(other_network):
    """A member of an organisation in another network."""
    organisation = OrganisationFactory()
    other_network.organisations.add(organisation)
    return member(organisation, full_name="Omar Outsider")


@pytest.fixture
def home(network):
    return factories.home_page(network)


@pytest.fixture
def library(home):
    return factories.library(home)


@pytest.fixture
def magazine(home):
    return factories.magazine(home)


def cms_user(group_name: str, **fields):
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    """A CMS editor (group "Editors"): writes and submits pages, may not publish."""
    return cms_user("Editors", full_name="Eva Editor")


@pytest.fixture
def cms_coordinator(db):
    """A CMS coordinator (group "Coordinators"): approves and publishes."""
    return cms_user("Coordinators", full_name="Camille Coordinator")
