"""Pages of the detection app (agency members only; every object filtered by the user's agency)."""
import csv

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from relocalisation.core.streaming import Echo
from relocalisation.detection import maps, selectors, services
from relocalisation.detection.access import agency_required
from relocalisation.detection.forms import (AttendanceForm, ClubEventForm, ClubForm, ClubMemberForm, ExploreForm,
                                            DependencyUploadForm, LeadForm, NewLeadForm, SignalForm, StageForm,
                                            WeightsForm)
from relocalisation.detection.models import (Attendance, Club, ClubEvent, DependencyIndex, EstablishmentSignal, Lead,
                                             RegistryJob, ScoringWeights, Stage)
from relocalisation.detection.registry import HEADCOUNT_BANDS
from relocalisation.territories.models import IndustrialTerritory

PAGE_SIZE = 50
EXPORT_LIMIT = 5000


def _filters(form: ExploreForm) -> selectors.RegistryFilters:
    data = form.cleaned_data
    communes = []
    if data.get("territory"):
        territory = IndustrialTerritory.objects.filter(pk=data["territory"]).first()
        communes = sorted(territory.commune_codes()) if territory else []
        if territory and not communes:
            communes = ["-"]  # a territory without communes matches nothing
    return selectors.RegistryFilters(region=data.get("region") or "", department=data.get("department") or "",
                                     naf=(data.get("naf") or "").upper(), sector=data.get("sector") or "",
                                     size=data.get("size") or "", min_score=data.get("min_score"),
                                     communes=communes, sort=data.get("sort") or "score")


