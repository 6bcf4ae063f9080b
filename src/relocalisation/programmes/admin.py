"""Operators edit programmes, calls, waves, rules and funders here; rule parameters are validated
by the engine's own checks (EligibilityRule.clean)."""
from django.contrib import admin

from relocalisation.programmes.models import Call, EligibilityRule, Funder, FundingShare, Programme, Wave


class CallInline(admin.TabularInline):
    model = Call
    extra = 0
    fields = ("title", "slug", "kind", "envelope_eur", "opens_on", "closes_on")
    show_change_link = True


class FundingShareInline(admin.TabularInline):
    model = FundingShare
    extra = 0
    fields = ("funder", "call", "share_percent", "joint_share_percent", "amount_eur", "role", "source")


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ("name", "level", "operator", "envelope_eur", "is_published", "source")
    list_filter = ("level", "is_published", "parent_plan", "regions")
    search_fields = ("name", "short_name", "summary", "slug")
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("regions", "departments")
    raw_id_fields = ("epcis", "operator")
    inlines = [CallInline, FundingShareInline]


class WaveInline(admin.TabularInline):
    model = Wave
    extra = 0


class RuleInline(admin.StackedInline):
    model = EligibilityRule
    extra = 0
    fields = (("kind", "blocking", "position"), "label", "params", "source_quote")


@admin.register(Call)
class CallAdmin(admin.ModelAdmin):
    list_display = ("title", "programme", "kind", "envelope_eur", "opens_on", "closes_on")
    list_filter = ("kind", "programme")
    search_fields = ("title", "description", "programme__name")
    list_select_related = ("programme",)
    inlines = [WaveInline, RuleInline]


@admin.register(Wave)
class WaveAdmin(admin.ModelAdmin):
    list_display = ("__str__", "call", "number", "deadline", "committee_on", "envelope_eur")
    list_filter = ("call__programme",)
    search_fields = ("label", "call__title")
    date_hierarchy = "deadline"


@admin.register(EligibilityRule)
class EligibilityRuleAdmin(admin.ModelAdmin):
    list_display = ("__str__", "call", "kind", "blocking")
    list_filter = ("kind", "blocking", "call__programme")
    search_fields = ("label", "call__title")


@admin.register(Funder)
class FunderAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "organisation")
    search_fields = ("name",)


@admin.register(FundingShare)
class FundingShareAdmin(admin.ModelAdmin):
    list_display = ("funder", "programme", "call", "share_percent", "joint_share_percent", "amount_eur")
    list_filter = ("funder", "programme")
