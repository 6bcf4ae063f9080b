from django.contrib import admin

from relocalisation.core.admin_utils import ReadOnlyAdminMixin

from relocalisation.applications.models import Application, Attachment, Message, StaffScope, StatusChange


@admin.register(StaffScope)
class StaffScopeAdmin(admin.ModelAdmin):
    """Where administrators give instructors their calls and committee members / managers their programmes."""

    list_display = ("user", "role", "call", "programme")
    list_filter = ("role",)
    search_fields = ("user__username", "user__email")
    raw_id_fields = ("user", "call", "programme")


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    can_delete = False
    fields = ("at", "action", "from_state", "to_state", "actor_label", "motivation")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Application)
class ApplicationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read-only here: states change only through the services (history, rights, envelope)."""

    list_display = ("reference", "title", "organisation", "call", "state", "submitted_at")
    list_filter = ("state",)
    search_fields = ("reference", "title", "organisation__name")
    inlines = [StatusChangeInline]


for model in (Attachment, Message):
    admin.site.register(model, type(f"{model.__name__}Admin", (admin.ModelAdmin,), {
        "has_add_permission": lambda self, request, obj=None: False,
        "has_change_permission": lambda self, request, obj=None: False,
        "has_delete_permission": lambda self, request, obj=None: False,
    }))