@require_GET
@agency_required
def explore(request):
    form = ExploreForm(request.GET or None)
    context = {"form": form, "title": "Détection — registre des établissements", "run": selectors.current_run(request.agency)}
    if form.is_bound and not form.is_valid():
        return render(request, "detection/explore.html", context, status=400)
    filters = _filters(form) if form.is_bound else selectors.RegistryFilters()
    page_number = (form.cleaned_data.get("page") if form.is_bound else None) or 1
    try:
        # the département counts also give the total: one scan fewer
        counts = selectors.counts_by_department(request.agency, filters)
        page = selectors.search(request.agency, filters, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE,
                                with_total=False)
    except selectors.NoScores as exc:
        context["no_scores"] = str(exc)
        return render(request, "detection/explore.html", context)
    page.total = sum(counts.values())
    query = request.GET.copy()
    query.pop("page", None)
    leads = set(Lead.objects.filter(agency=request.agency, siret__in=[r["siret"] for r in page.rows])
                .values_list("siret", flat=True))
    pages = max(1, -(-page.total // PAGE_SIZE))
    context.update({
        "page": page, "rows": page.rows, "total": page.total, "page_number": page_number, "pages": pages,
        "previous_page": page_number - 1 if page_number > 1 else None,
        "next_page": page_number + 1 if page_number < pages else None,
        "query": query.urlencode(), "map": maps.choropleth(counts),
        "map_table": sorted(((code, n) for code, n in counts.items()), key=lambda kv: -kv[1])[:20],
        "in_pipeline": leads, "export_limit": EXPORT_LIMIT,
    })
    return render(request, "detection/explore.html", context)


@require_GET
@agency_required
def export(request):
    """The shortlist (current filters, best first, at most EXPORT_LIMIT rows) as CSV."""
    form = ExploreForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return HttpResponse("Filtres invalides : " + "; ".join(f"{k} : {' '.join(v)}" for k, v in form.errors.items()),
                            status=400, content_type="text/plain; charset=utf-8")
    filters = _filters(form) if form.is_bound else selectors.RegistryFilters()
    try:
        page = selectors.search(request.agency, filters, limit=EXPORT_LIMIT, offset=0, with_total=False)
    except selectors.NoScores as exc:
        return HttpResponse(str(exc), status=409, content_type="text/plain; charset=utf-8")
    factor_names = [f["name"] for f in page.rows[0]["factors"]] if page.rows else []

    def lines():
        writer = csv.writer(Echo(), delimiter=";")
        yield "\ufeff" + writer.writerow(["siret", "siren", "nom", "naf", "secteur_critique", "tranche_effectifs", "commune",
                                          "departement", "region", "score", *[f"contribution_{n}" for n in factor_names]])
        for row in page.rows:
            yield writer.writerow([row["siret"], row["siren"], row["name"], row["naf"], row["sector"], row["band"],
                                   row["commune"], row["department"], row["region"], row["score"],
                                   *[f["contribution"] for f in row["factors"]]])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="liste-courte-detection.csv"'
    return response


@require_http_methods(["GET", "POST"])
@agency_required
def establishment(request, siret):
    row = selectors.establishment(request.agency, siret)
    if row is None:
        raise Http404("Établissement absent du registre noté.")
    form = SignalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        signal = form.save(commit=False)
        signal.agency, signal.siret, signal.created_by = request.agency, siret, request.user
        signal.save()
        messages.success(request, "Signal enregistré ; il comptera au prochain calcul des scores.")
        return redirect("detection:establishment", siret=siret)
    signals = EstablishmentSignal.objects.filter(agency=request.agency, siret=siret)
    lead = Lead.objects.filter(agency=request.agency, siret=siret).first()
    return render(request, "detection/establishment.html", {
        "row": row, "form": form, "signals": signals, "lead": lead, "title": f"Établissement {siret}",
        "run": selectors.current_run(request.agency)}, status=400 if form.errors else 200)


@require_POST
@agency_required
def add_to_pipeline(request):
    siret = request.POST.get("siret", "")
    row = selectors.establishment(request.agency, siret) if siret.isdigit() and len(siret) == 14 else None
    if row is None:
        raise Http404("Établissement absent du registre noté.")
    lead, created = services.create_lead_from_registry(request.agency, row, request.user)
    messages.success(request, "Ajouté au pipeline." if created else "Déjà dans le pipeline.")
    return redirect("detection:lead", pk=lead.pk)


@require_http_methods(["GET", "POST"])
@agency_required
def weights(request):
    current = services.current_weights(request.agency)
    initial = {**current.as_dict(), "home_region": current.home_region_id}
    form = WeightsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        values = {name: form.cleaned_data[name] for name in ScoringWeights.FACTORS}
        values["home_region"] = form.cleaned_data["home_region"]
        try:
            new = services.save_weights(request.agency, values, user=request.user, note=form.cleaned_data["note"])
        except Exception as exc:  # ValidationError (all weights zero)
            form.add_error(None, " ".join(getattr(exc, "messages", [str(exc)])))
        else:
            messages.success(request, f"Pondération v{new.version} enregistrée. Relancez le calcul des scores.")
            return redirect("detection:weights")
    return render(request, "detection/weights.html", {
        "form": form, "current": current, "title": "Pondération du score",
        "history": ScoringWeights.objects.filter(agency=request.agency).select_related("created_by", "home_region"),
        "jobs": RegistryJob.objects.filter(Q(agency=request.agency) | Q(agency__isnull=True))[:8],
        "dependency_form": DependencyUploadForm(), "own_index": DependencyIndex.objects.filter(agency=request.agency).count(),
        "run": selectors.current_run(request.agency),
    }, status=400 if form.errors else 200)


@require_POST
@agency_required
def dependency_index(request):
    """Upload the agency's own dependency index (replaces its previous one), or go back to the default."""
    from relocalisation.detection import registry, scoring

    if request.POST.get("action") == "reset":
        DependencyIndex.objects.filter(agency=request.agency).delete()
        messages.success(request, "Indice par défaut rétabli. Relancez le calcul des scores.")
        return redirect("detection:weights")
    form = DependencyUploadForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > 1024 * 1024:
                raise registry.RegistryError("Fichier trop volumineux (1 Mo au plus).")
            rows = scoring.decode_dependency_bytes(upload.read(), upload.name)
            count = scoring.load_dependency_rows(rows, agency=request.agency)
        except registry.RegistryError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"Indice de l'agence chargé : {count} divisions NAF. Relancez le calcul des scores.")
    else:
        messages.error(request, "Choisissez un fichier CSV.")
    return redirect("detection:weights")


@require_POST
@agency_required
def rescore(request):
    from relocalisation.detection.tasks import score_registry_task

    job = RegistryJob.objects.create(kind=RegistryJob.Kind.SCORE, agency=request.agency)
    score_registry_task.enqueue(str(request.agency.pk), str(job.pk))
    return redirect("detection:job", pk=job.pk)


@require_GET
@agency_required
def job(request, pk):
    # imports concern the shared registry (no agency); scoring jobs belong to one agency
    job = get_object_or_404(RegistryJob.objects.filter(Q(agency=request.agency) | Q(agency__isnull=True)), pk=pk)
    template = "detection/_job.html" if request.htmx else "detection/job.html"
    return render(request, template, {"job": job, "title": job.get_kind_display()})


# ---------------------------------------------------------------------------------------------------
# Leads


def _lead(request, pk) -> Lead:
    return get_object_or_404(Lead, pk=pk, agency=request.agency)


@require_http_methods(["GET", "POST"])
@agency_required
def leads(request):
    form = NewLeadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        lead = form.save(commit=False)
        lead.agency, lead.owner = request.agency, request.user
        if lead.siret and Lead.objects.filter(agency=request.agency, siret=lead.siret).exists():
            form.add_error("siret", "Ce SIRET est déjà dans votre pipeline.")
        else:
            lead.save()
            lead.stage_changes.create(from_stage="", to_stage=Stage.DETECTED, changed_by=request.user)
            return redirect("detection:lead", pk=lead.pk)
    queryset = selectors.leads_of(request.agency).order_by("next_action_on", "name")
    stage = request.GET.get("etape", "")
    if stage in Stage.values:
        queryset = queryset.filter(stage=stage)
    paginator = Paginator(queryset, 50)
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "detection/leads.html", {
        "page": page, "form": form, "stage": stage, "stages": Stage.choices, "title": "Projets détectés",
        "overdue": selectors.overdue_leads(request.agency)}, status=400 if form.errors else 200)


