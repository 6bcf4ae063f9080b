"""Official geography (Code officiel géographique, INSEE). Primary keys are the INSEE codes, so that
territories are exposed by their codes everywhere (API, exports, URLs), never by internal ids."""
from django.db import models


class Zone(models.TextChoices):
    METRO = "metro", "France métropolitaine"
    DROM = "drom", "Départements et régions d'outre-mer"
    COM = "com", "Collectivités d'outre-mer"


class Region(models.Model):
    code = models.CharField("code INSEE", max_length=3, primary_key=True)
    name = models.CharField("nom", max_length=100)
    zone = models.CharField(max_length=5, choices=Zone.choices)
    chef_lieu = models.CharField("chef-lieu (code commune)", max_length=5, blank=True)

    class Meta:
        verbose_name = "région"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    code = models.CharField("code INSEE", max_length=3, primary_key=True)
    name = models.CharField("nom", max_length=100)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="departments", null=True, blank=True)
    zone = models.CharField(max_length=5, choices=Zone.choices)
    chef_lieu = models.CharField("chef-lieu (code commune)", max_length=5, blank=True)

    class Meta:
        verbose_name = "département"
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Commune(models.Model):
    class Kind(models.TextChoices):
        CURRENT = "commune-actuelle", "Commune"
        MUNICIPAL_ARRONDISSEMENT = "arrondissement-municipal", "Arrondissement municipal"

    code = models.CharField("code INSEE", max_length=5, primary_key=True)
    name = models.CharField("nom", max_length=150)
    name_normalized = models.CharField(max_length=150, db_index=True, editable=False)
    kind = models.CharField(max_length=30, choices=Kind.choices, default=Kind.CURRENT)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="communes", null=True, blank=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="communes", null=True, blank=True)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="arrondissements",
        help_text="Pour un arrondissement municipal : la commune (Paris, Lyon, Marseille).",
    )
    population = models.PositiveIntegerField(null=True, blank=True)
    postal_codes = models.JSONField(default=list, blank=True)
    siren = models.CharField(max_length=9, blank=True)

    class Meta:
        verbose_name = "commune"
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.department_id})" if self.department_id else self.name


class Epci(models.Model):
    """Établissement public de coopération intercommunale à fiscalité propre (code = SIREN)."""

    code = models.CharField("SIREN", max_length=9, primary_key=True)
    name = models.CharField("nom", max_length=200)
    kind = models.CharField("nature", max_length=20)  # CC, CA, CU, ME…
    population = models.PositiveIntegerField(null=True, blank=True)
    communes = models.ManyToManyField(Commune, related_name="epcis", blank=True)

    class Meta:
        verbose_name = "EPCI"
        verbose_name_plural = "EPCI"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class IndustrialTerritory(models.Model):
    """A « Territoire d'industrie » or industrial basin: a named set of communes and EPCI.

    The official list is not available offline, so operators import or edit it (never invented)."""

    slug = models.SlugField(max_length=120, primary_key=True)
    name = models.CharField("nom", max_length=200)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, null=True, blank=True)
    epcis = models.ManyToManyField(Epci, blank=True, related_name="industrial_territories")
    communes = models.ManyToManyField(Commune, blank=True, related_name="industrial_territories")
    labelled_since = models.PositiveSmallIntegerField("labellisé depuis (année)", null=True, blank=True)
    source = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = "Territoire d'industrie"
        verbose_name_plural = "Territoires d'industrie"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def commune_codes(self) -> set[str]:
        codes = set(self.communes.values_list("code", flat=True))
        codes |= set(Commune.objects.filter(epcis__in=self.epcis.all()).values_list("code", flat=True))
        return codes
