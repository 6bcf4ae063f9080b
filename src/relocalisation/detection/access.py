"""Who may see detection and land records: members with the « agency » role of an Organisation of
kind agency. Every record belongs to one agency; other users get 403 (no agency) or 404 (not theirs)."""
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from relocalisation.organisations.models import Membership, Organisation, Role


def agency_of(user) -> Organisation | None:
    if not user or not user.is_authenticated:
        return None
    membership = (Membership.objects.filter(user=user, role=Role.AGENCY, organisation__kind=Organisation.Kind.AGENCY)
                  .select_related("organisation").order_by("created_at").first())
    return membership.organisation if membership else None


def agency_required(view):
    """Page decorator: anonymous → login page; logged in without an agency membership → 403.
    The view receives the agency as ``request.agency``."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        agency = agency_of(request.user)
        if agency is None:
            raise PermissionDenied("Réservé aux chargés d'affaires d'une agence de développement économique.")
        request.agency = agency
        return view(request, *args, **kwargs)

    return wrapper
