"""Fixtures for certification: the courses app's network, catalogue and people, and a two-course programme."""

import pytest

from courses.tests import factories as course_factories
from courses.tests.conftest import (  # noqa: F401 - fixtures
    catalogue,
    home,
    leader,
    learner,
    network_coordinator,
    outsider,
)

from . import factories


@pytest.fixture
def first_course(catalogue):  # noqa: F811
    return course_factories.course(catalogue, title=("Førstehjælp", "الإسعافات الأولية", "Premiers secours"))


@pytest.fixture
def second_course(catalogue):  # noqa: F811
    return course_factories.course(catalogue, title=("Frivilligledelse", "قيادة المتطوعين", "Gérer des bénévoles"))


@pytest.fixture
def programme(network, first_course, second_course):
    return factories.programme(
        network,
        courses=[first_course, second_course],
        name_da="Certificeret frivillig",
        name_ar="متطوع معتمد",
        name_fr="Bénévole certifié",
        validity_months=24,
    )
