"""Fixtures shared by the organisations tests: a small world of one network, two organisations and their people."""

import pytest

from intranet.organisations.models import Role

from .factories import OrganisationFactory, member


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
