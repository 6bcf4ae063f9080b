"""Pages of the press review queue, under /communiques/ (operators only: staff, programme managers
and administrators). Thin: the work is in press_services / press_selectors."""
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from relocalisation.ingestion.models import PressExtraction, ProposedLaureate, Source
from relocalisation.ingestion.press.readers import DocumentError
from relocalisation.ingestion.press_forms import ProposalForm, SubmitForm
from relocalisation.ingestion.press_selectors import (
    FIELD_LABELS, extractions_for, highlighted_text, is_operator, organisation_candidates, review_quality,
)
from relocalisation.ingestion.press_services import (
    ReviewError, accept_proposal, add_missed_laureate, reject_proposal, submit_text,
)


def operator_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_operator(request.user):
            raise PermissionDenied("Réservé aux gestionnaires de dispositifs.")
        return view(request, *args, **kwargs)
    return wrapper


def _breadcrumb(current=None):
    if current is None:
        return [("Communiqués", None)]
    return [("Communiqués", "/communiques/"), (current[:60], None)]


@operator_required
@require_http_methods(["GET", "POST"])
def press_list(request):
    form = SubmitForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            extraction = submit_text(
                data["document_text"], user=request.user, title=data.get("title") or "",
                file_name=data["file_name"], url=data.get("url") or "",
                kind=Source.Kind.UPLOADED if data["file_name"] else Source.Kind.PASTED)
        except DocumentError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Texte enregistré : l'extraction est lancée.")
            return redirect("ingestion:press_detail", pk=extraction.pk)
    extractions = extractions_for(request.user)[:50]
    return render(request, "ingestion/press/list.html", {
        "form": form, "extractions": extractions, "title": "Communiqués de presse", "breadcrumb": _breadcrumb(),
        "quality": review_quality(),
    }, status=400 if request.method == "POST" else 200)


def _extraction(request, pk):
    return get_object_or_404(extractions_for(request.user).select_related("source"), pk=pk)


@operator_required
@require_GET
def press_detail(request, pk):
    extraction = _extraction(request, pk)
    proposals = list(extraction.proposals.select_related("commune", "department", "sector", "award",
                                                         "organisation"))
    rows = []
    for proposal in proposals:
        candidates = organisation_candidates(proposal) if proposal.decision == ProposedLaureate.Decision.PENDING else []
        form = ProposalForm(candidates=candidates, initial={
            "organisation_name": proposal.organisation_name, "project_name": proposal.project_name,
            "commune": proposal.commune_id or "", "sector": proposal.sector_id,
            "investment_eur": _plain(proposal.investment_eur), "aid_eur": _plain(proposal.aid_eur),
            "jobs_created": proposal.jobs_created, "programme": extraction.programme_id,
            "organisation": str(candidates[0][0].pk) if candidates and candidates[0][1] >= 90 else "new",
        }, prefix=f"p{proposal.pk}")
        read = [(FIELD_LABELS.get(key, key), value, round(100 * proposal.confidence.get(key, 0)))
                for key, value in proposal.extracted.items()
                if value is not None and key not in ("segment", "commune_name", "sector_slug")]
        rows.append({"proposal": proposal, "form": form, "candidates": candidates, "read": read})
    announcement = (extraction.result or {}).get("announcement") or {}
    context = {
        "extraction": extraction, "rows": rows, "announcement": announcement,
        "announcement_rows": [(label, announcement.get(key)) for key, label in (
            ("programme", "Dispositif"), ("date_text", "Date"), ("new_laureates", "Nouveaux lauréats"),
            ("investment_eur", "Investissement total (€)"), ("aid_eur", "Aide totale (€)"),
            ("envelope_eur", "Enveloppe (€)"), ("previous_laureates", "Projets déjà soutenus"))],
        "highlighted": highlighted_text(extraction.source.text, proposals, announcement)
        if extraction.status == PressExtraction.Status.DONE else None,
        "quality": review_quality([extraction.pk]),
        "title": f"Communiqué — {extraction.source}",
        "breadcrumb": _breadcrumb(str(extraction.source)),
    }
    return render(request, "ingestion/press/detail.html", context)


def _plain(amount):
    """« 4000000 » rather than the localised « 4000000,00 » in an editable field."""
    if amount is None:
        return ""
    return str(int(amount)) if amount == amount.to_integral_value() else str(amount)


@operator_required
@require_GET
def press_status(request, pk):
    extraction = _extraction(request, pk)
    response = render(request, "ingestion/press/_status.html", {"extraction": extraction})
    if extraction.is_finished and request.htmx:
        response["HX-Refresh"] = "true"  # the review page replaces the progress bar
    return response


@operator_required
@require_POST
def press_decide(request, pk, proposal_id):
    extraction = _extraction(request, pk)
    proposal = get_object_or_404(ProposedLaureate, pk=proposal_id, extraction=extraction)
    candidates = organisation_candidates(proposal)
    form = ProposalForm(request.POST, candidates=candidates, prefix=f"p{proposal.pk}")
    if not form.is_valid():
        errors = "; ".join(f"{form.fields[k].label if k in form.fields else ''} {' '.join(v)}".strip()
                           for k, v in form.errors.items())
        messages.error(request, f"Proposition « {proposal.organisation_name} » : {errors}")
        return redirect("ingestion:press_detail", pk=extraction.pk)
    try:
        if form.cleaned_data["action"] == "reject":
            reject_proposal(proposal, user=request.user, note=form.cleaned_data.get("note") or "")
            messages.success(request, f"« {proposal.organisation_name} » rejeté (conservé pour mesurer la qualité).")
        else:
            award = accept_proposal(proposal, user=request.user, data=form.decision_data())
            messages.success(request, f"Lauréat « {award.organisation} » enregistré.")
    except ReviewError as exc:
        messages.error(request, f"Proposition « {proposal.organisation_name} » : {exc}")
    except Exception as exc:  # noqa: BLE001 - validation of models: show it, never a 500
        from django.core.exceptions import ValidationError

        if not isinstance(exc, ValidationError):
            raise
        messages.error(request, f"Proposition « {proposal.organisation_name} » : {' '.join(exc.messages)}")
    return redirect("ingestion:press_detail", pk=extraction.pk)


@operator_required
@require_POST
def press_add(request, pk):
    extraction = _extraction(request, pk)
    try:
        proposal = add_missed_laureate(extraction, user=request.user, name=request.POST.get("name", "")[:1000])
    except ReviewError as exc:
        messages.error(request, f"Ajout impossible : {exc}")
    else:
        messages.success(request, f"« {proposal.organisation_name} » ajouté aux propositions : complétez puis acceptez-le.")
    return redirect("ingestion:press_detail", pk=extraction.pk)


@operator_required
@require_GET
def press_source(request, pk):
    if not is_operator(request.user):
        raise PermissionDenied
    source = get_object_or_404(Source, pk=pk)
    return render(request, "ingestion/press/source.html", {
        "source": source, "title": f"Source — {source}",
        "breadcrumb": _breadcrumb(f"Source — {source}"),
    })
