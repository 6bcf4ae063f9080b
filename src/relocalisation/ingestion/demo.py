"""Demo data of the ingestion app (``relocalisation load_demo``). Idempotent.

Press extraction (issue 6): two seed articles stored as sources and extracted (synchronously), so
that the review queue /communiques/ has something to review."""
from pathlib import Path

DEMO_TEXTS = [
    ("Plan France Relance — 4 entreprises iséroises lauréates", "000_e99964c079441173.txt"),
    ("72 nouveaux lauréats — (Re)localisations dans les secteurs critiques", "001_ae53b902410e7f31.txt"),
]


def load(stdout):
    _load_press(stdout)


def _load_press(stdout):
    from relocalisation.ingestion.models import PressExtraction, Source
    from relocalisation.ingestion.press_services import run_extraction

    seeds = _seeds_dir()
    if seeds is None:
        stdout.write("Communiqués : articles d'exemple introuvables (shared/seeds), rien à charger.")
        return
    created = 0
    for title, name in DEMO_TEXTS:
        path = seeds / name
        if not path.exists() or Source.objects.filter(file_name=name, kind=Source.Kind.COMMAND).exists():
            continue
        import hashlib

        text = path.read_text(encoding="utf-8")
        source = Source.objects.create(title=title, file_name=name, kind=Source.Kind.COMMAND, text=text,
                                       sha256=hashlib.sha256(text.encode()).hexdigest())
        extraction = PressExtraction.objects.create(source=source)
        run_extraction(extraction.pk)
        created += 1
    stdout.write(f"Communiqués : {created} texte(s) d'exemple à examiner sur /communiques/.")


def _seeds_dir():
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
        candidate = parent.parent / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None
