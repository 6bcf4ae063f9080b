"""Instruction and committee pages under /instruction/: scoring, decisions, committee session
with simulations, « à notifier » queue, exports, scoring grid. Thin views over services."""
from __future__ import annotations

from decimal import Decimal

from django.contrib import messages as flash
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from relocalisation.applications.models import Application, State
from relocalisation.applications.permissions import actor_for, staff_applications
from relocalisation.applications.permissions import raise_for as _raise_for
from relocalisation.applications.services import ApplicationError
from relocalisation.organisations.decorators import login_and_2fa_required
from relocalisation.programmes.models import Call, Wave
from relocalisation.review import exports, selectors, services
from relocalisation.review.forms import OPINION_CHOICES, CriterionForm, DecisionForm
from relocalisation.review.letters import decision_letter_pdf
from relocalisation.review.models import Decision, Review, Simulation, SimulationLine


def review_context(request, app, actor) -> dict:
    """What the dossier's instruction page shows of scores and decisions (staff only)."""
    criteria = list(selectors.grid_for(app.call).criteria.all())
    mine = Review.objects.filter(application=app, reviewer=request.user).first()
    my_scores = dict(mine.scores.values_list("criterion_id", "value")) if mine else {}
    decision = Decision.objects.filter(application=app).first()
    envelope = selectors.envelope_for(app.wave)
    return {
        "criteria": [(c, my_scores.get(c.pk)) for c in criteria], "my_review": mine, "opinions": OPINION_CHOICES,
        "reviews": Review.objects.filter(application=app).select_related("reviewer").prefetch_related("scores")
        if actor.can_read_review(app) else [],
        "summary": selectors.score_summary(app), "can_score": actor.can_score(app),
        "can_decide": actor.can_decide(app) and app.state == State.EN_INSTRUCTION and decision is None,
        "decision": decision, "decision_form": DecisionForm(initial={"amount": app.aid_requested_eur}),
        "envelope": envelope,
    }


def _staff_app(request, pk) -> Application:
    app = staff_applications(request.user).select_related("call__programme", "wave", "organisation").filter(pk=pk).first()
    if app is None:
        raise Http404("Dossier introuvable.")
    return app


def _wave_for_committee(request, wave_id) -> Wave:
    wave = Wave.objects.select_related("call__programme").filter(pk=wave_id).first()
    if wave is None:
        raise Http404()
    actor = actor_for(request.user)
    pid = wave.call.programme_id
    if not (actor.is_admin or pid in actor.committee_programme_ids or pid in actor.manager_programme_ids):
        raise Http404("Vague introuvable.")
    return wave


def _wave_for_staff(request, wave_id) -> Wave:
    wave = Wave.objects.select_related("call__programme").filter(pk=wave_id).first()
    if wave is None:
        raise Http404()
    actor = actor_for(request.user)
    pid = wave.call.programme_id
    if not (actor.is_admin or wave.call_id in actor.instructor_call_ids or pid in actor.committee_programme_ids
            or pid in actor.manager_programme_ids):
        raise Http404("Vague introuvable.")
    return wave


@login_and_2fa_required
@require_POST
def score(request, pk):
    app = _staff_app(request, pk)
    scores = {key[len("note-"):]: value for key, value in request.POST.items() if key.startswith("note-")}
    try:
        version = int(request.POST["version"]) if request.POST.get("version") else None
        services.save_review(request.user, app, scores=scores, opinion=request.POST.get("opinion", ""),
                             comment=request.POST.get("comment", ""), expected_version=version)
        flash.success(request, "Notation enregistrée.")
    except ValueError:
        flash.error(request, "Version invalide : rechargez la page.")
    except ApplicationError as exc:
        _raise_for(exc)
        flash.error(request, exc.message)
    return redirect(f"/instruction/dossiers/{app.pk}/")


