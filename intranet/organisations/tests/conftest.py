"""Fixtures shared by the organisations tests: a small world of one network, two organisations and their people."""

import pytest
from django.utils import translation

from intranet.organisations.models import Role

from .factories import NetworkFactory, OrganisationFactory, member


@pytest.fixture(autouse=True)
def _default_language():
    """Requests activate a language on the thread; start and end every test in Danish so none leaks."""
    translation.activate("da")
    yield
    translation.activate("da")


@pytest.fixture
def network(db):
    return NetworkFactory()


@pytest.fixture
def organisation(network):
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    return organisation


@pytest.fixture
def other_organisation(db):
    """An organisation outside `network`, whose people are outsiders to `organisation`."""
    return OrganisationFactory()


@pytest.fixture
def leader(organisation):
    return member(organisation, Role.LEADER, full_name="Leila Leader")


@pytest.fixture
def volunteer(organisation):
    return member(organisation, Role.VOLUNTEER, full_name="Valdemar Volunteer")


@pytest.fixture
def outsider(other_organisation):
    """A leader of another organisation: may manage their own, must not even see `organisation`."""
    return member(other_organisation, Role.LEADER, full_name="Omar Outsider")
