"""Settings for the test suite: fast hashing, immediate tasks, in-memory email."""
from . import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Test transactions roll back without signals: never reuse an eligibility context across tests.
ELIGIBILITY_CONTEXT_TTL = 0
