"""Forms of the press review queue (French labels and messages)."""
from django import forms

from relocalisation.activities.models import CriticalSector
from relocalisation.ingestion.press.readers import DocumentError, read_bytes, read_pasted
from relocalisation.organisations.identifiers import is_valid_siren
from relocalisation.programmes.models import Programme
from relocalisation.territories.models import Commune

MAX_UPLOAD = 5 * 1024 * 1024


class MoneyField(forms.CharField):
    """Euros as an operator types them: « 4000000 », « 4 000 000,50 », « 4 M€ », « 1,2 million »."""

    def to_python(self, value):
        value = (super().to_python(value) or "").strip()
        if not value:
            return None
        if len(value) > 40:
            raise forms.ValidationError("Montant illisible (exemples : 4 000 000, 4 M€, 1,2 million).")
        from decimal import Decimal, InvalidOperation

        from relocalisation.ingestion.press.numbers import parse_number

        amount = parse_number(value)
        if amount is None:
            try:
                amount = Decimal(value.replace("\u00a0", "").replace(" ", "").replace(",", "."))
            except InvalidOperation:
                raise forms.ValidationError("Montant illisible (exemples : 4 000 000, 4 M€, 1,2 million).") from None
        if amount < 0 or amount >= Decimal("1e13"):
            raise forms.ValidationError("Montant hors limites.")
        return amount.quantize(Decimal("0.01"))


class SubmitForm(forms.Form):
    title = forms.CharField(label="Titre (facultatif)", max_length=300, required=False)
    url = forms.URLField(label="Adresse de publication (facultatif)", max_length=500, required=False,
                         assume_scheme="https")
    text = forms.CharField(label="Texte du communiqué ou de l'article", required=False,
                           widget=forms.Textarea(attrs={"rows": 10}), max_length=1_000_000)
    file = forms.FileField(label="Ou fichier (.txt, .csv, .html, .pdf, .docx, 5 Mo au plus)", required=False)

    def clean(self):
        data = super().clean()
        text, upload = (data.get("text") or "").strip(), data.get("file")
        if bool(text) == bool(upload):
            raise forms.ValidationError("Collez un texte ou déposez un fichier (l'un ou l'autre).")
        if upload:
            if upload.size > MAX_UPLOAD:
                raise forms.ValidationError("Fichier trop volumineux : 5 Mo au plus.")
            try:
                data["document_text"] = read_bytes(upload.read(), upload.name)
            except DocumentError as exc:
                raise forms.ValidationError(str(exc)) from exc
            data["file_name"] = upload.name[:255]
        else:
            try:
                data["document_text"] = read_pasted(text)
            except DocumentError as exc:
                raise forms.ValidationError(str(exc)) from exc
            data["file_name"] = ""
        return data


class ProposalForm(forms.Form):
    action = forms.ChoiceField(choices=[("accept", "Accepter"), ("reject", "Rejeter")], widget=forms.HiddenInput)
    organisation_name = forms.CharField(label="Organisation", max_length=250, required=False)
    project_name = forms.CharField(label="Projet", max_length=250, required=False)
    commune = forms.CharField(label="Commune (code INSEE)", max_length=5, required=False)
    sector = forms.ModelChoiceField(label="Secteur critique", queryset=CriticalSector.objects.all(), required=False,
                                    empty_label="— aucun —")
    investment_eur = MoneyField(label="Investissement (€)", required=False)
    aid_eur = MoneyField(label="Aide publique (€)", required=False)
    jobs_created = forms.IntegerField(label="Emplois créés", min_value=0, max_value=1_000_000, required=False)
    programme = forms.ModelChoiceField(label="Dispositif", queryset=Programme.objects.all(), required=False,
                                       empty_label="— choisir —")
    organisation = forms.ChoiceField(label="Organisation du référentiel", required=False)
    siren = forms.CharField(label="SIREN (facultatif)", max_length=9, required=False)
    note = forms.CharField(label="Motif du rejet (facultatif)", max_length=300, required=False)

    def __init__(self, *args, candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = {str(org.pk): org for org, _ in candidates}
        self.fields["organisation"].choices = [("new", "Créer une nouvelle organisation")] + [
            (str(org.pk), f"{org.name}{' — SIREN ' + org.siren if org.siren else ''} (ressemblance {score} %)")
            for org, score in candidates]

    def clean_commune(self):
        code = (self.cleaned_data.get("commune") or "").strip()
        if not code:
            return None
        commune = Commune.objects.filter(pk=code).first()
        if commune is None:
            raise forms.ValidationError("Code commune INSEE inconnu.")
        return commune

    def clean_siren(self):
        siren = (self.cleaned_data.get("siren") or "").replace(" ", "")
        if siren and not is_valid_siren(siren):
            raise forms.ValidationError("SIREN invalide (9 chiffres, clé de Luhn).")
        return siren

    def clean_organisation(self):
        value = self.cleaned_data.get("organisation") or "new"
        if value != "new" and value not in self.candidates:
            raise forms.ValidationError("Organisation inconnue.")
        return self.candidates.get(value)

    def decision_data(self) -> dict:
        data = dict(self.cleaned_data)
        data["create_organisation"] = data.get("organisation") is None
        return data
