"""Pages of dossiers: the applicant's (/dossiers/) and the instruction's (/instruction/). Thin:
permissions in ``permissions``, writes in ``services``, reads in ``selectors``."""
from __future__ import annotations

import uuid

from django.contrib import messages as flash
from django.http import FileResponse, Http404
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from relocalisation.applications import selectors, services
from relocalisation.applications.forms import ApplicationForm, AttachmentForm, MessageForm, MotivationForm
from relocalisation.applications.models import Application, Attachment, State
from relocalisation.applications.permissions import actor_for, staff_applications, visible_applications
from relocalisation.applications.permissions import raise_for as _raise_for
from relocalisation.organisations.decorators import login_and_2fa_required
from relocalisation.organisations.models import Organisation
from relocalisation.programmes.models import Wave


def _owned(request, pk) -> Application:
    app = (Application.objects.select_related("call__programme", "wave", "organisation")
           .filter(pk=pk, organisation_id__in=actor_for(request.user).company_ids).first())
    if app is None:
        raise Http404("Dossier introuvable.")
    return app


def _staff(request, pk) -> Application:
    app = (staff_applications(request.user).select_related("call__programme", "wave", "organisation", "assigned_to")
           .filter(pk=pk).first())
    if app is None:
        raise Http404("Dossier introuvable.")
    return app


def _error(request, exc: services.ApplicationError, target: str):
    flash.error(request, exc.message)
    return redirect(target)


# --- applicant ----------------------------------------------------------------------------------

@login_and_2fa_required
@require_GET
def my_applications(request):
    actor = actor_for(request.user)
    apps = (Application.objects.filter(organisation_id__in=actor.company_ids)
            .select_related("call__programme", "wave", "organisation").order_by("-created_at"))
    now = timezone.now()
    waves = (Wave.objects.filter(deadline__gte=now, call__applies_online=True, call__programme__is_published=True)
             .exclude(opens_at__gt=now).select_related("call__programme").order_by("deadline")) if actor.company_ids else []
    return render(request, "applications/my_list.html", {
        "title": "Mes dossiers", "apps": apps, "waves": waves,
        "companies": Organisation.objects.filter(pk__in=actor.company_ids)})


@login_and_2fa_required
@require_POST
def create(request):
    actor = actor_for(request.user)
    try:
        wave = Wave.objects.select_related("call").get(pk=int(request.POST.get("wave", "")))
        org = Organisation.objects.get(pk=uuid.UUID(request.POST.get("organisation", "")))
    except (ValueError, Wave.DoesNotExist, Organisation.DoesNotExist):
        flash.error(request, "Choisissez une vague ouverte et votre entreprise.")
        return redirect("/dossiers/")
    if org.pk not in actor.company_ids:
        raise Http404("Entreprise introuvable.")
    try:
        app = services.create_draft(request.user, organisation=org, wave=wave)
    except services.ApplicationError as exc:
        return _error(request, exc, "/dossiers/")
    return redirect(f"/dossiers/{app.pk}/")


def _detail_context(request, app, form=None):
    outcome, profile_errors = selectors.eligibility_for(app)
    return {
        "title": app.title or "Dossier sans titre", "app": app, "form": form or ApplicationForm(instance=app),
        "editable": app.is_editable_by_applicant, "outcome": outcome, "profile_errors": profile_errors,
        "problems": selectors.submission_problems(app) if app.is_editable_by_applicant else [],
        "attachments": app.attachments.all(), "attachment_form": AttachmentForm(),
        "messages_list": app.messages.all(), "message_form": MessageForm(),
        "history": app.history.all(), "can_message": actor_for(request.user).can_message(app),
        "deadline": services.deadline_text(app.wave), "deadline_passed": services.deadline_passed(app.wave),
        "decision": _notified_decision(app),
        "breadcrumb": [("Mes dossiers", "/dossiers/"), (app.reference, None)],
    }


def _notified_decision(app):
    decision = getattr(app, "decision", None)
    return decision if decision is not None and decision.notified_at else None


@login_and_2fa_required
@require_GET
def detail(request, pk):
    app = _owned(request, pk)
    return render(request, "applications/detail.html", _detail_context(request, app))


