"""Public pages of the observatory: dashboard with map and charts, laureate list and pages,
announcement generator, promised versus delivered, open-data exports. Thin: parse the filters, call
the selectors, render."""
from __future__ import annotations

from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from relocalisation.awards.models import Award
from relocalisation.observatory import charts, exports, selectors
from relocalisation.observatory.forms import LEVELS, MEASURES, SORTS, parse_filters, query_string
from relocalisation.observatory.formatting import format_eur, format_int, format_ratio

PER_PAGE = 25


def _measure(request) -> str:
    value = request.GET.get("measure", "awards")
    return value if value in dict(MEASURES) else "awards"


@require_GET
def dashboard(request):
    # Anonymous visitors get this page from the shared page cache (core.middleware.PublicPageCacheMiddleware).
    return _dashboard(request)


def _territories(level: str) -> list:
    key = f"observatory:territories:{level}"
    rows = cache.get(key)
    if rows is None:
        from relocalisation.territories.models import Department, Region

        model = Region if level == "region" else Department
        rows = list(model.objects.values_list("code", "name", "zone"))
        cache.set(key, rows, 3600)
    return rows


def _dashboard(request):
    params, errors, form = parse_filters(request.GET)
    measure = _measure(request)
    level = request.GET.get("level", "region")
    level = level if level in dict(LEVELS) else "region"
    figures = selectors.key_figures(params)
    qs = query_string(params)

    from relocalisation.observatory.maps import choropleth

    territories = _territories(level)
    extra = {"measure": measure, "level": level}

    def link(code):
        changes = {level: code}
        if level == "region":
            changes["department"] = None
        return "/observatoire/?" + query_string({**params, **extra}, **changes)

    the_map = choropleth(level, measure, selectors.map_values(params, level), territories, link)
    chart_measure = measure
    by_month = selectors.stats(params, "month")["groups"]
    context = {
        "form": form, "errors": errors, "params": params, "qs": qs, "measure": measure, "level": level,
        "measures": MEASURES, "levels": LEVELS, "measure_label": dict(MEASURES)[measure],
        "figures": {
            "awards": format_int(figures["awards"]), "investment": format_eur(figures["investment_eur"]),
            "aid": format_eur(figures["aid_eur"]), "leverage": format_ratio(figures["leverage"]),
            "jobs": format_int(figures["jobs_created"]),
        },
        "map": the_map,
        "charts": [
            {"id": "mois", "title": "Lauréats dans le temps (par mois de décision)",
             "chart": charts.vertical([g for g in by_month if g["key"]], chart_measure), "dimension": "Mois",
             "undated": next((g for g in by_month if not g["key"]), None)},
            {"id": "vagues", "title": "Par vague", "dimension": "Vague",
             "chart": charts.horizontal(selectors.top_groups(params, "wave", 15), chart_measure)},
            {"id": "secteurs", "title": "Par secteur critique", "dimension": "Secteur",
             "chart": charts.horizontal(selectors.top_groups(params, "sector", 15), chart_measure)},
            {"id": "tailles", "title": "Par taille d'entreprise", "dimension": "Taille",
             "chart": charts.horizontal(selectors.top_groups(params, "size", 15), chart_measure)},
            {"id": "territoires", "title": "Départements les plus soutenus (nombre de lauréats)",
             "dimension": "Département",
             "chart": charts.horizontal(selectors.top_groups(params, "department", 10), chart_measure)},
        ],
        "hidden_fields": [("measure", measure), ("level", level)],
    }
    return render(request, "observatory/dashboard.html", context)


@require_GET
def laureate_list(request):
    params, errors, form = parse_filters(request.GET)
    sort = request.GET.get("sort", "-decided_on")
    sort = sort if sort in dict(SORTS) else "-decided_on"
    paginator = Paginator(selectors.laureate_ids(params, sort), PER_PAGE)
    try:
        number = max(1, min(int(request.GET.get("page", 1)), 10_000))
    except ValueError:
        number = 1
    page = paginator.get_page(number)
    page.object_list = selectors.laureates_by_ids(list(page.object_list))
    return render(request, "observatory/laureate_list.html", {
        "form": form, "errors": errors, "page": page, "sort": sort, "sorts": SORTS, "params": params,
        "qs": query_string(params), "qs_sort": query_string(params, sort=sort),
        "total": format_int(paginator.count),
    })


