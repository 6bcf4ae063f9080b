"""``relocalisation extract_press FILE_OR_DIR... [--json]``: laureates proposed from press releases.

With ``--json``, prints one JSON object per input file and per line (JSON Lines, see
docs/press-extraction.md). Needs no database: places come from the COG files shipped in the package."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from relocalisation.ingestion.press.service import iter_inputs, run_file


class Command(BaseCommand):
    help = "Extrait l'annonce et les lauréats de communiqués (.txt, .csv, .html, .pdf, .docx ou dossiers)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FICHIER_OU_DOSSIER")
        parser.add_argument("--json", action="store_true", help="Une ligne JSON par fichier (JSON Lines).")
        parser.add_argument("--sans-spacy", action="store_true", dest="no_spacy",
                            help="Sans le modèle spaCy.")
        parser.add_argument("--sans-classifieur", action="store_true", dest="no_classifier",
                            help="Règles seules, sans le classifieur de candidats appris.")

    def handle(self, *args, **options):
        import json

        files = list(iter_inputs([Path(p) for p in options["paths"]]))
        if not files:
            raise CommandError("Aucun fichier à lire (formats acceptés : .txt, .csv, .html, .pdf, .docx).")
        for path in files:
            result = run_file(path, use_spacy=not options["no_spacy"],
                              classifier=None if options["no_classifier"] else "default")
            if options["json"]:
                self.stdout.write(json.dumps(result, ensure_ascii=False))
                continue
            self.stdout.write(self.style.MIGRATE_HEADING(result["source"]))
            if result.get("error"):
                self.stdout.write(self.style.ERROR(f"  Erreur : {result['error']}"))
                continue
            ann = {k: v for k, v in result["announcement"].items() if v is not None and k not in ("evidence", "confidence")}
            self.stdout.write(f"  Annonce : {ann or 'aucune donnée'}")
            if not result["laureates"]:
                self.stdout.write("  Aucun lauréat trouvé.")
            for lau in result["laureates"]:
                values = {k: v for k, v in lau.items() if v is not None and k not in ("evidence", "confidence", "segment")}
                self.stdout.write(f"  - {values}")