@login_and_2fa_required
@require_POST
def save(request, pk):
    """Full save (no JavaScript) and htmx autosave (returns a status fragment)."""
    app = _owned(request, pk)
    form = ApplicationForm(request.POST, instance=Application.objects.get(pk=app.pk))
    status = 200
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1
    if form.is_valid():
        try:
            app = services.update_form(request.user, app, form.service_data(), expected_version=version)
            message, ok = f"Brouillon enregistré à {timezone.localtime():%H:%M:%S}.", True
        except services.ApplicationError as exc:
            message, ok, status = exc.message, False, exc.status
    else:
        message, ok, status = "Certaines valeurs sont invalides : corrigez les champs signalés.", False, 422
    if request.htmx:
        return render(request, "applications/_autosave.html", {"message": message, "ok": ok, "app": app,
                                                               "errors": form.errors}, status=status if not ok else 200)
    if ok:
        flash.success(request, message)
        return redirect(f"/dossiers/{app.pk}/")
    flash.error(request, message)
    return render(request, "applications/detail.html", _detail_context(request, app, form), status=status)


@login_and_2fa_required
@require_GET
def eligibility(request, pk):
    app = _owned(request, pk)
    outcome, profile_errors = selectors.eligibility_for(app)
    return render(request, "applications/_eligibility.html", {
        "app": app, "outcome": outcome, "profile_errors": profile_errors,
        "problems": selectors.submission_problems(app)})


@login_and_2fa_required
@require_POST
def applicant_action(request, pk, action):
    app = _owned(request, pk)
    if action not in ("deposer", "retirer"):
        raise Http404()
    try:
        services.transition(request.user, app, action, request.POST.get("motivation", "")[:5000])
        flash.success(request, "Dossier déposé." if action == "deposer" else "Candidature retirée.")
    except services.ApplicationError as exc:
        _raise_for(exc)
        flash.error(request, exc.message)
    return redirect(f"/dossiers/{app.pk}/")


@login_and_2fa_required
@require_POST
def upload(request, pk):
    app = _owned(request, pk)
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        flash.error(request, " ".join(e for errs in form.errors.values() for e in errs))
        return redirect(f"/dossiers/{app.pk}/")
    try:
        services.add_attachment(request.user, app, form.cleaned_data["file"], form.cleaned_data["kind"])
        flash.success(request, "Pièce ajoutée.")
    except services.ApplicationError as exc:
        _raise_for(exc)
        flash.error(request, exc.message)
    return redirect(f"/dossiers/{app.pk}/")


@login_and_2fa_required
@require_POST
def delete_attachment(request, pk, attachment_id):
    app = _owned(request, pk)
    attachment = get_object_or_404(Attachment, pk=attachment_id, application=app)
    try:
        services.delete_attachment(request.user, attachment)
        flash.success(request, "Pièce supprimée.")
    except services.ApplicationError as exc:
        _raise_for(exc)
        flash.error(request, exc.message)
    return redirect(f"/dossiers/{app.pk}/")


@login_and_2fa_required
@require_GET
def download(request, pk, attachment_id):
    """Attachments are stored outside the web root and only served here, to those allowed."""
    app = visible_applications(request.user).filter(pk=pk).first()
    if app is None:
        raise Http404("Pièce introuvable.")
    attachment = get_object_or_404(Attachment, pk=attachment_id, application=app)
    response = FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.original_name,
                            content_type=attachment.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_and_2fa_required
@require_POST
def post_message(request, pk):
    app = visible_applications(request.user).filter(pk=pk).first()
    if app is None:
        raise Http404("Dossier introuvable.")
    form = MessageForm(request.POST)
    back = f"/dossiers/{app.pk}/" if actor_for(request.user).owns(app) else f"/instruction/dossiers/{app.pk}/"
    if not form.is_valid():
        flash.error(request, " ".join(e for errs in form.errors.values() for e in errs))
        return redirect(back)
    try:
        services.post_message(request.user, app, form.cleaned_data["body"])
        flash.success(request, "Message envoyé.")
    except services.ApplicationError as exc:
        _raise_for(exc)
        flash.error(request, exc.message)
    return redirect(back)


# --- instruction --------------------------------------------------------------------------------