@login_and_2fa_required
@require_POST
def decide(request, pk):
    app = _staff_app(request, pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        flash.error(request, "Décision invalide : " + " ".join(e for errs in form.errors.values() for e in errs))
        return redirect(f"/instruction/dossiers/{app.pk}/")
    d = form.cleaned_data
    try:
        services.record_decision(request.user, app, outcome=d["outcome"], amount=d["amount"], days=d["days"],
                                 motivation=d["motivation"])
        flash.success(request, "Décision enregistrée ; elle attend sa notification.")
    except ApplicationError as exc:
        _raise_for(exc)
        flash.error(request, exc.message)
    return redirect(f"/instruction/dossiers/{app.pk}/")


@login_and_2fa_required
@require_GET
def committee(request, wave_id):
    wave = _wave_for_committee(request, wave_id)
    page, envelope = selectors.committee_page(wave, request.GET.get("page", 1))
    rows = list(page.object_list)
    simulations = list(Simulation.objects.filter(wave=wave).order_by("created_at"))
    compare_ids = set(request.GET.getlist("comparer"))
    compared = [s for s in simulations if str(s.pk) in compare_ids] or simulations[:3]
    lines = {(line.simulation_id, line.application_id): line
             for line in SimulationLine.objects.filter(simulation__in=compared)}
    comparison = [{"row": row, "cells": [lines.get((s.pk, row["app"].pk)) for s in compared]} for row in rows]
    return render(request, "review/committee.html", {
        "title": f"Comité — {wave.call.title} — {wave}", "wave": wave, "rows": rows, "envelope": envelope,
        "simulations": selectors.simulation_totals(simulations), "compared": selectors.simulation_totals(compared),
        "comparison": comparison, "page": page, "total_rows": page.paginator.count,
        "breadcrumb": [("Instruction", "/instruction/"), (f"Comité {wave}", None)],
    })


@login_and_2fa_required
@require_POST
def create_simulation(request, wave_id):
    wave = _wave_for_committee(request, wave_id)
    lines = []
    try:
        rows, _ = selectors.committee_rows(wave)
        fits = {row["app"].pk: row["fits"] for row in rows}
        for app in Application.objects.filter(wave=wave, state=State.EN_INSTRUCTION):
            if f"ligne-{app.pk}" in request.POST:
                accepted = request.POST.get(f"retenu-{app.pk}") == "on"
            else:  # ranks on other pages: retained when they fit in the envelope by rank
                accepted = fits.get(app.pk, False)
            raw = request.POST.get(f"montant-{app.pk}", "")
            amount = services.parse_amount(raw) if raw else (app.aid_requested_eur or Decimal(0))
            lines.append((app, accepted, amount))
        services.create_simulation(request.user, wave, request.POST.get("nom", ""), lines)
        flash.success(request, "Scénario enregistré.")
    except ApplicationError as exc:
        _raise_for(exc)
        flash.error(request, exc.message)
    return redirect(f"/instruction/vagues/{wave.pk}/comite/")


@login_and_2fa_required
@require_GET
def to_notify(request):
    actor = actor_for(request.user)
    if not (actor.is_admin or actor.committee_programme_ids or actor.manager_programme_ids):
        raise Http404()
    qs = Decision.objects.filter(notified_at__isnull=True).select_related("application__organisation", "wave__call")
    if not actor.is_admin:
        qs = qs.filter(wave__call__programme_id__in=actor.committee_programme_ids | actor.manager_programme_ids)
    return render(request, "review/to_notify.html", {"title": "Décisions à notifier", "decisions": qs[:500]})


@login_and_2fa_required
@require_POST
def notify(request, decision_id):
    decision = Decision.objects.select_related("application__call").filter(pk=decision_id).first()
    if decision is None or not actor_for(request.user).can_decide(decision.application):
        raise Http404()
    try:
        services.notify_decision(request.user, decision)
        flash.success(request, "Décision notifiée : la lettre a été envoyée.")
    except ApplicationError as exc:
        _raise_for(exc)
        flash.error(request, exc.message)
    return redirect("/instruction/a-notifier/")


@login_and_2fa_required
@require_GET
def letter(request, pk):
    """The decision letter: the applicant once notified, the staff of the dossier at any time."""
    actor = actor_for(request.user)
    decision = (Decision.objects.select_related("application__call__programme", "application__organisation", "award")
                .filter(application_id=pk).first())
    if decision is None:
        raise Http404()
    app = decision.application
    if not ((actor.owns(app) and decision.notified_at) or actor.can_read_review(app)):
        raise Http404()
    response = HttpResponse(decision_letter_pdf(decision), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="decision-{app.reference}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_and_2fa_required
@require_GET
def export_xlsx(request, wave_id):
    wave = _wave_for_staff(request, wave_id)
    apps = staff_applications(request.user).filter(wave=wave).select_related("organisation").order_by("reference")
    response = HttpResponse(exports.wave_xlsx(apps),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="dossiers-vague-{wave.pk}.xlsx"'
    return response


@login_and_2fa_required
@require_GET
def export_zip(request, wave_id):
    wave = _wave_for_staff(request, wave_id)
    apps = (staff_applications(request.user).filter(wave=wave)
            .select_related("organisation", "call", "wave").order_by("reference")[:2000])
    response = HttpResponse(exports.wave_zip(apps), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="dossiers-vague-{wave.pk}.zip"'
    return response


@login_and_2fa_required
@require_http_methods(["GET", "POST"])
def grid(request, call_id):
    call = Call.objects.select_related("programme").filter(pk=call_id).first()
    actor = actor_for(request.user)
    if call is None or not (actor.is_admin or call.programme_id in actor.manager_programme_ids):
        raise Http404()
    form = CriterionForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            d = form.cleaned_data
            try:
                services.save_criterion(request.user, call, code=d["code"], label=d["label"], weight=d["weight"],
                                        max_score=d["max_score"], position=d["position"])
                flash.success(request, "Critère enregistré.")
                return redirect(f"/instruction/appels/{call.pk}/grille/")
            except ApplicationError as exc:
                flash.error(request, exc.message)
        else:
            flash.error(request, "Critère invalide : corrigez les champs signalés.")
    criteria = selectors.grid_for(call).criteria.all()
    return render(request, "review/grid.html", {"title": f"Grille de notation — {call.title}", "call": call,
                                                "criteria": criteria, "form": form},
                  status=422 if request.method == "POST" else 200)
