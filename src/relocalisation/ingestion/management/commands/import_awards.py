from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from relocalisation.ingestion import imports
from relocalisation.ingestion.services import resolve_mapping


class Command(BaseCommand):
    help = ("Importe une liste de lauréats (CSV ou XLSX) : vérifie chaque ligne, affiche le rapport, puis écrit "
            "tout ou rien. Code de sortie non nul si le fichier est refusé.")

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--preset", default="", help="modèle de colonnes : relocalisation, scdl, ou un modèle enregistré")
        parser.add_argument("--programme", default="", help="dispositif (identifiant court) des lignes qui n'en donnent pas")
        parser.add_argument("--dry-run", action="store_true", help="vérifier seulement, sans rien écrire")

    def handle(self, file, preset, programme, dry_run, **options):
        from relocalisation.programmes.models import Programme

        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Fichier introuvable : {file}")
        default_programme = None
        if programme:
            default_programme = Programme.objects.filter(slug=programme).values_list("pk", flat=True).first()
            if default_programme is None:
                raise CommandError(f"Dispositif inconnu : « {programme} ».")
        verbose = options["verbosity"] > 1
        try:
            header, rows = imports.read_table(path.read_bytes(), path.name)
            mapping = resolve_mapping(header, preset, None)
            plan = imports.validate(header, rows, mapping, default_programme)
        except imports.ImportRejected as exc:
            for message in exc.messages:
                self.stderr.write(f"Fichier refusé : {message}")
            raise CommandError("Fichier refusé : rien n'a été importé.") from None
        for row in plan.rows:
            if row.action == "error":
                for error in row.errors:
                    self.stdout.write(f"ligne {row.line} : ERREUR {error}")
            elif verbose or row.action == "update":
                detail = ", ".join(f"{k} : {a} → {b}" for k, (a, b) in row.changes.items())
                label = {"create": "création", "update": "modification", "unchanged": "inchangée"}[row.action]
                self.stdout.write(f"ligne {row.line} : {label} ({row.data.get('entreprise')}){' — ' + detail if detail else ''}")
        self.stdout.write(plan.summary())
        if not plan.is_valid:
            raise CommandError("Fichier refusé (lignes en erreur) : rien n'a été importé.")
        if dry_run:
            self.stdout.write("Vérification seule (--dry-run) : rien n'a été écrit.")
            return
        counts = imports.apply(plan, source=f"Import « {path.name} »")
        self.stdout.write(self.style.SUCCESS(
            f"Import terminé : {counts['created']} créé(s), {counts['updated']} modifié(s), "
            f"{counts['unchanged']} inchangé(s)."))
