import sys

from django.core.management.base import BaseCommand, CommandError

from relocalisation.detection import registry, services


def progress_bar(stream):
    def echo(pct: int) -> None:
        done = pct // 2
        stream.write(f"\r[{'#' * done}{' ' * (50 - done)}] {pct:3d} %", ending="")
        stream.flush()
    return echo


class Command(BaseCommand):
    help = ("Importe le registre des établissements (SIRENE StockEtablissement : CSV, CSV.gz ou Parquet) "
            "dans le stockage en colonnes ; remplace la version précédente de façon atomique.")

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--threads", type=int, default=None, help="Fils DuckDB (par défaut : tous les cœurs).")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, path, threads=None, no_progress=False, **options):
        echo = None if no_progress else progress_bar(self.stdout)
        try:
            job = services.import_registry(path, echo=echo, threads=threads)
        except registry.RegistryError as exc:
            raise CommandError(str(exc)) from exc
        if echo:
            self.stdout.write("")
        self.stdout.write(f"Lignes lues : {job.rows_read}")
        self.stdout.write(f"Lignes retenues : {job.rows_kept}")
        self.stdout.write("Lignes notées : 0 (lancez « relocalisation score_registry »)")
        self.stdout.write(self.style.SUCCESS(job.message))
