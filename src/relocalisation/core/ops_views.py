"""Pages every French public site carries (accessibility, legal notice, personal data, site map)
and the operators' background-task progress page."""
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import Resolver404, resolve
from django.views.decorators.http import require_GET

from relocalisation.core.audit import is_operator
from relocalisation.core.models import TaskRecord

# The site map lists these sections when their page exists in this deployment (apps are optional).
SITE_MAP = [
    ("Découvrir", [
        ("/", "Accueil"),
        ("/dispositifs/", "Tous les dispositifs"),
        ("/eligibilite/", "Vérifier son éligibilité"),
        ("/observatoire/", "Observatoire des lauréats"),
        ("/observatoire/carte/", "Carte des lauréats"),
        ("/observatoire/annonces/", "Annonces"),
        ("/opendata/", "Données ouvertes"),
        ("/api/v1/docs", "Documentation de l'API"),
    ]),
    ("Candidater", [
        ("/compte/connexion/", "Se connecter"),
        ("/compte/inscription/", "Créer un compte"),
        ("/compte/", "Mon compte"),
        ("/candidatures/", "Mes dossiers"),
    ]),
    ("Opérateurs", [
        ("/instruction/", "Instruction des dossiers"),
        ("/comites/", "Comités"),
        ("/imports/", "Imports"),
        ("/detection/", "Détection"),
        ("/foncier/", "Foncier industriel"),
        ("/taches/", "Tâches de fond"),
    ]),
    ("Informations", [
        ("/accessibilite/", "Accessibilité"),
        ("/mentions-legales/", "Mentions légales"),
        ("/donnees-personnelles/", "Données personnelles"),
        ("/plan-du-site/", "Plan du site"),
    ]),
]


def _exists(path: str) -> bool:
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


@require_GET
def site_map(request):
    sections = [(title, [(p, label) for p, label in links if _exists(p)]) for title, links in SITE_MAP]
    return render(request, "core/legal/plan_du_site.html",
                  {"title": "Plan du site", "sections": [s for s in sections if s[1]],
                   "breadcrumb": [("Plan du site", None)]})


def _legal(template: str, title: str):
    @require_GET
    def view(request):
        return render(request, template, {"title": title, "breadcrumb": [(title, None)],
                                          "contact_email": settings.DEFAULT_FROM_EMAIL})
    view.__name__ = template.rsplit("/", 1)[-1].removesuffix(".html")
    return view


accessibility = _legal("core/legal/accessibilite.html", "Déclaration d'accessibilité")
legal_notice = _legal("core/legal/mentions_legales.html", "Mentions légales")
personal_data = _legal("core/legal/donnees_personnelles.html", "Données personnelles")


def _task_records(request):
    if not request.user.is_authenticated:
        return None
    if not is_operator(request.user):
        raise PermissionDenied
    records = TaskRecord.objects.select_related("owner")
    show_all = request.user.is_superuser and request.GET.get("tous") == "1"
    if not show_all:
        records = records.filter(owner=request.user)
    return records[:100], show_all


@require_GET
def task_list(request):
    found = _task_records(request)
    if found is None:
        return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
    records, show_all = found
    records = list(records)
    context = {"title": "Tâches de fond", "records": records, "show_all": show_all,
               "any_active": any(r.is_active for r in records), "breadcrumb": [("Tâches de fond", None)]}
    template = "core/tasks/_table.html" if request.htmx else "core/tasks/list.html"
    return render(request, template, context)
