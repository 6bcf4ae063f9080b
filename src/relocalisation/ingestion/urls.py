"""Pages of the ingestion app: bulk imports of laureates (issue 5) and the press review queue (issue 6)."""
from django.urls import path

from relocalisation.ingestion import import_views
from relocalisation.ingestion.press_urls import urlpatterns as press_urlpatterns

app_name = "ingestion"
urlpatterns = [
    path("imports/", import_views.upload, name="import_upload"),
    path("imports/<int:pk>/", import_views.detail, name="import_detail"),
    path("imports/<int:pk>/correspondance/", import_views.remap, name="import_remap"),
    path("imports/<int:pk>/confirmer/", import_views.confirm, name="import_confirm"),
    path("imports/<int:pk>/avancement/", import_views.progress, name="import_progress"),
    *press_urlpatterns,
]
