from django.core.management.base import BaseCommand, CommandError

from relocalisation.detection import registry, scoring


class Command(BaseCommand):
    help = ("Remplace l'indice de dépendance aux approvisionnements étrangers par division NAF "
            "(CSV division,value,source). Sans chemin : recharge le fichier provisoire livré (valeurs non officielles).")

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?")
        parser.add_argument("--agency", help="Identifiant (UUID) de l'agence : son propre indice, au lieu de l'indice par défaut.")

    def handle(self, path=None, agency=None, **options):
        from relocalisation.organisations.models import Organisation

        org = None
        if agency:
            org = Organisation.objects.filter(pk=agency, kind=Organisation.Kind.AGENCY).first() if len(agency) == 36 else None
            if org is None:
                raise CommandError(f"Agence introuvable : {agency}")
        try:
            count = (scoring.load_dependency_file(path, org) if path
                     else scoring.load_dependency_rows(scoring.default_dependency_rows(), org))
        except registry.RegistryError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"{count} divisions NAF chargées. Relancez « relocalisation score_registry »."))
