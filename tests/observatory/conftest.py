import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Test transactions roll back without sending awards_changed on commit: start each test clean.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def synthetic_awards(db):
    from relocalisation.ingestion.synthetic import generate

    generate(150, seed=11)
