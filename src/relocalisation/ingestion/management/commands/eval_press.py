"""``relocalisation eval_press GOLD_FILE TEXT_DIR``: precision, recall and F1 of the extractor per field."""
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from relocalisation.ingestion.press.evaluate import evaluate, load_gold
from relocalisation.ingestion.press.service import run_file


class Command(BaseCommand):
    help = "Évalue l'extraction de communiqués contre un fichier de référence (précision, rappel, F1 par champ)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("gold")
        parser.add_argument("text_dir")
        parser.add_argument("--json", action="store_true", help="Rapport complet en JSON.")
        parser.add_argument("--details", action="store_true", help="Liste les différences.")
        parser.add_argument("--sans-classifieur", action="store_true", dest="no_classifier",
                            help="Règles seules, sans le classifieur de candidats appris.")

    def handle(self, *args, **options):
        try:
            gold = load_gold(options["gold"])
        except (OSError, ValueError) as exc:
            raise CommandError(f"Fichier de référence illisible : {exc}") from exc
        text_dir = Path(options["text_dir"])
        if not text_dir.is_dir():
            raise CommandError(f"Dossier introuvable : {text_dir}")
        predictions = {}
        for doc in gold["documents"]:
            path = text_dir / doc["source"]
            predictions[doc["source"]] = run_file(path, classifier=None if options["no_classifier"] else "default") if path.exists() else {"announcement": {}, "laureates": []}
        report = evaluate(gold, predictions)
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{'champ':32} {'VP':>4} {'FP':>4} {'FN':>4} {'précision':>10} {'rappel':>8} {'F1':>6}")
        rows = [("lauréats", report.laureates)] + sorted(report.fields.items()) + [("champs (micro)", report.fields_total)]
        for name, c in rows:
            self.stdout.write(f"{name:32} {c.tp:4d} {c.fp:4d} {c.fn:4d} {c.precision:10.3f} {c.recall:8.3f} {c.f1:6.3f}")
        if options["details"] and report.errors:
            self.stdout.write("\nDifférences :")
            for line in report.errors:
                self.stdout.write(f"  {line}")
