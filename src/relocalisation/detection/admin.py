from django.contrib import admin

from relocalisation.detection import models


@admin.register(models.RegistryVersion)
class RegistryVersionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "source_name", "rows_read", "rows_kept", "is_current", "synthetic"]
    readonly_fields = [f.name for f in models.RegistryVersion._meta.fields]


@admin.register(models.RegistryJob)
class RegistryJobAdmin(admin.ModelAdmin):
    list_display = ["started_at", "kind", "agency", "status", "progress", "rows_read", "rows_kept", "rows_scored"]
    list_filter = ["kind", "status"]


@admin.register(models.DependencyIndex)
class DependencyIndexAdmin(admin.ModelAdmin):
    list_display = ["division", "agency", "value", "source"]
    list_filter = ["agency"]


@admin.register(models.ScoringWeights)
class ScoringWeightsAdmin(admin.ModelAdmin):
    list_display = ["agency", "version", *models.ScoringWeights.FACTORS, "home_region", "created_at"]
    list_filter = ["agency"]

    def has_change_permission(self, request, obj=None):
        return False  # versions are immutable: add a new one


@admin.register(models.ScoreRun)
class ScoreRunAdmin(admin.ModelAdmin):
    list_display = ["agency", "weights", "rows_scored", "is_current", "created_at"]


@admin.register(models.EstablishmentSignal)
class EstablishmentSignalAdmin(admin.ModelAdmin):
    list_display = ["siret", "agency", "kind", "strength", "observed_on"]
    list_filter = ["agency", "kind"]


class StageChangeInline(admin.TabularInline):
    model = models.LeadStageChange
    extra = 0


@admin.register(models.Lead)
class LeadAdmin(admin.ModelAdmin):
    list_display = ["name", "agency", "stage", "owner", "next_action_on"]
    list_filter = ["agency", "stage"]
    search_fields = ["name", "siret"]
    inlines = [StageChangeInline]


class MembershipInline(admin.TabularInline):
    model = models.ClubMembership
    extra = 0


@admin.register(models.Club)
class ClubAdmin(admin.ModelAdmin):
    list_display = ["name", "agency"]
    inlines = [MembershipInline]


@admin.register(models.ClubEvent)
class ClubEventAdmin(admin.ModelAdmin):
    list_display = ["title", "club", "date"]
