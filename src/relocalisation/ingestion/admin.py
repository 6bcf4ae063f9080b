from django.contrib import admin

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
