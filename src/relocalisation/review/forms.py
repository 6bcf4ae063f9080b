from django import forms
from dsfr.forms import DsfrBaseForm

from relocalisation.review.models import Decision, Opinion


class DecisionForm(DsfrBaseForm):
    outcome = forms.ChoiceField(label="Décision", choices=Decision.Outcome.choices)
    amount = forms.CharField(label="Aide attribuée (€)", required=False, max_length=20,
                             help_text="Par défaut, l'aide demandée.")
    days = forms.CharField(label="Jours de conseil", required=False, max_length=10)
    motivation = forms.CharField(label="Motivation", widget=forms.Textarea(attrs={"rows": 3}), required=False,
                                 max_length=5000)


class CriterionForm(DsfrBaseForm):
    code = forms.SlugField(label="Code", max_length=40)
    label = forms.CharField(label="Critère", max_length=200)
    weight = forms.DecimalField(label="Pondération", min_value=0, max_value=100, decimal_places=2)
    max_score = forms.IntegerField(label="Note maximale", min_value=1, max_value=100, initial=5)
    position = forms.IntegerField(label="Ordre", min_value=0, max_value=1000, initial=0)


OPINION_CHOICES = [("", "—")] + list(Opinion.choices)
