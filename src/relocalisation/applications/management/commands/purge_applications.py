from django.core.management.base import BaseCommand

from relocalisation.applications.retention import purge, purgeable


class Command(BaseCommand):
    help = ("Supprime (RGPD) les dossiers refusés, classés sans suite et les brouillons abandonnés au-delà de la durée "
            "de conservation (APPLICATION_RETENTION_DAYS). Simulation par défaut ; --appliquer pour supprimer.")

    def add_arguments(self, parser):
        parser.add_argument("--appliquer", action="store_true", help="Supprimer réellement (sinon : simulation).")
        parser.add_argument("--jours", type=int, default=None, help="Durée de conservation en jours (défaut : réglage).")

    def handle(self, *args, appliquer=False, jours=None, **options):
        qs = purgeable(days=jours)
        count = qs.count()
        for app in qs.select_related("organisation")[:50]:
            self.stdout.write(f"  {app.reference} — {app.get_state_display()} — {app.organisation.name}")
        if not appliquer:
            self.stdout.write(f"Simulation : {count} dossier(s) seraient supprimés. Relancez avec --appliquer.")
            return
        self.stdout.write(self.style.SUCCESS(f"{purge(qs)} dossier(s) supprimé(s)."))
