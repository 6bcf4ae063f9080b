"""Forms of the dossier (French errors; codes checked against the reference data)."""
from django import forms
from dsfr.forms import DsfrBaseForm

from relocalisation.activities.models import NafCode
from relocalisation.applications.models import Application, Attachment
from relocalisation.organisations.forms import DsfrModelForm
from relocalisation.territories.models import Commune


class ApplicationForm(DsfrModelForm):
    commune_code = forms.CharField(label="Commune du site (code INSEE)", max_length=5, required=False,
                                   help_text="5 caractères, par exemple 45234 pour Orléans.")
    naf_code = forms.CharField(label="Code NAF de l'activité", max_length=6, required=False,
                               help_text="NAF rév. 2, par exemple 25.62A.")

    class Meta:
        model = Application
        fields = ["title", "description", "project_type", "phase", "headcount", "investment_eur", "aid_requested_eur",
                  "jobs_created", "jobs_kept", "starts_on", "ends_on", "cofunders"]
        widgets = {"starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "description": forms.Textarea(attrs={"rows": 6}), "cofunders": forms.Textarea(attrs={"rows": 2})}
        error_messages = {f: {"invalid": "Valeur invalide.", "max_digits": "Montant trop grand.",
                              "max_decimal_places": "Deux décimales au plus."}
                          for f in ("investment_eur", "aid_requested_eur", "headcount", "jobs_created", "jobs_kept",
                                    "starts_on", "ends_on")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False  # drafts may be incomplete; submission checks what is missing
        if self.instance.pk:
            self.fields["commune_code"].initial = self.instance.commune_id
            self.fields["naf_code"].initial = self.instance.naf_id

    def clean_commune_code(self):
        code = self.cleaned_data["commune_code"].strip()
        if not code:
            return None
        commune = Commune.objects.filter(code=code).first()
        if commune is None:
            raise forms.ValidationError(f"Code commune INSEE inconnu : « {code} ».")
        return commune

    def clean_naf_code(self):
        code = self.cleaned_data["naf_code"].strip().upper()
        if not code:
            return None
        naf = NafCode.objects.filter(code=code, level="subclass").first()
        if naf is None:
            raise forms.ValidationError(f"Code NAF inconnu : « {code} » (format attendu : 25.62A).")
        return naf

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", "La fin du projet doit suivre son début.")
        for name in ("investment_eur", "aid_requested_eur"):
            value = data.get(name)
            if value is not None and value < 0:
                self.add_error(name, "Montant négatif impossible.")
        return data

    def service_data(self) -> dict:
        data = {name: self.cleaned_data.get(name) for name in self.Meta.fields if name in self.cleaned_data}
        for name in ("title", "description", "project_type", "phase", "cofunders"):
            if data.get(name) is None:
                data[name] = ""
        data["commune"] = self.cleaned_data.get("commune_code")
        data["naf"] = self.cleaned_data.get("naf_code")
        return data


class AttachmentForm(DsfrBaseForm):
    kind = forms.ChoiceField(label="Type de pièce", choices=Attachment.Kind.choices)
    file = forms.FileField(label="Fichier", help_text="PDF, XLSX, PNG ou JPEG ; 10 Mo au plus.",
                           error_messages={"required": "Choisissez un fichier.", "empty": "Le fichier est vide."})


class MessageForm(DsfrBaseForm):
    body = forms.CharField(label="Votre message", widget=forms.Textarea(attrs={"rows": 4}), max_length=10_000,
                           error_messages={"required": "Le message est vide."})


class MotivationForm(DsfrBaseForm):
    motivation = forms.CharField(label="Motivation", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000,
                                 required=False)
