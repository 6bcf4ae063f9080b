"""Activities: NAF rév. 2 (INSEE) and the critical sectors of the national call."""
from django.db import models


class NafLevel(models.TextChoices):
    SECTION = "section", "Section"
    DIVISION = "division", "Division"
    GROUP = "group", "Groupe"
    CLASS = "class", "Classe"
    SUBCLASS = "subclass", "Sous-classe"


class NafCode(models.Model):
    code = models.CharField("code NAF", max_length=6, primary_key=True)  # "C", "21", "21.1", "21.10", "21.10Z"
    label = models.CharField("libellé", max_length=300)
    level = models.CharField(max_length=10, choices=NafLevel.choices)
    parent = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="children")
    section = models.CharField(max_length=1, db_index=True)

    class Meta:
        verbose_name = "code NAF"
        verbose_name_plural = "codes NAF rév. 2"
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} — {self.label}"

    @property
    def division(self) -> str:
        return self.code[:2] if self.level != NafLevel.SECTION else ""


class CriticalSector(models.Model):
    """One of the five critical sectors of « (Re)localisations dans les secteurs critiques »,
    mapped to NAF prefixes (a prefix « 21 » covers the whole division, « 26.30 » one class)."""

    slug = models.SlugField(primary_key=True)
    name = models.CharField("nom", max_length=100)
    naf_prefixes = models.JSONField("préfixes NAF", default=list)
    description = models.TextField(blank=True)
    source = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = "secteur critique"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def covers(self, naf_code: str) -> bool:
        return any(naf_code.startswith(prefix) for prefix in self.naf_prefixes)


class SizeCategory(models.Model):
    """Firm size classes (décret n° 2008-1354 : TPE/microentreprise, PME, ETI, GE; PMI = industrial PME).
    Headcount bounds only: turnover and balance-sheet criteria are checked by instructors."""

    code = models.CharField(max_length=4, primary_key=True)
    name = models.CharField("nom", max_length=100)
    min_headcount = models.PositiveIntegerField(default=0)
    max_headcount = models.PositiveIntegerField(null=True, blank=True)
    industrial_only = models.BooleanField(default=False, help_text="PMI : activité industrielle (sections B à E).")
    rank = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "catégorie de taille"
        verbose_name_plural = "catégories de taille"
        ordering = ["rank"]

    def __str__(self) -> str:
        return self.code
