"""Public catalogue and eligibility pages (thin: parse, call selectors, render)."""
import csv

from django.db.models import F
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from relocalisation.activities.models import NafCode
from relocalisation.awards.models import Award
from relocalisation.core.streaming import Echo
from relocalisation.core.pages import BadPageRequest, bounded_query, paginate, querystring_without
from relocalisation.programmes import opendata
from relocalisation.programmes.eligibility import STATUS_LABELS
from relocalisation.programmes.forms import CatalogueForm, EligibilityForm
from relocalisation.programmes.models import Programme
from relocalisation.programmes.selectors import (
    CatalogueFilters, ProfileError, build_profile, catalogue, decorate, evaluate_profile, resolve_commune,
)
from relocalisation.territories.models import Commune


def _bad(request, exc: BadPageRequest):
    return render(request, "core/error.html", {"status": exc.status, "title": "Requête invalide",
                                               "message": exc.message}, status=exc.status)


@require_GET
def programme_list(request):
    try:
        query = bounded_query(request)
    except BadPageRequest as exc:
        return _bad(request, exc)
    form = CatalogueForm(request.GET or None)
    filters = CatalogueFilters(q=query)
    status = 200
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        filters.sector, filters.size, filters.support = data["secteur"], data["taille"], data["aide"]
        filters.open_only, filters.sort = data["ouverts"], data["tri"] or "nom"
        if data["commune"]:
            commune, error = resolve_commune(data["commune"])
            if error:
                form.add_error("commune", error)
                status = 400
            filters.commune = commune
    elif form.is_bound:
        status = 400
    programmes = catalogue(filters) if status == 200 else []
    try:
        page = paginate(request, programmes)
    except BadPageRequest as exc:
        return _bad(request, exc)
    page.object_list = decorate(page.object_list)
    template = "programmes/_results.html" if request.htmx else "programmes/list.html"
    return render(request, template, {
        "form": form, "page": page, "filters": filters, "count": page.paginator.count,
        "querystring": querystring_without(request, "page"), "title": "Dispositifs",
        "breadcrumb": [("Dispositifs", None)],
    }, status=status)


LAUREATES_SHOWN = 20


@require_GET
def programme_detail(request, slug):
    programme = get_object_or_404(
        Programme.objects.select_related("operator").prefetch_related(
            "regions", "funding_shares__funder", "calls__waves", "calls__rules", "announcements"),
        slug=slug, is_published=True)
    # The most recent laureates only: a national programme may have thousands (the full, searchable
    # list is /laureats/?programme=…).
    laureates = Award.objects.filter(programme=programme)
    awards = list(laureates.select_related("organisation", "commune", "sector")
                  .order_by(F("decided_on").desc(nulls_last=True), "organisation__name", "id")[:LAUREATES_SHOWN])
    return render(request, "programmes/detail.html", {
        "programme": programme, "awards": awards, "awards_total": laureates.count(), "title": programme.name,
        "breadcrumb": [("Dispositifs", "/dispositifs/"), (programme.short_name or programme.name, None)],
    })


@require_GET
def eligibility(request):
    form = EligibilityForm(request.GET or None)
    results, profile, status = None, None, 200
    if form.is_bound:
        if form.is_valid():
            data = form.cleaned_data
            commune_code = None
            if data["commune"]:
                commune, error = resolve_commune(data["commune"])
                if error:
                    form.add_error("commune", error)
                commune_code = commune.code if commune else None
            if not form.errors:
                try:
                    profile = build_profile(siret=data["siret"] or None, headcount=data["headcount"],
                                            naf=data["naf"] or None, commune=commune_code,
                                            project_type=data["project_type"] or None, phase=data["phase"] or None)
                except ProfileError as exc:
                    for field, message in exc.errors.items():
                        form.add_error(field if field in form.fields else None, message)
                    status = exc.status
                else:
                    results = evaluate_profile(profile, open_only=data["open"])
        if form.errors and status == 200:
            status = 400
    template = "programmes/_eligibility_results.html" if request.htmx else "programmes/eligibility.html"
    return render(request, template, {
        "form": form, "results": results, "profile": profile, "status_labels": STATUS_LABELS,
        "title": "Éligibilité", "breadcrumb": [("Éligibilité", None)],
    }, status=status)


@require_GET
def commune_suggestions(request):
    """htmx/datalist helper: communes whose name starts with the typed text."""
    from relocalisation.core.text import normalize

    query = normalize(request.GET.get("commune", request.GET.get("q", ""))[:80])
    communes = []
    if len(query) >= 2:
        communes = Commune.objects.filter(name_normalized__startswith=query, kind=Commune.Kind.CURRENT) \
            .order_by("-population")[:15]
    return render(request, "programmes/_commune_options.html", {"communes": communes})


@require_GET
def naf_suggestions(request):
    query = request.GET.get("naf", request.GET.get("q", ""))[:80].strip()
    codes = []
    if len(query) >= 2:
        from django.db.models import Q

        codes = NafCode.objects.filter(level="subclass").filter(Q(code__startswith=query) | Q(label__icontains=query))[:15]
    return render(request, "programmes/_naf_options.html", {"codes": codes})


@require_GET
def opendata_index(request):
    return render(request, "programmes/opendata.html", {"title": "Données ouvertes",
                                                         "breadcrumb": [("Données ouvertes", None)]})


@require_GET
def opendata_dispositifs(request):
    writer = csv.writer(Echo())
    rows = opendata.dispositif_rows()
    stream = (writer.writerow(row) for row in rows)
    response = StreamingHttpResponse(stream, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="dispositifs.csv"'
    return response