@require_GET
@agency_required
def lead_board(request):
    return render(request, "detection/board.html", {
        "columns": selectors.board(request.agency), "title": "Tableau du pipeline",
        "overdue": selectors.overdue_leads(request.agency)})


@require_http_methods(["GET", "POST"])
@agency_required
def lead_detail(request, pk):
    lead = _lead(request, pk)
    form = LeadForm(request.POST or None, instance=lead, agency=request.agency)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Projet mis à jour.")
        return redirect("detection:lead", pk=lead.pk)
    matches = lead.parcel_matches.select_related("parcel").all() if hasattr(lead, "parcel_matches") else []
    return render(request, "detection/lead.html", {
        "lead": lead, "form": form, "stages": Stage.choices, "title": lead.name, "matches": matches,
        "history": lead.stage_changes.select_related("changed_by"),
        "band_label": HEADCOUNT_BANDS.get(lead.headcount_band, ("", None))[0]}, status=400 if form.errors else 200)


@require_POST
@agency_required
def lead_move(request, pk):
    lead = _lead(request, pk)
    form = StageForm(request.POST)
    error = None
    if not form.is_valid():
        error = "Étape inconnue."
    else:
        try:
            services.move_lead(lead, form.cleaned_data["stage"], request.user)
        except services.LeadError as exc:
            error = str(exc)
    if request.htmx:
        response = render(request, "detection/_board.html", {
            "columns": selectors.board(request.agency), "error": error})
        return response
    if error:
        messages.error(request, error)
    else:
        messages.success(request, f"« {lead.name} » : {lead.get_stage_display()}.")
    return redirect(request.POST.get("next") if request.POST.get("next") in (
        reverse("detection:board"), reverse("detection:lead", args=[lead.pk])) else reverse("detection:board"))


