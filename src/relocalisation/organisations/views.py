"""Account pages under /compte/: sign-up, verification, login/logout, password reset, TOTP."""
import base64
from io import BytesIO

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from relocalisation.organisations import services
from relocalisation.organisations.forms import LoginForm, SignupForm, TotpForm
from relocalisation.organisations.roles import needs_second_factor


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("/compte/")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        services.sign_up(email=d["email"], password=d["password1"], first_name=d["first_name"],
                         last_name=d["last_name"], company_name=d["company_name"], siren=d["siren"],
                         verify_url_base=request.build_absolute_uri("/"))
        return render(request, "organisations/signup_done.html", {"title": "Vérifiez votre messagerie",
                                                                   "email": d["email"]})
    return render(request, "organisations/signup.html", {"form": form, "title": "Créer un compte"})


def verify(request, token):
    user = services.verify_account(token)
    if user is None:
        return render(request, "organisations/verify_failed.html", {"title": "Lien invalide"}, status=400)
    messages.success(request, "Adresse vérifiée : vous pouvez vous connecter.")
    return redirect("/compte/connexion/")


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "organisations/login.html"
    redirect_authenticated_user = True
    extra_context = {"title": "Connexion"}


class LogoutView(auth_views.LogoutView):
    next_page = "/"


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "organisations/password_reset.html"
    email_template_name = "organisations/password_reset_email.txt"
    subject_template_name = "organisations/password_reset_subject.txt"
    success_url = "/compte/mot-de-passe/envoye/"
    extra_context = {"title": "Mot de passe oublié"}

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["email"].widget.attrs["class"] = "fr-input"
        form.fields["email"].label = "Adresse électronique du compte"
        return form


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "organisations/message.html"
    extra_context = {"title": "Courriel envoyé",
                     "message": "Si un compte correspond à cette adresse, un lien de réinitialisation vient d'être envoyé."}


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "organisations/password_reset_confirm.html"
    success_url = "/compte/mot-de-passe/termine/"
    extra_context = {"title": "Nouveau mot de passe"}

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        for field in form.fields.values():
            field.widget.attrs["class"] = "fr-input"
        return form


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "organisations/message.html"
    extra_context = {"title": "Mot de passe changé", "message": "Votre mot de passe a été changé : connectez-vous."}


@login_required
def account(request):
    memberships = request.user.memberships.select_related("organisation").order_by("organisation__name")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    return render(request, "organisations/account.html", {
        "title": "Mon compte", "memberships": memberships, "has_totp": device is not None,
        "backup_codes_left": services.backup_codes_left(request.user) if device is not None else 0,
        "needs_2fa": needs_second_factor(request.user),
        "verified": request.user.is_verified() if hasattr(request.user, "is_verified") else False,
    })


def _safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or "/compte/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return "/compte/"
    return target


def _qr_svg(url: str) -> str:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    # Inline SVG (no data: URL, nothing for the CSP to allow); the markup comes from qrcode, not the user.
    return svg[svg.index("<svg"):].replace("<svg", '<svg role="img" aria-label="QR code à scanner"', 1)


@login_required
@require_http_methods(["GET", "POST"])
def two_factor(request):
    """Enrol a TOTP device on first use, then ask for a code at each login."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    enrolling = device is None
    if enrolling:
        device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first() or \
            TOTPDevice.objects.create(user=request.user, name="Application d'authentification", confirmed=False)
    form = TotpForm(request.POST or None, allow_backup=not enrolling)
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["token"]
        if len(token) == 8:  # a backup code (lost phone): used up once accepted
            backup = services.verify_backup_code(request.user, token)
            if backup is not None:
                otp_login(request, backup)
                left = services.backup_codes_left(request.user)
                messages.warning(request, f"Code de secours accepté ; il vous en reste {left}. "
                                 "Générez-en de nouveaux depuis « Mon compte » si besoin.")
                return redirect(_safe_next(request))
            form.add_error("token", "Code de secours inconnu ou déjà utilisé.")
        elif device.verify_token(token):
            if enrolling:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            if enrolling:
                messages.success(request, "Double authentification activée. Générez dès maintenant vos codes de "
                                 "secours depuis « Mon compte » : ils servent si vous perdez votre téléphone.")
            else:
                messages.success(request, "Double authentification confirmée.")
            return redirect(_safe_next(request))
        else:
            form.add_error("token", "Code incorrect ou expiré : saisissez le code affiché en ce moment.")
    context = {"title": "Double authentification", "form": form, "enrolling": enrolling,
               "next": _safe_next(request)}
    if enrolling:
        context["qr"] = _qr_svg(device.config_url)
        context["secret"] = base64.b32encode(device.bin_key).decode()
    return render(request, "organisations/two_factor.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def company(request, pk):
    """Members of one's company, and inviting a colleague (applicants only; others get 404)."""
    from django.http import Http404

    from relocalisation.organisations.forms import InviteForm
    from relocalisation.organisations.models import Membership, Organisation, Role

    org = Organisation.objects.filter(pk=pk, memberships__user=request.user,
                                      memberships__role=Role.APPLICANT).first()
    if org is None:
        raise Http404("Entreprise introuvable.")
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        _, created = services.invite_colleague(request.user, org, form.cleaned_data["email"],
                                               request.build_absolute_uri("/"))
        messages.success(request, "Invitation envoyée." if created else "Cette personne est déjà membre.")
        return redirect(f"/compte/entreprises/{org.pk}/")
    members = Membership.objects.filter(organisation=org).select_related("user").order_by("user__username")
    return render(request, "organisations/company.html", {"title": org.name, "org": org, "members": members,
                                                          "form": form})


@login_required
@require_http_methods(["POST"])
def backup_codes(request):
    """New backup codes, shown once. Only from a session verified by the second factor: someone who
    only knows the password must not be able to mint codes that bypass it."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    if device is None or not request.user.is_verified():
        messages.error(request, "Validez d'abord votre double authentification pour générer des codes de secours.")
        return redirect("/compte/double-authentification/?next=/compte/")
    codes = services.regenerate_backup_codes(request.user)
    response = render(request, "organisations/backup_codes.html", {"title": "Codes de secours", "codes": codes})
    response["Cache-Control"] = "no-store"
    return response
