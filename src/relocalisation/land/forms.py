from django import forms

from relocalisation.detection.forms import DsfrBaseForm
from relocalisation.land.models import LandParcel


class ParcelForm(forms.ModelForm, DsfrBaseForm):
    commune_code = forms.RegexField(label="Commune (code INSEE)", regex=r"^[0-9][0-9AB][0-9]{3}$", required=False,
                                    error_messages={"invalid": "Code INSEE à 5 caractères attendu (ex. 38185)."})

    class Meta:
        model = LandParcel
        fields = ["reference", "name", "kind", "surface_m2", "building_m2", "zoning", "serviced", "brownfield",
                  "available_from", "price_eur", "rent_eur_m2_year", "owner_name", "contact", "latitude", "longitude",
                  "icpe_allowed", "rail_access", "notes"]
        widgets = {"available_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance and self.instance.commune_id:
            self.fields["commune_code"].initial = self.instance.commune_id

    def clean_commune_code(self):
        from relocalisation.territories.models import Commune

        code = self.cleaned_data["commune_code"]
        if code and not Commune.objects.filter(pk=code).exists():
            raise forms.ValidationError("Commune inconnue du Code officiel géographique.")
        return code

    def clean(self):
        data = super().clean()
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            raise forms.ValidationError("Renseignez la latitude et la longitude ensemble.")
        return data

    def save(self, commit=True):
        self.instance.commune_id = self.cleaned_data.get("commune_code") or None
        return super().save(commit)


class ImportForm(DsfrBaseForm):
    file = forms.FileField(label="Fichier CSV (UTF-8, séparateur « ; » ou « , »)")


class MatchForm(DsfrBaseForm):
    lead = forms.UUIDField(required=False, widget=forms.HiddenInput)
    surface_min = forms.IntegerField(label="Surface minimale (m²)", required=False, min_value=0, max_value=10**9)
    surface_max = forms.IntegerField(label="Surface maximale (m²)", required=False, min_value=0, max_value=10**9)
    needed_by = forms.DateField(label="Disponible au plus tard le", required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    territories = forms.CharField(label="Territoires (codes de départements ou de communes, séparés par des virgules)",
                                  required=False, max_length=500, help_text="Ex. : 38, 69, 01004")
    centre_commune = forms.RegexField(label="Rayon autour de la commune (code INSEE)", required=False,
                                      regex=r"^[0-9][0-9AB][0-9]{3}$",
                                      help_text="Centre = position moyenne de vos terrains dans cette commune (le COG n'a pas de coordonnées).",
                                      error_messages={"invalid": "Code INSEE à 5 caractères attendu."})
    centre_lat = forms.FloatField(label="… ou autour du point : latitude", required=False, min_value=41, max_value=52)
    centre_lon = forms.FloatField(label="longitude", required=False, min_value=-6, max_value=10)
    radius_km = forms.FloatField(label="Rayon (km)", required=False, min_value=1, max_value=1000)
    icpe = forms.BooleanField(label="ICPE à autoriser", required=False)
    rail = forms.BooleanField(label="Embranchement ferroviaire nécessaire", required=False)
    serviced = forms.BooleanField(label="Terrain viabilisé nécessaire", required=False)
    brownfield_first = forms.BooleanField(label="Privilégier les friches", required=False)

    def clean_territories(self):
        codes = [c.strip().upper() for c in self.cleaned_data["territories"].replace(";", ",").split(",") if c.strip()]
        bad = [c for c in codes if not (len(c) in (2, 3, 5) and c[:2].isalnum())]
        if bad:
            raise forms.ValidationError("Codes non reconnus : " + ", ".join(bad))
        return codes

    def clean(self):
        data = super().clean()
        lo, hi = data.get("surface_min"), data.get("surface_max")
        if lo is not None and hi is not None and lo > hi:
            self.add_error("surface_max", "La surface maximale doit dépasser la minimale.")
        if data.get("radius_km") and not (data.get("centre_commune") or
                                          (data.get("centre_lat") is not None and data.get("centre_lon") is not None)):
            self.add_error("radius_km", "Indiquez une commune ou un point (latitude et longitude) comme centre.")
        return data
