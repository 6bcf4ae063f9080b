"""``relocalisation export_press_gold OUT_DIR``: the operators' reviews as a reference set.

Every text whose proposals have all been examined becomes one document of ``OUT_DIR/gold.json`` (the
format ``eval_press`` reads) with the accepted laureates as corrected by the operator (laureates added by
hand included, rejected proposals left out) and its text in ``OUT_DIR/texts/``. ``eval_press
OUT_DIR/gold.json OUT_DIR/texts`` then measures the extractor on the platform's own texts, and the same
folder can train the candidate classifier. The announcement is not reviewed, so it is not scored."""
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from relocalisation.ingestion.press_selectors import reviewed_gold


class Command(BaseCommand):
    help = "Exporte les communiqués entièrement relus comme jeu de référence (gold.json + textes) pour eval_press."

    def add_arguments(self, parser):
        parser.add_argument("out_dir")

    def handle(self, *args, **options):
        out = Path(options["out_dir"])
        try:
            (out / "texts").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(f"Dossier inutilisable : {exc}") from exc
        documents, texts = reviewed_gold()
        for name, text in texts.items():
            (out / "texts" / name).write_text(text, encoding="utf-8")
        gold = {"about": f"Relectures des opérateurs exportées le {timezone.now():%d/%m/%Y à %H:%M} "
                         "(lauréats acceptés, corrigés ; rejetés exclus ; annonce non relue).",
                "documents": documents}
        (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        laureates = sum(len(d["laureates"]) for d in documents)
        self.stdout.write(f"{len(documents)} texte(s) relu(s), {laureates} lauréat(s) → {out / 'gold.json'}")
