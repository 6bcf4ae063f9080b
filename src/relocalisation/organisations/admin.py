from django.contrib import admin

from relocalisation.organisations.models import ApiToken, Establishment, Membership, Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "siren")
    list_filter = ("kind",)
    search_fields = ("name", "siren")
    autocomplete_fields = ()
    raw_id_fields = ("naf", "commune")


@admin.register(Establishment)
class EstablishmentAdmin(admin.ModelAdmin):
    list_display = ("siret", "name", "organisation")
    search_fields = ("siret", "name")
    raw_id_fields = ("organisation", "naf", "commune")


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "role", "created_at")
    list_filter = ("role",)
    search_fields = ("user__username", "user__email", "organisation__name")
    raw_id_fields = ("user", "organisation")


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("user", "prefix", "label", "created_at", "last_used_at", "revoked")
    readonly_fields = ("prefix", "key_hash", "created_at", "last_used_at")
    raw_id_fields = ("user",)
