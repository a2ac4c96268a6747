"""Fixtures every test shares: an empty cache, Danish as the starting language, and a network with an organisation."""

import pytest
from django.core.cache import cache
from django.utils import translation

from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: sign-in throttling counts must not leak from one test to the next."""
    cache.clear()
    yield
    cache.clear()


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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Keep the migrated state for `serialized_rollback` where every connection wrapper sees it.

    Django keeps it on the connection wrapper that created the test database. Once Playwright's sync API runs
    its event loop, code in this thread can get a fresh wrapper (Django's connections are context-local), which
    lacks it: a browser journey after other database tests then silently starts from an empty database, without
    the groups, topics and root page the migrations created. On the wrapper's class every wrapper has it.
    """
    from django.db import connections

    for alias in connections:
        contents = getattr(connections[alias], "_test_serialized_contents", None)
        if contents is not None:
            type(connections[alias])._test_serialized_contents = contents
    return django_db_setup
