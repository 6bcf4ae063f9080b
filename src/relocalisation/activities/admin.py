from django.contrib import admin

from relocalisation.activities.models import CriticalSector, NafCode, SizeCategory


@admin.register(NafCode)
class NafCodeAdmin(admin.ModelAdmin):
    list_display = ("code", "label", "level", "section")
    list_filter = ("level", "section")
    search_fields = ("code", "label")


@admin.register(CriticalSector)
class CriticalSectorAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "naf_prefixes", "source")
    search_fields = ("name",)


@admin.register(SizeCategory)
class SizeCategoryAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "min_headcount", "max_headcount", "industrial_only")
