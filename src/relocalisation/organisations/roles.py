"""Who is what: coarse roles from Membership. Finer scopes (which calls an instructor instructs,
which programmes a manager runs) live in ``applications.models.StaffScope``."""
from relocalisation.organisations.models import Membership, Role

STAFF_ROLES = {Role.INSTRUCTOR, Role.COMMITTEE, Role.MANAGER, Role.ADMIN}


def is_platform_admin(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cache = getattr(user, "_roles_cache", None)
    if cache is None:
        cache = user._roles_cache = set(Membership.objects.filter(user=user).values_list("role", flat=True))
    return Role.ADMIN in cache


def user_roles(user) -> set[str]:
    if not user.is_authenticated:
        return set()
    cache = getattr(user, "_roles_cache", None)
    if cache is None:
        cache = user._roles_cache = set(Membership.objects.filter(user=user).values_list("role", flat=True))
    return set(cache)


def needs_second_factor(user) -> bool:
    """Instructors, committee members, managers and administrators must confirm a TOTP code."""
    from django.conf import settings

    if not getattr(settings, "REQUIRE_STAFF_2FA", True) or not user.is_authenticated:
        return False
    return user.is_staff or user.is_superuser or bool(user_roles(user) & STAFF_ROLES)


def second_factor_missing(request) -> bool:
    user = request.user
    if getattr(request, "auth_by_token", False):
        return False  # personal API tokens are issued by an administrator
    verified = getattr(user, "is_verified", None)
    return needs_second_factor(user) and not (verified and verified())
