from django import forms


class DsfrFormMixin:
    """Adds the DSFR classes to widgets (fr-input, fr-select, fr-checkbox)."""

    def _dsfr(self):
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                continue
            css = "fr-select" if isinstance(widget, forms.Select) else "fr-input"
            widget.attrs["class"] = (widget.attrs.get("class", "") + " " + css).strip()

from relocalisation.activities.models import CriticalSector
from relocalisation.programmes.models import Phase, ProjectType, SupportKind
from relocalisation.programmes.selectors import SORTS

SIZE_CHOICES = [("", "Toutes tailles"), ("TPE", "TPE (moins de 10 salariés)"), ("PME", "PME (10 à 249)"),
                ("PMI", "PMI (PME industrielle)"), ("ETI", "ETI (250 à 4 999)"), ("GE", "Grande entreprise (5 000 et plus)")]


def _sector_choices():
    return [("", "Tous secteurs")] + [(s.slug, s.name.capitalize()) for s in CriticalSector.objects.order_by("name")]


class CatalogueForm(DsfrFormMixin, forms.Form):
    q = forms.CharField(label="Rechercher", required=False, max_length=200)
    commune = forms.CharField(label="Commune de l'établissement", required=False, max_length=80,
                              help_text="Nom ou code INSEE, ex. Bourgoin-Jallieu ou 38053")
    secteur = forms.ChoiceField(label="Secteur", required=False)
    taille = forms.ChoiceField(label="Taille d'entreprise", required=False, choices=SIZE_CHOICES)
    aide = forms.ChoiceField(label="Forme d'aide", required=False,
                             choices=[("", "Toutes")] + list(SupportKind.choices))
    ouverts = forms.BooleanField(label="Ouverts aux candidatures uniquement", required=False)
    tri = forms.ChoiceField(label="Trier par", required=False, choices=list(SORTS.items()))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["secteur"].choices = _sector_choices()
        self._dsfr()


class EligibilityForm(DsfrFormMixin, forms.Form):
    siret = forms.CharField(label="SIRET (facultatif)", required=False, max_length=20,
                            help_text="14 chiffres ; si l'établissement est connu, ses données sont reprises.")
    headcount = forms.IntegerField(label="Effectif salarié", required=False, min_value=0, max_value=1_000_000,
                                   error_messages={"min_value": "L'effectif ne peut pas être négatif.",
                                                   "invalid": "Saisissez un nombre entier de salariés."})
    naf = forms.CharField(label="Code NAF (APE)", required=False, max_length=10, help_text="Format 21.10Z")
    commune = forms.CharField(label="Commune du projet", required=False, max_length=80,
                              help_text="Nom (avec le département si besoin, ex. Saint-Herblain (44)) ou code INSEE")
    project_type = forms.ChoiceField(label="Type de projet", required=False,
                                     choices=[("", "— À préciser —")] + list(ProjectType.choices))
    phase = forms.ChoiceField(label="Phase du projet", required=False, choices=[("", "— À préciser —")] + list(Phase.choices))
    open = forms.BooleanField(label="Appels ouverts uniquement", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._dsfr()
