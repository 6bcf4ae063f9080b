"""URL configuration: each app mounts its pages from its own ``urls.py``; the API lives at /api/v1."""
from importlib import import_module

from django.contrib import admin
from django.urls import include, path

from relocalisation.api import api

admin.site.site_header = "Relocalisation — administration"
admin.site.site_title = "Relocalisation"
admin.site.index_title = "Gestion des dispositifs"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
]

# Apps with pages, in the order their URL prefixes should be tried. "core" holds the home page.
for _app in ("observatory", "programmes", "applications", "review", "awards", "ingestion", "detection", "land",
             "organisations", "core"):
    try:
        import_module(f"relocalisation.{_app}.urls")
    except ModuleNotFoundError as exc:
        if exc.name != f"relocalisation.{_app}.urls":
            raise
        continue
    urlpatterns.append(path("", include(f"relocalisation.{_app}.urls")))

handler400 = "relocalisation.core.views.bad_request"
handler403 = "relocalisation.core.views.permission_denied"
handler404 = "relocalisation.core.views.page_not_found"
handler500 = "relocalisation.core.views.server_error"
