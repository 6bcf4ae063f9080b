from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.utils import timezone

from relocalisation.detection.models import Lead, Stage


class Command(BaseCommand):
    help = "Envoie à chaque chargé d'affaires la liste de ses projets dont la prochaine action est en retard."

    def handle(self, *args, **options):
        today = timezone.localdate()
        overdue = (Lead.objects.filter(next_action_on__lt=today, owner__isnull=False)
                   .exclude(stage__in=[Stage.LAUREATE, Stage.ABANDONED]).select_related("owner")
                   .order_by("next_action_on"))
        by_owner = defaultdict(list)
        for lead in overdue:
            by_owner[lead.owner].append(lead)
        sent = 0
        for owner, leads in by_owner.items():
            if not owner.email:
                continue
            lines = [f"- {lead.name} : {lead.next_action or 'action'} prévue le {lead.next_action_on:%d/%m/%Y}"
                     for lead in leads]
            send_mail(f"{len(leads)} action(s) en retard dans votre pipeline", "Bonjour,\n\n" + "\n".join(lines)
                      + "\n\nTableau du pipeline : /detection/projets/tableau/\n", settings.DEFAULT_FROM_EMAIL,
                      [owner.email])
            sent += 1
        self.stdout.write(f"{sent} relance(s) envoyée(s) pour {len(overdue)} projet(s) en retard.")
