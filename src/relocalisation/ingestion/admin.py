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


# --- Press extraction (issue 6) -------------------------------------------------------------------
from relocalisation.ingestion.models import PressExtraction, ProposedLaureate, Source  # noqa: E402


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("__str__", "kind", "file_name", "created_by", "created_at")
    list_filter = ("kind",)
    search_fields = ("title", "file_name", "text")
    readonly_fields = ("sha256", "created_at")


class ProposedLaureateInline(admin.TabularInline):
    model = ProposedLaureate
    extra = 0
    fields = ("position", "organisation_name", "commune", "sector", "investment_eur", "aid_eur", "jobs_created",
              "decision", "award")
    raw_id_fields = ("commune", "award")
    show_change_link = True


@admin.register(PressExtraction)
class PressExtractionAdmin(admin.ModelAdmin):
    list_display = ("source", "status", "progress", "programme", "created_at")
    list_filter = ("status", "programme")
    raw_id_fields = ("source",)
    inlines = [ProposedLaureateInline]


@admin.register(ProposedLaureate)
class ProposedLaureateAdmin(admin.ModelAdmin):
    list_display = ("organisation_name", "extraction", "commune", "sector", "decision", "decided_at")
    list_filter = ("decision", "sector")
    search_fields = ("organisation_name", "project_name")
    raw_id_fields = ("extraction", "commune", "department", "region", "organisation", "award")
