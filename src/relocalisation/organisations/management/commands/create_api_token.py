from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from relocalisation.organisations.tokens import create_token


class Command(BaseCommand):
    help = "Crée un jeton d'API personnel pour USERNAME et l'affiche (une seule fois)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--label", default="")

    def handle(self, *args, username, label, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Utilisateur inconnu : « {username} ».")
        if not user.is_active:
            raise CommandError(f"Compte inactif : « {username} ».")
        self.stdout.write(create_token(user, label))
