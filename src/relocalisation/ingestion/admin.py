from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse

from relocalisation.ingestion.models import AwardRevision, ImportBatch, ImportPreset


# --- Imports (issue 5)
@admin.register(ImportPreset)
class ImportPresetAdmin(admin.ModelAdmin):
    list_display = ("label", "name", "created_by", "created_at")
    search_fields = ("name", "label")


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    """Uploading goes through the import page (preview, per-row report, confirmation)."""

    list_display = ("filename", "status", "rows_total", "rows_invalid", "created_count", "updated_count",
                    "created_by", "created_at")
    list_filter = ("status",)
    search_fields = ("filename",)
    readonly_fields = [f.name for f in ImportBatch._meta.fields]

    def add_view(self, request, form_url="", extra_context=None):
        return redirect(reverse("ingestion:import_upload"))

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AwardRevision)
class AwardRevisionAdmin(admin.ModelAdmin):
    list_display = ("award", "batch", "created_at")
    readonly_fields = ("award", "batch", "changes", "created_at")
    raw_id_fields = ("award",)

    def has_add_permission(self, request):
        return False
