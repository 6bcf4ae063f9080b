from django.conf import settings


def site(request):
    return {"SITE_NAME": "Relocalisation", "DEMO_MODE": settings.DEBUG, "nav_roles": _LazyRoles(request)}


class _LazyRoles:
    """The signed-in user's roles, queried only if a template asks (the header's menu)."""

    def __init__(self, request):
        self.request = request
        self._roles = None

    def __contains__(self, role):
        if self._roles is None:
            user = getattr(self.request, "user", None)
            if user is None or not user.is_authenticated:
                self._roles = set()
            else:
                from relocalisation.organisations.roles import user_roles

                self._roles = set(user_roles(user))
                if user.is_superuser:
                    self._roles.add("admin")
        return role in self._roles
