from django.contrib import admin

from relocalisation.territories.models import Commune, Department, Epci, IndustrialTerritory, Region


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "zone")
    list_filter = ("zone",)
    search_fields = ("code", "name")


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "region", "zone")
    list_filter = ("zone", "region")
    search_fields = ("code", "name")


@admin.register(Commune)
class CommuneAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "department", "region", "population", "kind")
    list_filter = ("kind", "region")
    search_fields = ("code", "name", "name_normalized")
    raw_id_fields = ("parent",)
    list_select_related = ("department", "region")


@admin.register(Epci)
class EpciAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "kind", "population")
    list_filter = ("kind",)
    search_fields = ("code", "name")
    raw_id_fields = ("communes",)


@admin.register(IndustrialTerritory)
class IndustrialTerritoryAdmin(admin.ModelAdmin):
    list_display = ("name", "region", "labelled_since")
    list_filter = ("region",)
    search_fields = ("name", "slug")
    autocomplete_fields = ("epcis",)
    raw_id_fields = ("communes",)
    prepopulated_fields = {"slug": ("name",)}
