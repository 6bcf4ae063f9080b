from django.contrib import admin

from relocalisation.organisations.models import ApiToken, Establishment, Membership, Organisation


class EstablishmentInline(admin.TabularInline):
    model = Establishment
    extra = 0
    raw_id_fields = ("commune", "naf")


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ("user",)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "siren", "headcount", "naf", "commune")
    list_filter = ("kind", "size_category")
    search_fields = ("name", "siren", "name_normalized")
    raw_id_fields = ("naf", "commune")
    inlines = [EstablishmentInline, MembershipInline]


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
