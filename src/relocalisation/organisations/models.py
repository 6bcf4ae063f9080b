"""Organisations (companies by SIREN, funders, operators, agencies) and users' roles in them."""
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from relocalisation.core.text import normalize
from relocalisation.organisations.identifiers import is_valid_siren, is_valid_siret


class Organisation(models.Model):
    class Kind(models.TextChoices):
        COMPANY = "company", "Entreprise"
        FUNDER = "funder", "Financeur"
        OPERATOR = "operator", "Opérateur de dispositif"
        AGENCY = "agency", "Agence de développement économique"
        LOCAL_AUTHORITY = "local_authority", "Collectivité / EPCI"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField("nature", max_length=20, choices=Kind.choices, default=Kind.COMPANY)
    name = models.CharField("raison sociale / nom", max_length=250)
    name_normalized = models.CharField(max_length=250, db_index=True, editable=False)
    siren = models.CharField("SIREN", max_length=9, unique=True, null=True, blank=True)
    headcount = models.PositiveIntegerField("effectif", null=True, blank=True)
    naf = models.ForeignKey("activities.NafCode", on_delete=models.PROTECT, null=True, blank=True, verbose_name="code NAF")
    commune = models.ForeignKey("territories.Commune", on_delete=models.PROTECT, null=True, blank=True, verbose_name="siège")
    parent_group = models.CharField("groupe", max_length=250, blank=True)
    size_category = models.ForeignKey("activities.SizeCategory", on_delete=models.PROTECT, null=True, blank=True,
                                      verbose_name="catégorie de taille déclarée")
    website = models.URLField(blank=True)
    source = models.CharField("source", max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "organisation"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.siren and not is_valid_siren(self.siren):
            raise ValidationError({"siren": "SIREN invalide (9 chiffres, clé de Luhn)."})

    def save(self, *args, **kwargs):
        self.name_normalized = normalize(self.name)
        if self.siren == "":
            self.siren = None
        super().save(*args, **kwargs)


class Establishment(models.Model):
    """An établissement (SIRET) of an organisation: where the project happens."""

    siret = models.CharField("SIRET", max_length=14, primary_key=True)
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="establishments")
    name = models.CharField("enseigne", max_length=250, blank=True)
    commune = models.ForeignKey("territories.Commune", on_delete=models.PROTECT, null=True, blank=True)
    naf = models.ForeignKey("activities.NafCode", on_delete=models.PROTECT, null=True, blank=True)
    headcount = models.PositiveIntegerField("effectif", null=True, blank=True)
    is_head_office = models.BooleanField("siège", default=False)

    class Meta:
        verbose_name = "établissement"

    def __str__(self) -> str:
        return f"{self.siret} {self.name or self.organisation.name}"

    def clean(self) -> None:
        if not is_valid_siret(self.siret):
            raise ValidationError({"siret": "SIRET invalide (14 chiffres, clé de Luhn)."})
        if self.organisation.siren and not self.siret.startswith(self.organisation.siren):
            raise ValidationError({"siret": "Le SIRET doit commencer par le SIREN de l'organisation."})


class Role(models.TextChoices):
    APPLICANT = "applicant", "Porteur de projet (entreprise)"
    INSTRUCTOR = "instructor", "Instructeur"
    COMMITTEE = "committee", "Membre de comité"
    MANAGER = "manager", "Gestionnaire de dispositif"
    AGENCY = "agency", "Chargé d'affaires d'agence"
    ADMIN = "admin", "Administrateur"


class Membership(models.Model):
    """A user's role in an organisation. Scopes finer than the organisation (calls an instructor
    instructs, programmes a manager runs) are kept by the apps that own those objects."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "appartenance"
        constraints = [models.UniqueConstraint(fields=["user", "organisation", "role"], name="unique_membership")]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} — {self.organisation}"


class ApiToken(models.Model):
    """A personal API token (``Authorization: Bearer …``). Only a SHA-256 of the secret is stored;
    the secret is shown once, by ``relocalisation create_api_token USERNAME``."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    prefix = models.CharField(max_length=12, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True)
    label = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    class Meta:
        verbose_name = "jeton d'API"
        verbose_name_plural = "jetons d'API"

    def __str__(self) -> str:
        return f"{self.user} — {self.prefix}…"
