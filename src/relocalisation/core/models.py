"""Cross-cutting records: background task progress, task-worker heartbeats, the audit log."""
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone


class TaskRecord(models.Model):
    """What an operator sees of a background task: label, state, progress, error in French.

    One row per task enqueued through django-tasks, created automatically (core.tasks signal
    receivers); the task reports progress with ``core.tasks.report_progress``."""

    class Status(models.TextChoices):
        QUEUED = "queued", "En attente"
        RUNNING = "running", "En cours"
        SUCCEEDED = "succeeded", "Terminée"
        FAILED = "failed", "Échouée"

    task_result_id = models.CharField("identifiant de la tâche", max_length=64, unique=True)
    task_path = models.CharField("fonction", max_length=255)
    label = models.CharField("libellé", max_length=255)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="lancée par", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="task_records",
    )
    status = models.CharField("état", max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    attempts = models.PositiveSmallIntegerField("tentatives", default=0)
    max_attempts = models.PositiveSmallIntegerField("tentatives au plus", default=1)
    progress_done = models.PositiveIntegerField("avancement", null=True, blank=True)
    progress_total = models.PositiveIntegerField("total", null=True, blank=True)
    progress_message = models.CharField("étape", max_length=255, blank=True)
    error = models.TextField("erreur", blank=True)
    result_url = models.CharField("lien vers le résultat", max_length=255, blank=True)
    created_at = models.DateTimeField("créée le", default=timezone.now, db_index=True)
    started_at = models.DateTimeField("démarrée le", null=True, blank=True)
    finished_at = models.DateTimeField("terminée le", null=True, blank=True)
    next_attempt_at = models.DateTimeField("prochain essai", null=True, blank=True)

    class Meta:
        verbose_name = "tâche de fond"
        verbose_name_plural = "tâches de fond"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.label} ({self.get_status_display()})"

    @property
    def percent(self) -> int | None:
        if self.progress_total:
            return min(100, round(100 * (self.progress_done or 0) / self.progress_total))
        return None

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class WorkerHeartbeat(models.Model):
    """A running task worker says it is alive every few seconds; a RUNNING task whose worker has
    stopped beating is re-queued or failed by the reaper (core.tasks.reap_orphaned_tasks)."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField(default=timezone.now)
    last_seen = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "processus de traitement"
        verbose_name_plural = "processus de traitement"

    def __str__(self) -> str:
        return f"{self.worker_id} ({self.hostname}:{self.pid})"


class AuditLogQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionDenied("Le journal d'audit est en ajout seul : il ne peut pas être modifié.")

    def delete(self):
        raise PermissionDenied("Le journal d'audit est en ajout seul : il ne peut pas être supprimé.")


class AuditLog(models.Model):
    """Append-only record of each write made by an operator or an administrator (core.audit).

    No foreign keys on purpose: an entry survives the deletion of its user or object, and is never
    updated (a database trigger also refuses UPDATE and, on PostgreSQL, DELETE)."""

    class Action(models.TextChoices):
        CREATE = "create", "Création"
        UPDATE = "update", "Modification"
        DELETE = "delete", "Suppression"

    at = models.DateTimeField("date", default=timezone.now, db_index=True, editable=False)
    actor_id = models.BigIntegerField("identifiant de l'auteur", null=True, editable=False, db_index=True)
    actor_repr = models.CharField("auteur", max_length=255, editable=False)
    actor_roles = models.CharField("rôles de l'auteur", max_length=255, blank=True, editable=False)
    source = models.CharField("origine", max_length=20, editable=False)  # web, task
    request_id = models.CharField("référence de requête", max_length=64, blank=True, editable=False)
    model = models.CharField("type d'objet", max_length=100, db_index=True, editable=False)
    object_id = models.CharField("identifiant de l'objet", max_length=64, db_index=True, editable=False)
    object_repr = models.CharField("objet", max_length=255, editable=False)
    action = models.CharField("action", max_length=10, choices=Action.choices, editable=False)
    changed_fields = models.JSONField("champs modifiés", default=list, editable=False)
    before = models.JSONField("avant", null=True, editable=False)
    after = models.JSONField("après", null=True, editable=False)

    objects = AuditLogQuerySet.as_manager()

    class Meta:
        verbose_name = "entrée du journal d'audit"
        verbose_name_plural = "journal d'audit"
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_repr} — {self.get_action_display()} {self.model} {self.object_id}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionDenied("Le journal d'audit est en ajout seul : il ne peut pas être modifié.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Le journal d'audit est en ajout seul : il ne peut pas être supprimé.")
