"""The public filters of the observatory pages, exports and API, validated in one place.
Invalid values give French messages (the pages show them, the API answers 422)."""
from __future__ import annotations

from django import forms
from django.core.validators import RegexValidator

from relocalisation.awards.models import Origin

SORTS = [
    ("-decided_on", "Date (récentes d'abord)"), ("decided_on", "Date (anciennes d'abord)"),
    ("-aid_eur", "Aide (décroissante)"), ("aid_eur", "Aide (croissante)"),
    ("-investment_eur", "Investissement (décroissant)"), ("investment_eur", "Investissement (croissant)"),
    ("-jobs_created", "Emplois (décroissant)"), ("jobs_created", "Emplois (croissant)"),
    ("organisation", "Entreprise (A → Z)"), ("-organisation", "Entreprise (Z → A)"),
]
MEASURES = [("awards", "Nombre de lauréats"), ("investment_eur", "Investissement"), ("aid_eur", "Aide publique"),
            ("jobs_created", "Emplois créés")]
LEVELS = [("region", "Régions"), ("department", "Départements")]


def filter_choices() -> dict[str, list]:
    """Choices of the filters (reference data), cached: every dashboard and API call builds the form."""
    from django.core.cache import cache

    choices = cache.get("observatory:filter-choices")
    if choices is None:
        from relocalisation.activities.models import CriticalSector
        from relocalisation.programmes.models import Call, Programme, Wave
        from relocalisation.territories.models import Department, IndustrialTerritory, Region

        choices = {
            "programme": [("", "Tous")] + list(Programme.objects.values_list("slug", "name")),
            "call": [("", "Tous")] + sorted(set(Call.objects.values_list("slug", "title"))),
            "wave": [("", "Toutes")] + [(str(w.pk), f"{w.call.title} — {w}") for w in Wave.objects.select_related("call")],
            "region": [("", "Toutes")] + list(Region.objects.order_by("name").values_list("code", "name")),
            "department": [("", "Tous")] + [(code, f"{code} — {name}") for code, name in
                                            Department.objects.order_by("code").values_list("code", "name")],
            "territory": [("", "Tous")] + list(IndustrialTerritory.objects.values_list("slug", "name")),
            "sector": [("", "Tous")] + list(CriticalSector.objects.values_list("slug", "name")),
        }
        cache.set("observatory:filter-choices", choices, CHOICES_TIMEOUT)
    return choices


CHOICES_TIMEOUT = 300  # reference data changes rarely; a new programme shows within five minutes


class AwardFilterForm(forms.Form):
    programme = forms.ChoiceField(label="Dispositif", required=False)
    call = forms.ChoiceField(label="Appel à projets", required=False)
    wave = forms.ChoiceField(label="Vague", required=False)
    region = forms.ChoiceField(label="Région", required=False)
    department = forms.ChoiceField(label="Département", required=False)
    commune = forms.CharField(label="Commune (code INSEE)", required=False, max_length=5,
                              validators=[RegexValidator(r"^[0-9][0-9AB][0-9]{3}$", "Code INSEE de commune attendu "
                                                                                    "(5 caractères, ex. 38185).")])
    territory = forms.ChoiceField(label="Territoire d'industrie", required=False)
    sector = forms.ChoiceField(label="Secteur", required=False)
    date_from = forms.DateField(label="Du", required=False, widget=forms.DateInput(attrs={"type": "date"}),
                                error_messages={"invalid": "Date attendue (AAAA-MM-JJ)."})
    date_to = forms.DateField(label="Au", required=False, widget=forms.DateInput(attrs={"type": "date"}),
                              error_messages={"invalid": "Date attendue (AAAA-MM-JJ)."})
    origin = forms.ChoiceField(label="Origine", required=False, choices=[("", "Toutes")] + list(Origin.choices))
    q = forms.CharField(label="Recherche", required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in filter_choices().items():
            self.fields[name].choices = choices
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "fr-select" if isinstance(field, forms.ChoiceField) else "fr-input")
        for name, field in self.fields.items():
            if isinstance(field, forms.ChoiceField):
                field.error_messages["invalid_choice"] = "Valeur inconnue : « %(value)s »."

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise forms.ValidationError("La date de début doit précéder la date de fin.")
        return data

    def params(self) -> dict:
        """The valid filters (invalid ones dropped), as filter_awards expects them."""
        data = self.cleaned_data if self.is_bound and hasattr(self, "cleaned_data") else {}
        return {k: v for k, v in data.items() if v not in (None, "")}

    def error_list(self) -> list[str]:
        out = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else None
            out += [f"{label} : {e}" if label else e for e in errors]
        return out


def parse_filters(data) -> tuple[dict, list[str], AwardFilterForm]:
    form = AwardFilterForm(data)
    form.is_valid()
    return form.params(), form.error_list(), form


def query_string(params: dict, **changes) -> str:
    from urllib.parse import urlencode

    merged = {**{k: v for k, v in params.items() if v not in (None, "")}, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})
