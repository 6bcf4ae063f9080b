"""Shared fixtures. The reference data (COG, NAF, seed programmes) is loaded once per test database;
transactional tests (browser tests) flush the database, so they reload it with ``reference_tx``."""
import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Test transactions roll back but the in-memory cache does not: a page or figure cached by one
    # test must never be served to the next (each test starts and ends with an empty cache).
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_reference", verbosity=0, stdout=open("/dev/null", "w"))


@pytest.fixture
def reference_tx(transactional_db):
    call_command("load_reference", stdout=open("/dev/null", "w"))


@pytest.fixture
def is_postgres():
    from django.db import connection

    return connection.vendor == "postgresql"