@require_GET
def laureate_detail(request, pk):
    award = get_object_or_404(Award.objects.select_related(
        "programme", "call", "wave", "organisation", "commune", "department", "region", "sector", "naf",
        "size_category"), pk=pk)
    revisions = []
    try:
        from relocalisation.ingestion.models import AwardRevision

        revisions = list(AwardRevision.objects.filter(award=award).select_related("batch").order_by("-created_at")[:20])
    except ImportError:  # the ingestion app is optional for the public pages
        pass
    return render(request, "observatory/laureate_detail.html", {
        "award": award, "revisions": revisions, "investment": format_eur(award.investment_eur, compact=False),
        "aid": format_eur(award.aid_eur, compact=False),
        "source_is_url": award.source.startswith(("http://", "https://")),
    })


@require_GET
def announcement(request):
    params, errors, form = parse_filters(request.GET)
    group_by = request.GET.get("group_by", "sector")
    group_by = group_by if group_by in ("sector", "region", "department") else "sector"
    data = selectors.announcement(params, group_by) if (params.get("wave") or params.get("date_from")
                                                        or params.get("date_to")) else None
    groups = []
    if data:
        groups = [{**g, "investment": format_eur(g["investment_eur"]), "aid": format_eur(g["aid_eur"])}
                  for g in data["groups"]]
    return render(request, "observatory/announcement.html", {
        "form": form, "errors": errors, "data": data, "groups": groups, "group_by": group_by,
        "qs": query_string(params)})


@require_GET
def promised_delivered(request):
    params, errors, form = parse_filters(request.GET)

    def rows(group_by):
        out = []
        for r in selectors.promised_vs_delivered(params, group_by):
            out.append({**r, "investment_promised_text": format_eur(r["investment_promised"]),
                        "investment_delivered_text": format_eur(r["investment_delivered"]),
                        "jobs_rate_text": f"{format_ratio(r['jobs_rate'])} %" if r["jobs_rate"] is not None else "—",
                        "investment_rate_text": (f"{format_ratio(r['investment_rate'])} %"
                                                 if r["investment_rate"] is not None else "—")})
        return out

    return render(request, "observatory/promised_delivered.html", {
        "form": form, "errors": errors, "by_programme": rows("programme"), "by_region": rows("region"),
        "qs": query_string(params)})


@require_GET
def opendata(request):
    params, errors, form = parse_filters(request.GET)
    scdl_qs, attributors = exports.scdl_queryset(params)
    return render(request, "observatory/opendata.html", {
        "form": form, "errors": errors, "qs": query_string(params), "scdl_programmes": len(attributors)})


def _filename(stem: str, ext: str) -> str:
    return f"{stem}-{timezone.localdate().isoformat()}.{ext}"


def _export_params(request) -> tuple[dict, HttpResponse | None]:
    params, errors, _ = parse_filters(request.GET)
    if errors:  # a plain French 400: the export URLs are used by scripts as much as by people
        return params, HttpResponse("Filtres invalides : " + " ".join(errors), status=400,
                                    content_type="text/plain; charset=utf-8")
    return params, None


@require_GET
def export(request, fmt: str):
    params, error = _export_params(request)
    if error:
        return error
    if fmt == "csv":
        response = StreamingHttpResponse(exports.laureates_csv(params), content_type="text/csv; charset=utf-8")
    elif fmt == "json":
        response = StreamingHttpResponse(exports.laureates_json(params), content_type="application/json")
    elif fmt == "xlsx":
        response = FileResponse(exports.laureates_xlsx(params), content_type=(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    else:
        raise Http404("Format inconnu.")
    response["Content-Disposition"] = f'attachment; filename="{_filename("laureats", fmt)}"'
    return response


@require_GET
def export_scdl(request):
    params, error = _export_params(request)
    if error:
        return error
    response = StreamingHttpResponse(exports.scdl_csv(params), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("subventions", "csv")}"'
    return response


@require_GET
def map_page(request):
    """The map lives on the dashboard (it filters it): this address leads there, filters kept."""
    from django.shortcuts import redirect

    query = request.META.get("QUERY_STRING", "")[:2000]
    return redirect(f"/observatoire/{'?' + query if query else ''}#carte-titre")
