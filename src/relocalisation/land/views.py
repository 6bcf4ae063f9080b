"""Pages of the land app (/foncier/), agency members only; every parcel filtered by the user's agency."""
import uuid

from django.contrib import messages
from django.http import Http404
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from relocalisation.detection import maps
from relocalisation.detection.access import agency_required
from relocalisation.detection.models import Lead
from relocalisation.land import services
from relocalisation.land.forms import ImportForm, MatchForm, ParcelForm
from relocalisation.land.models import LandParcel


@require_http_methods(["GET", "POST"])
@agency_required
def parcels(request):
    form = ParcelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        parcel = form.save(commit=False)
        parcel.agency = request.agency
        parcel.save()
        messages.success(request, "Terrain enregistré.")
        return redirect("land:parcel", pk=parcel.pk)
    queryset = LandParcel.objects.filter(agency=request.agency).select_related("commune")
    page = Paginator(queryset, 50).get_page(request.GET.get("page"))
    return render(request, "land/parcels.html", {"page": page, "form": form, "title": "Foncier industriel"},
                  status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@agency_required
def parcel(request, pk):
    obj = get_object_or_404(LandParcel, pk=pk, agency=request.agency)
    form = ParcelForm(request.POST or None, instance=obj)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Terrain mis à jour.")
        return redirect("land:parcel", pk=obj.pk)
    return render(request, "land/parcel.html", {"parcel": obj, "form": form, "title": obj.name,
                                                "matches": obj.matches.select_related("lead")},
                  status=400 if form.errors else 200)


@require_GET
@agency_required
def parcel_map(request):
    queryset = LandParcel.objects.filter(agency=request.agency).select_related("commune")
    points, elsewhere = [], []
    for p in queryset:
        if p.has_point and maps.in_metropole(p.latitude, p.longitude):
            x, y = maps.project(p.latitude, p.longitude)
            points.append({"parcel": p, "x": x, "y": y})
        else:
            elsewhere.append(p)
    return render(request, "land/map.html", {"departments": maps.department_paths(), "points": points,
                                             "elsewhere": elsewhere, "title": "Carte du foncier"})


@require_http_methods(["GET", "POST"])
@agency_required
def import_csv(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > 5 * 1024 * 1024:
            form.add_error("file", "Fichier trop volumineux (5 Mo au plus).")
        else:
            report = services.import_parcels(request.agency, upload.read())
    status = 400 if form.errors or (report and not report.saved) else 200
    return render(request, "land/import.html", {"form": form, "report": report, "columns": services.CSV_COLUMNS,
                                                "title": "Importer du foncier (CSV)"}, status=status)


@require_http_methods(["GET", "POST"])
@agency_required
def match(request):
    data = request.POST if request.method == "POST" else (request.GET if "surface_min" in request.GET
                                                            or "territories" in request.GET else None)
    form = MatchForm(data, initial={"lead": request.GET.get("lead")})
    lead_id = (request.POST or request.GET).get("lead") or None
    lead = None
    if lead_id:
        try:
            uuid.UUID(str(lead_id))
        except ValueError:
            raise Http404("Projet introuvable.") from None
        lead = get_object_or_404(Lead, pk=lead_id, agency=request.agency)
    context = {"form": form, "lead": lead, "title": "Rapprocher un projet et du foncier"}
    if data is None:
        return render(request, "land/match.html", context)
    if not form.is_valid():
        return render(request, "land/match.html", context, status=400)
    needs, warning = _needs(request.agency, form.cleaned_data)
    found, rejected = services.match(request.agency, needs)
    if request.method == "POST":
        if lead is None:
            return render(request, "land/match.html", {**context, "error": "Choisissez un projet du pipeline."}, status=400)
        chosen = set(request.POST.getlist("parcel"))
        recorded = [services.record_match(lead, m, needs, request.user) for m in found if str(m.parcel.pk) in chosen]
        if not recorded:
            return render(request, "land/match.html", {**context, "found": found, "rejected": rejected,
                                                       "error": "Cochez au moins un terrain proposé."}, status=400)
        messages.success(request, f"{len(recorded)} terrain{'s' if len(recorded) > 1 else ''} rapproché"
                                  f"{'s' if len(recorded) > 1 else ''} du projet.")
        return redirect("detection:lead", pk=lead.pk)
    return render(request, "land/match.html", {**context, "found": found, "rejected": rejected, "warning": warning,
                                               "leads": Lead.objects.filter(agency=request.agency).order_by("name")})


def _needs(agency, data) -> tuple[services.Needs, str]:
    codes = data.get("territories") or []
    needs = services.Needs(
        surface_min=data.get("surface_min"), surface_max=data.get("surface_max"), needed_by=data.get("needed_by"),
        departments=[c for c in codes if len(c) in (2, 3)], communes=[c for c in codes if len(c) == 5],
        icpe=data.get("icpe", False), rail=data.get("rail", False), serviced=data.get("serviced", False),
        brownfield_first=data.get("brownfield_first", False), radius_km=data.get("radius_km"))
    warning = ""
    if needs.radius_km:
        if data.get("centre_lat") is not None and data.get("centre_lon") is not None:
            needs.centre = (data["centre_lat"], data["centre_lon"])
            needs.centre_label = f"{data['centre_lat']:.3f}, {data['centre_lon']:.3f}"
        else:
            centre = services.centre_of_commune(agency, data["centre_commune"])
            if centre is None:
                warning = ("Aucun de vos terrains localisés dans cette commune : sans coordonnées de commune dans le COG, "
                           "le rayon n'a pas pu être appliqué. Indiquez un point (latitude, longitude).")
                needs.radius_km = None
            else:
                needs.centre = centre
                needs.centre_label = f"la commune {data['centre_commune']}"
    return needs, warning
