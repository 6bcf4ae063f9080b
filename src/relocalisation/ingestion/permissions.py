"""Who may import laureate lists (issue 5): staff, and programme managers / administrators of an
organisation. A batch is seen by the person who uploaded it and by superusers only."""
from relocalisation.organisations.models import Membership, Role

IMPORT_ROLES = (Role.MANAGER, Role.ADMIN)


def can_import(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_staff or user.is_superuser or Membership.objects.filter(user=user, role__in=IMPORT_ROLES).exists()


def visible_batches(user):
    from relocalisation.ingestion.models import ImportBatch

    if user.is_superuser:
        return ImportBatch.objects.all()
    return ImportBatch.objects.filter(created_by=user)
