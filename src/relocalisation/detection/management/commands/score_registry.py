from django.core.management.base import BaseCommand, CommandError

from relocalisation.detection import registry, services
from relocalisation.detection.management.commands.import_registry import progress_bar
from relocalisation.organisations.models import Organisation


class Command(BaseCommand):
    help = ("Calcule le score de potentiel de relocalisation de chaque établissement actif du registre courant, "
            "pour chaque agence (ou celle indiquée), avec sa pondération courante.")

    def add_arguments(self, parser):
        parser.add_argument("--agency", help="Identifiant (UUID) ou nom exact de l'agence.")
        parser.add_argument("--threads", type=int, default=None)
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, agency=None, threads=None, no_progress=False, **options):
        agencies = services.agencies_to_score()
        if agency:
            agencies = [a for a in agencies if str(a.pk) == agency or a.name == agency]
            if not agencies:
                raise CommandError(f"Agence introuvable : {agency}")
        if not agencies:
            raise CommandError("Aucune organisation de nature « agence » : rien à noter.")
        version = services.current_registry()
        if version is None:
            raise CommandError("Aucun registre importé : lancez d'abord « relocalisation import_registry CHEMIN ».")
        for org in agencies:
            self.stdout.write(f"{org.name} :")
            echo = None if no_progress else progress_bar(self.stdout)
            try:
                job = services.score_registry(org, echo=echo, threads=threads)
            except registry.RegistryError as exc:
                raise CommandError(str(exc)) from exc
            if echo:
                self.stdout.write("")
            self.stdout.write(f"Lignes lues : {job.rows_read}")
            self.stdout.write(f"Lignes retenues : {job.rows_kept}")
            self.stdout.write(f"Lignes notées : {job.rows_scored}")
            self.stdout.write(self.style.SUCCESS(job.message))
