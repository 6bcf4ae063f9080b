from django.core.management.base import BaseCommand, CommandError

from relocalisation.ingestion.synthetic import generate


class Command(BaseCommand):
    help = "Crée N lauréats synthétiques (étiquetés « synthétiques ») sur des communes et secteurs réels."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=5, help="graine du générateur (reproductible)")

    def handle(self, count, seed, **options):
        if count < 1 or count > 10_000_000:
            raise CommandError("N doit être compris entre 1 et 10 000 000.")
        try:
            created = generate(count, seed=seed, stdout=self.stdout if options["verbosity"] > 1 else None)
        except RuntimeError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"{created} lauréats synthétiques créés."))
