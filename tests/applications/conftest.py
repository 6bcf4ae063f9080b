from tests.applications.factories import world  # noqa: F401