@require_GET
@agency_required
def funnel(request):
    by = request.GET.get("par", "")
    if by not in ("", "department", "section"):
        by = ""
    data = selectors.funnel(request.agency, by)
    chart = []
    if data["groups"]:
        totals = [sum(group[1][i] for group in data["groups"]) for i in range(len(data["stages"]))]
        top = max(totals) or 1
        for i, (value, label) in enumerate(data["stages"]):
            width = round(400 * totals[i] / top, 1)
            chart.append({"label": label, "count": totals[i], "width": width, "text_x": width + 116,
                          "y": 10 + i * 34, "text_y": 28 + i * 34,
                          "rate": round(100 * totals[i] / totals[0]) if totals[0] else 0})
    return render(request, "detection/funnel.html", {"data": data, "by": by, "chart": chart,
                                                     "chart_height": 20 + 34 * len(chart),
                                                     "title": "Entonnoir de conversion"})


# ---------------------------------------------------------------------------------------------------
# Club


@require_http_methods(["GET", "POST"])
@agency_required
def clubs(request):
    form = ClubForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        club = form.save(commit=False)
        club.agency = request.agency
        club.save()
        return redirect("detection:club", pk=club.pk)
    return render(request, "detection/clubs.html", {
        "clubs": Club.objects.filter(agency=request.agency).prefetch_related("memberships"), "form": form,
        "title": "Clubs d'entreprises"}, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@agency_required
def club_detail(request, pk):
    club = get_object_or_404(Club, pk=pk, agency=request.agency)
    member_form = ClubMemberForm(request.POST if request.POST.get("action") == "member" else None)
    event_form = ClubEventForm(request.POST if request.POST.get("action") == "event" else None)
    if request.method == "POST":
        form = member_form if request.POST.get("action") == "member" else event_form
        if form.is_valid():
            obj = form.save(commit=False)
            obj.club = club
            if request.POST.get("action") == "member" and club.memberships.filter(organisation=obj.organisation).exists():
                form.add_error("organisation", "Cette organisation est déjà membre du club.")
            else:
                obj.save()
                messages.success(request, "Enregistré.")
                return redirect("detection:club", pk=club.pk)
    return render(request, "detection/club.html", {
        "club": club, "member_form": member_form, "event_form": event_form, "title": club.name,
        "members": club.memberships.select_related("organisation"),
        "events": club.events.prefetch_related("attendances")},
        status=400 if (member_form.errors or event_form.errors) else 200)


@require_http_methods(["GET", "POST"])
@agency_required
def club_event(request, pk):
    event = get_object_or_404(ClubEvent, pk=pk, club__agency=request.agency)
    members = list(event.club.memberships.select_related("organisation"))
    if request.method == "POST":
        form = AttendanceForm(request.POST)
        member = next((m for m in members if form.is_valid() and m.pk == form.cleaned_data["member"]), None)
        if member is None:
            return HttpResponse("Membre inconnu pour ce club.", status=400, content_type="text/plain; charset=utf-8")
        Attendance.objects.update_or_create(event=event, member=member, defaults={"status": form.cleaned_data["status"]})
        return redirect("detection:club_event", pk=event.pk)
    status = dict(event.attendances.values_list("member_id", "status"))
    rows = [(m, status.get(m.pk, ""), AttendanceForm(initial={"member": m.pk, "status": status.get(m.pk) or "registered"}))
            for m in members]
    return render(request, "detection/club_event.html", {"event": event, "rows": rows, "title": event.title,
                                                         "labels": dict(Attendance.Status.choices)})
