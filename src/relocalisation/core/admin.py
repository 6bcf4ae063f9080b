"""Administration: the audit log is read-only (no add, change or delete) and exportable as CSV;
task records are viewable."""
import csv
import json

from django.contrib import admin
from django.http import StreamingHttpResponse
from django.urls import path

from relocalisation.core.admin_utils import ReadOnlyAdminMixin
from relocalisation.core.models import AuditLog, TaskRecord
from relocalisation.core.streaming import Echo


def _is_administrator(user) -> bool:
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.is_staff and hasattr(user, "memberships") and user.memberships.filter(role="admin").exists()


@admin.register(AuditLog)
class AuditLogAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("at", "actor_repr", "action", "model", "object_id", "object_repr", "source")
    list_filter = ("action", "model", "source")
    search_fields = ("actor_repr", "object_repr", "object_id", "request_id")
    date_hierarchy = "at"
    readonly_fields = [f.name for f in AuditLog._meta.fields]
    change_list_template = "admin/core/auditlog/change_list.html"
    actions = None

    def has_view_permission(self, request, obj=None):
        return _is_administrator(request.user)

    def has_module_permission(self, request):
        return _is_administrator(request.user)

    def get_urls(self):
        export = path("export.csv", self.admin_site.admin_view(self.export_csv), name="core_auditlog_export")
        return [export, *super().get_urls()]

    def export_csv(self, request):
        """CSV of the entries the change list shows (same filters and search)."""
        if not self.has_view_permission(request):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        queryset = self.get_changelist_instance(request).get_queryset(request).order_by("at", "id")
        header = ["date", "auteur_id", "auteur", "roles", "origine", "requete", "type_objet", "objet_id",
                  "objet", "action", "champs_modifies", "avant", "apres"]

        def rows():
            writer = csv.writer(Echo())
            yield "\ufeff" + writer.writerow(header)
            for entry in queryset.iterator(chunk_size=2000):
                yield writer.writerow([
                    entry.at.isoformat(), entry.actor_id, entry.actor_repr, entry.actor_roles, entry.source,
                    entry.request_id, entry.model, entry.object_id, entry.object_repr, entry.action,
                    ",".join(entry.changed_fields or []),
                    json.dumps(entry.before, ensure_ascii=False) if entry.before is not None else "",
                    json.dumps(entry.after, ensure_ascii=False) if entry.after is not None else "",
                ])

        response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="journal-audit.csv"'
        return response


@admin.register(TaskRecord)
class TaskRecordAdmin(admin.ModelAdmin):
    list_display = ("created_at", "label", "owner", "status", "attempts", "progress_done", "progress_total")
    list_filter = ("status",)
    search_fields = ("label", "task_path", "task_result_id")
    readonly_fields = [f.name for f in TaskRecord._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
