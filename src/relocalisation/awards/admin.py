from django.contrib import admin

from relocalisation.awards.models import Announcement, Award


@admin.register(Award)
class AwardAdmin(admin.ModelAdmin):
    list_display = ("organisation", "project_name", "programme", "commune", "investment_eur", "aid_eur",
                    "jobs_created", "decided_on", "origin")
    list_filter = ("origin", "programme", "region", "sector", "is_synthetic")
    search_fields = ("organisation__name", "project_name", "commune__name", "external_key")
    raw_id_fields = ("organisation", "commune", "department", "region", "naf", "call", "wave")
    list_select_related = ("organisation", "programme", "commune")
    date_hierarchy = "decided_on"


@admin.register(Announcement)
class AnnouncementAdmin(admin.ModelAdmin):
    list_display = ("title", "programme", "announced_on", "new_laureates", "investment_eur", "aid_eur")
    list_filter = ("programme",)
    search_fields = ("title",)
