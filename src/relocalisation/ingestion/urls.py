from django.urls import path

from relocalisation.ingestion import import_views

app_name = "ingestion"
urlpatterns = [
    # --- Imports (issue 5)
    path("imports/", import_views.upload, name="import_upload"),
    path("imports/<int:pk>/", import_views.detail, name="import_detail"),
    path("imports/<int:pk>/correspondance/", import_views.remap, name="import_remap"),
    path("imports/<int:pk>/confirmer/", import_views.confirm, name="import_confirm"),
    path("imports/<int:pk>/avancement/", import_views.progress, name="import_progress"),
]
