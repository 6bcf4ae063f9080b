"""Industrial land (foncier): parcels and buildings an agency can offer to projects, and the matches
recorded on its leads. Private to the agency that entered them."""
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class LandParcel(models.Model):
    class Kind(models.TextChoices):
        LAND = "land", "Terrain nu"
        BUILDING = "building", "Bâtiment"
        BOTH = "both", "Terrain bâti"

    agency = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="land_parcels")
    reference = models.CharField("référence", max_length=60, blank=True)
    name = models.CharField("nom", max_length=200)
    kind = models.CharField("nature", max_length=10, choices=Kind.choices, default=Kind.LAND)
    commune = models.ForeignKey("territories.Commune", on_delete=models.PROTECT, null=True, blank=True)
    surface_m2 = models.PositiveIntegerField("surface du terrain (m²)")
    building_m2 = models.PositiveIntegerField("surface bâtie (m²)", null=True, blank=True)
    zoning = models.CharField("zonage (PLU)", max_length=30, blank=True)
    serviced = models.BooleanField("viabilisé", default=False)
    brownfield = models.BooleanField("friche", default=False)
    available_from = models.DateField("disponible à partir du", null=True, blank=True)
    price_eur = models.DecimalField("prix de vente (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    rent_eur_m2_year = models.DecimalField("loyer (€/m²/an)", max_digits=10, decimal_places=2, null=True, blank=True)
    owner_name = models.CharField("propriétaire", max_length=200, blank=True)
    contact = models.CharField("contact", max_length=200, blank=True)
    latitude = models.FloatField(null=True, blank=True, validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.FloatField(null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)])
    icpe_allowed = models.BooleanField("ICPE autorisées", default=False,
                                       help_text="Installations classées pour la protection de l'environnement admises.")
    rail_access = models.BooleanField("embranchement ferroviaire", default=False)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "terrain ou bâtiment"
        verbose_name_plural = "foncier"
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["agency", "reference"], condition=~models.Q(reference=""),
                                               name="unique_parcel_reference_per_agency")]

    def __str__(self) -> str:
        return f"{self.name} ({self.commune})" if self.commune_id else self.name

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class ParcelMatch(models.Model):
    """A parcel proposed for a lead, with the score and reasons of the matching at that time."""

    lead = models.ForeignKey("detection.Lead", on_delete=models.CASCADE, related_name="parcel_matches")
    parcel = models.ForeignKey(LandParcel, on_delete=models.CASCADE, related_name="matches")
    score = models.FloatField("note")
    reasons = models.JSONField("raisons", default=list)
    criteria = models.JSONField("besoins du projet", default=dict)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "rapprochement foncier"
        ordering = ["-score"]
        constraints = [models.UniqueConstraint(fields=["lead", "parcel"], name="unique_match_per_lead")]
