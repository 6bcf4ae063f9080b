"""Demo data for every role and capability. Each app contributes a ``demo.py`` with a
``load(stdout)`` function; they run in dependency order. Idempotent; refused when DEBUG is off."""
from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

DEMO_APPS = ("organisations", "programmes", "applications", "review", "awards", "observatory", "ingestion",
             "detection", "land")


class Command(BaseCommand):
    help = "Crée les données de démonstration (comptes de chaque rôle, dossiers, lauréats). Refusé si DEBUG est désactivé."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("load_demo est réservé au mode démonstration (DEBUG=1) : refusé en production.")
        for app in DEMO_APPS:
            try:
                module = import_module(f"relocalisation.{app}.demo")
            except ModuleNotFoundError as exc:
                if exc.name == f"relocalisation.{app}.demo":
                    continue
                raise
            module.load(self.stdout)
        # Bulk loaders send no model signals: retire every cached page and figure explicitly.
        from relocalisation.core.cache import NAMESPACES, bump

        for namespace in NAMESPACES:
            bump(namespace)
        self.stdout.write(self.style.SUCCESS("Données de démonstration prêtes."))
