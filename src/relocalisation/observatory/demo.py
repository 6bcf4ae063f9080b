"""Demo contribution of the observatory: a set of synthetic laureates (clearly labelled
« synthétique ») so that the map and the charts have something to show. Idempotent."""
DEMO_SIZE = 2000


def load(stdout) -> None:
    from relocalisation.awards.models import Award
    from relocalisation.ingestion.synthetic import generate

    have = Award.objects.filter(is_synthetic=True).count()
    if have >= DEMO_SIZE:
        stdout.write(f"Observatoire : {have} lauréats synthétiques déjà présents.")
        return
    generate(DEMO_SIZE - have, seed=2026)
    stdout.write(f"Observatoire : {DEMO_SIZE - have} lauréats synthétiques (étiquetés comme tels) créés.")
