"""Admin building blocks shared by the apps."""


class ReadOnlyAdminMixin:
    """For records nobody edits by hand (history, decisions, audit): viewable, never added, changed
    or deleted through the admin."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
