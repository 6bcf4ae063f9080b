import pytest


@pytest.fixture
def synthetic_awards(db):
    from relocalisation.ingestion.synthetic import generate

    generate(150, seed=11)
