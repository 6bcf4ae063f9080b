"""Account forms (DSFR markup through django-dsfr's form renderer)."""
from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from dsfr.forms import DsfrBaseForm, DsfrBoundField
from dsfr.utils import dsfr_input_class_attr

from relocalisation.organisations.identifiers import clean_identifier, is_valid_siren
from relocalisation.organisations.models import Organisation


def siren_error(value: str) -> str | None:
    if not value.isdigit():
        return "Le SIREN ne doit contenir que des chiffres."
    if len(value) != 9:
        return f"Le SIREN doit compter 9 chiffres ({len(value)} reçus)."
    if not is_valid_siren(value):
        return "SIREN invalide : la clé de contrôle (Luhn) ne correspond pas."
    return None


class DsfrModelForm(forms.ModelForm):
    """ModelForm rendered with the DSFR snippets (django-dsfr only ships a plain Form base)."""

    template_name = DsfrBaseForm.template_name
    bound_field_class = DsfrBoundField
    default_renderer = DsfrBaseForm.default_renderer

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for visible in self.visible_fields():
            dsfr_input_class_attr(visible)


class SignupForm(DsfrBaseForm):
    email = forms.EmailField(label="Adresse électronique", max_length=200)
    first_name = forms.CharField(label="Prénom", max_length=150)
    last_name = forms.CharField(label="Nom", max_length=150)
    company_name = forms.CharField(label="Raison sociale de l'entreprise", max_length=250)
    siren = forms.CharField(label="SIREN de l'entreprise", max_length=20, help_text="9 chiffres, par exemple 552 100 554")
    password1 = forms.CharField(label="Mot de passe", widget=forms.PasswordInput, strip=False,
                                help_text="10 caractères au moins, pas uniquement des chiffres.")
    password2 = forms.CharField(label="Confirmation du mot de passe", widget=forms.PasswordInput, strip=False)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(username__iexact=email).exists() or \
                get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("Un compte existe déjà pour cette adresse ; utilisez « Mot de passe oublié ».")
        return email

    def clean_siren(self):
        siren = clean_identifier(self.cleaned_data["siren"])
        message = siren_error(siren)
        if message:
            raise forms.ValidationError(message)
        org = Organisation.objects.filter(siren=siren).first()
        if org is not None and org.memberships.filter(role="applicant").exists():
            raise forms.ValidationError("Cette entreprise a déjà un compte sur la plateforme : demandez à l'un de "
                                        "ses membres de vous ajouter.")
        return siren

    def clean(self):
        data = super().clean()
        p1, p2 = data.get("password1"), data.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", "Les deux mots de passe ne correspondent pas.")
        elif p1:
            user = get_user_model()(username=data.get("email", ""), email=data.get("email", ""),
                                    first_name=data.get("first_name", ""), last_name=data.get("last_name", ""))
            try:
                password_validation.validate_password(p1, user)
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return data


class LoginForm(AuthenticationForm, DsfrBaseForm):
    error_messages = {
        "invalid_login": "Identifiant ou mot de passe incorrect (ou adresse électronique pas encore vérifiée).",
        "inactive": "Ce compte n'est pas encore activé : cliquez sur le lien reçu par courriel.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Adresse électronique ou identifiant"
        self.fields["password"].label = "Mot de passe"
        for visible in self.visible_fields():
            dsfr_input_class_attr(visible)


class TotpForm(DsfrBaseForm):
    token = forms.CharField(label="Code à 6 chiffres de votre application d'authentification", max_length=12,
                            widget=forms.TextInput(attrs={"autocomplete": "one-time-code"}))

    def __init__(self, *args, allow_backup: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.allow_backup = allow_backup
        if allow_backup:
            self.fields["token"].label = ("Code à 6 chiffres de votre application d'authentification, "
                                          "ou un code de secours à 8 caractères")

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split()).replace("-", "").lower()
        if len(token) == 6 and token.isdigit():
            return token
        if self.allow_backup and len(token) == 8 and token.isalnum():
            return token
        if self.allow_backup:
            raise forms.ValidationError("Saisissez les 6 chiffres de votre application ou un code de secours "
                                        "de 8 caractères.")
        raise forms.ValidationError("Le code compte 6 chiffres.")


class InviteForm(DsfrBaseForm):
    email = forms.EmailField(label="Adresse électronique du collègue", max_length=200)
