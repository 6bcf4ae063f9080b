"""Background e-mail notifications of dossiers (django-tasks; immediate in tests)."""
from django.conf import settings
from django.core.mail import send_mail
from django_tasks import task


def recipients(application_id: str, audience: str) -> list[str]:
    from relocalisation.applications.models import Application, StaffScope
    from relocalisation.organisations.models import Membership, Role

    app = Application.objects.select_related("call").filter(pk=application_id).first()
    if app is None:
        return []
    if audience == "applicant":
        emails = Membership.objects.filter(organisation_id=app.organisation_id, role=Role.APPLICANT,
                                           user__is_active=True).values_list("user__email", flat=True)
    else:
        if app.assigned_to_id:
            return [e for e in [app.assigned_to.email] if e]
        emails = StaffScope.objects.filter(role=StaffScope.Role.INSTRUCTOR, call_id=app.call_id,
                                           user__is_active=True).values_list("user__email", flat=True)
    return sorted({e for e in emails if e})


@task()
def notify(application_id: str, audience: str, subject: str, body: str) -> int:
    """Envoi d'une notification par courriel"""
    to = recipients(application_id, audience)
    if not to:
        return 0
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)
