import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: sign-in throttling counts must not leak from one test to the next."""
    cache.clear()
    yield
    cache.clear()
