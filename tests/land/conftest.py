from tests.detection.conftest import *  # noqa: F401,F403  (agency, users fixtures)
