"""Per-request / per-task context shared by the log formatter, the audit log and task progress.

Context variables (not thread-locals) so that they stay correct under threads and async code."""
from contextvars import ContextVar

# Id of the HTTP request being served (None outside requests).
request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
# The HttpRequest being served: its user is resolved lazily, only if a write needs auditing.
current_request: ContextVar[object | None] = ContextVar("current_request", default=None)
# The user on whose behalf a background task runs (the operator who launched it).
task_actor: ContextVar[object | None] = ContextVar("task_actor", default=None)
# The TaskRecord of the task running in this thread, for progress reports.
current_task_record: ContextVar[object | None] = ContextVar("current_task_record", default=None)


def current_user():
    """The authenticated user behind the current write, or None (anonymous, shell, migrations)."""
    actor = task_actor.get()
    if actor is not None:
        return actor
    request = current_request.get()
    user = getattr(request, "user", None) if request is not None else None
    if user is not None and user.is_authenticated:
        return user
    return None
