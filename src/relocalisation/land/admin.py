from django.contrib import admin

from relocalisation.land.models import LandParcel, ParcelMatch


@admin.register(LandParcel)
class LandParcelAdmin(admin.ModelAdmin):
    list_display = ["name", "agency", "commune", "surface_m2", "serviced", "brownfield", "available_from",
                    "icpe_allowed", "rail_access"]
    list_filter = ["agency", "kind", "serviced", "brownfield", "icpe_allowed", "rail_access"]
    search_fields = ["name", "reference", "commune__name"]
    raw_id_fields = ["commune"]


@admin.register(ParcelMatch)
class ParcelMatchAdmin(admin.ModelAdmin):
    list_display = ["lead", "parcel", "score", "created_at"]
