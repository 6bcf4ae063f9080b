from django.contrib import admin

from relocalisation.core.admin_utils import ReadOnlyAdminMixin

from relocalisation.review.models import CommitteeSession, Criterion, Decision, ScoringGrid


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0


@admin.register(ScoringGrid)
class ScoringGridAdmin(admin.ModelAdmin):
    list_display = ("call", "updated_at")
    raw_id_fields = ("call",)
    inlines = [CriterionInline]


@admin.register(CommitteeSession)
class CommitteeSessionAdmin(admin.ModelAdmin):
    list_display = ("wave", "held_on", "label")
    raw_id_fields = ("wave",)


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read-only: decisions are recorded by the committee page (envelope check, award, history)."""

    list_display = ("application", "outcome", "amount_eur", "decided_at", "notified_at")
    list_filter = ("outcome",)
