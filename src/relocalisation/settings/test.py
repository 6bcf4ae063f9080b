"""Settings for the test suite: fast hashing, immediate tasks, in-memory email."""
import os

from . import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Test transactions roll back without signals: never reuse an eligibility context across tests.
ELIGIBILITY_CONTEXT_TTL = 0

# Browser tests run the live server in a thread beside the test: an in-memory SQLite database is then
# shared with table-level locks ("database table is locked" when both touch a table at once). A file
# database uses normal file locking with the busy timeout, so concurrent reads and writes just wait.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}  # noqa: F405