@login_and_2fa_required
@require_GET
def instruction_list(request):
    actor = actor_for(request.user)
    if not actor.is_staff_member:
        raise Http404()
    qs = staff_applications(request.user)
    call = request.GET.get("appel", "")
    call_id = int(call) if call.isdigit() else None
    qs = selectors.filter_applications(qs, call=call_id, state=request.GET.get("etat"),
                                       q=request.GET.get("q"), sort=request.GET.get("tri"))
    page = selectors.paginate(qs, request.GET.get("page", 1),
                              related=("call__programme", "wave", "organisation", "assigned_to"))
    from relocalisation.programmes.models import Call

    # From the scopes, not from the dossiers: no scan of the dossier table for a drop-down.
    calls = Call.objects.all() if actor.is_admin else Call.objects.filter(
        Q(pk__in=actor.instructor_call_ids)
        | Q(programme_id__in=actor.committee_programme_ids | actor.manager_programme_ids))
    calls = calls.filter(waves__isnull=False).distinct().order_by("title")[:300]
    waves = Wave.objects.filter(call__in=list(calls)).select_related("call").order_by("call__title", "number")[:300]
    return render(request, "applications/instruction_list.html", {
        "title": "Instruction des dossiers", "page": page, "calls": calls, "waves": waves, "states": State.choices,
        "filters": {"appel": call, "etat": request.GET.get("etat", ""), "q": request.GET.get("q", ""),
                    "tri": request.GET.get("tri", "-depot")},
        "querystring": request.GET.urlencode()})


@login_and_2fa_required
@require_GET
def instruction_detail(request, pk):
    app = _staff(request, pk)
    actor = actor_for(request.user)
    from relocalisation.review.views import review_context

    context = {
        "title": app.title or app.reference, "app": app, "actor": actor,
        "attachments": app.attachments.all(), "messages_list": app.messages.all(), "history": app.history.all(),
        "message_form": MessageForm(), "motivation_form": MotivationForm(),
        "can_message": actor.can_message(app),
        "actions": [(a, t.label, t.needs_motivation) for a, t in services.TRANSITIONS.items()
                    if a not in ("deposer", "retirer", "accepter", "refuser") and app.state in t.sources
                    and actor.can_transition(app, a)],
        "breadcrumb": [("Instruction", "/instruction/"), (app.reference, None)],
    }
    context.update(review_context(request, app, actor))
    return render(request, "applications/instruction_detail.html", context)


@login_and_2fa_required
@require_POST
def instruction_transition(request, pk):
    app = _staff(request, pk)
    action = request.POST.get("action", "")
    try:
        version = int(request.POST.get("version", "")) if request.POST.get("version") else None
        services.transition(request.user, app, action, request.POST.get("motivation", "")[:5000],
                            expected_version=version)
        flash.success(request, "Action enregistrée.")
    except ValueError:
        flash.error(request, "Version du dossier invalide : rechargez la page.")
    except services.ApplicationError as exc:
        _raise_for(exc)
        flash.error(request, exc.message)
    return redirect(f"/instruction/dossiers/{app.pk}/")


@login_and_2fa_required
@require_http_methods(["POST"])
def bulk(request):
    """Bulk actions on selected dossiers: assign to an instructor."""
    from django.contrib.auth import get_user_model

    ids = request.POST.getlist("dossiers")
    try:
        uuids = [uuid.UUID(i) for i in ids][:500]
    except ValueError:
        flash.error(request, "Sélection invalide.")
        return redirect("/instruction/")
    apps = list(staff_applications(request.user).filter(pk__in=uuids).select_related("call"))
    if not apps:
        flash.error(request, "Sélectionnez au moins un dossier.")
        return redirect("/instruction/")
    instructor = get_user_model().objects.filter(username=request.POST.get("instructeur", "")[:150]).first()
    if instructor is None:
        flash.error(request, "Instructeur inconnu.")
        return redirect("/instruction/")
    try:
        count = services.assign(request.user, apps, instructor)
        flash.success(request, f"{count} dossier(s) attribué(s) à {instructor.get_username()}.")
    except services.ApplicationError as exc:
        _raise_for(exc)
        flash.error(request, exc.message)
    return redirect("/instruction/")
