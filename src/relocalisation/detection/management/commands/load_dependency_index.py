from django.core.management.base import BaseCommand, CommandError

from relocalisation.detection import registry, scoring


class Command(BaseCommand):
    help = ("Remplace l'indice de dépendance aux approvisionnements étrangers par division NAF "
            "(CSV division,value,source). Sans chemin : recharge le fichier provisoire livré (valeurs non officielles).")

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?")

    def handle(self, path=None, **options):
        try:
            count = scoring.load_dependency_file(path) if path else scoring.load_dependency_rows(scoring.default_dependency_rows())
        except registry.RegistryError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"{count} divisions NAF chargées. Relancez « relocalisation score_registry »."))
