from django import forms
from django.contrib.auth import get_user_model
from dsfr.forms import DsfrBaseForm as _DsfrBaseForm

from relocalisation.activities.models import CriticalSector
from relocalisation.detection.models import (Attendance, Club, ClubEvent, ClubMembership, EstablishmentSignal, Lead,
                                             ScoringWeights, Stage)
from relocalisation.detection.selectors import SIZE_GROUP_LABELS
from relocalisation.organisations.models import Organisation
from relocalisation.territories.models import Department, IndustrialTerritory, Region

SORT_CHOICES = [("score", "Score décroissant"), ("-created_on", "Création la plus récente"),
                ("created_on", "Création la plus ancienne"), ("siret", "SIRET")]


class DsfrBaseForm(_DsfrBaseForm):
    """DSFR form whose checkboxes use our own snippet (django-dsfr's needs django-widget-tweaks)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.BooleanField):
                field.template_name = "detection/_checkbox_field.html"


class ExploreForm(DsfrBaseForm):
    region = forms.ChoiceField(label="Région", required=False)
    department = forms.ChoiceField(label="Département", required=False)
    territory = forms.ChoiceField(label="Territoire d'industrie", required=False)
    sector = forms.ChoiceField(label="Secteur critique", required=False)
    naf = forms.RegexField(label="Code NAF (préfixe)", required=False, regex=r"^\d{1,2}(\.\d{0,2}[A-Za-z]?)?$",
                           max_length=6, help_text="Ex. : 21, 26.30 ou 10.71C",
                           error_messages={"invalid": "Préfixe NAF attendu, par exemple 21 ou 26.30."})
    size = forms.ChoiceField(label="Taille", required=False,
                             choices=[("", "Toutes")] + list(SIZE_GROUP_LABELS.items()))
    min_score = forms.FloatField(label="Score minimal", required=False, min_value=0, max_value=100)
    sort = forms.ChoiceField(label="Tri", required=False, choices=SORT_CHOICES)
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [("", "Toutes")] + [(r.code, r.name) for r in Region.objects.all()]
        self.fields["department"].choices = [("", "Tous")] + [(d.code, f"{d.code} — {d.name}")
                                                             for d in Department.objects.all()]
        self.fields["territory"].choices = [("", "Tous")] + [(t.slug, t.name) for t in IndustrialTerritory.objects.all()]
        self.fields["sector"].choices = [("", "Tous")] + [(s.slug, s.name) for s in CriticalSector.objects.all()]


class WeightsForm(forms.ModelForm, DsfrBaseForm):
    class Meta:
        model = ScoringWeights
        fields = [*ScoringWeights.FACTORS, "home_region", "note"]


class SignalForm(forms.ModelForm, DsfrBaseForm):
    class Meta:
        model = EstablishmentSignal
        fields = ["kind", "strength", "observed_on", "note"]
        widgets = {"observed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "note": forms.Textarea(attrs={"rows": 2})}


def agency_users(agency):
    return get_user_model().objects.filter(memberships__organisation=agency, memberships__role="agency").distinct()


class LeadForm(forms.ModelForm, DsfrBaseForm):
    class Meta:
        model = Lead
        fields = ["name", "owner", "next_action", "next_action_on", "notes", "application_id", "award"]
        widgets = {"next_action_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "notes": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, agency=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = agency_users(agency)
        self.fields["award"].queryset = self.fields["award"].queryset.select_related("organisation")


class NewLeadForm(forms.ModelForm, DsfrBaseForm):
    class Meta:
        model = Lead
        fields = ["name", "siret", "naf_code", "next_action", "next_action_on"]
        widgets = {"next_action_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def clean_siret(self):
        siret = self.cleaned_data["siret"].replace(" ", "")
        if siret and (len(siret) != 14 or not siret.isdigit()):
            raise forms.ValidationError("SIRET : 14 chiffres attendus.")
        return siret


class StageForm(DsfrBaseForm):
    stage = forms.ChoiceField(choices=Stage.choices)


class ClubForm(forms.ModelForm, DsfrBaseForm):
    class Meta:
        model = Club
        fields = ["name", "description"]


class ClubMemberForm(forms.ModelForm, DsfrBaseForm):
    class Meta:
        model = ClubMembership
        fields = ["organisation", "joined_on", "contact"]
        widgets = {"joined_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(kind=Organisation.Kind.COMPANY)


class ClubEventForm(forms.ModelForm, DsfrBaseForm):
    class Meta:
        model = ClubEvent
        fields = ["title", "date", "place", "description"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "description": forms.Textarea(attrs={"rows": 2})}


class AttendanceForm(DsfrBaseForm):
    member = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label="Présence", choices=Attendance.Status.choices)


class DependencyUploadForm(DsfrBaseForm):
    file = forms.FileField(label="Fichier CSV « division,value,source » (UTF-8, valeurs entre 0 et 1)")
