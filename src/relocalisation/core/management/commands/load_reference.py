from django.core.management.base import BaseCommand

from relocalisation.activities.loaders import load_activities
from relocalisation.programmes.seed import load_seed_programmes
from relocalisation.territories.loaders import load_territories


class Command(BaseCommand):
    help = ("Charge les données de référence (COG 2026, NAF rév. 2, secteurs critiques, tailles, "
            "dispositifs des articles sources). Idempotent : une seconde exécution ne change rien.")

    def handle(self, *args, **options):
        for title, loader in (("Territoires", load_territories), ("Activités", load_activities),
                              ("Dispositifs", load_seed_programmes)):
            counts = loader()
            self.stdout.write(f"{title} : " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        # Bulk loaders send no model signals: retire every cached page and figure explicitly.
        from relocalisation.core.cache import NAMESPACES, bump

        for namespace in NAMESPACES:
            bump(namespace)
        self.stdout.write(self.style.SUCCESS("Données de référence chargées."))
