from django.urls import path

from relocalisation.land import views

app_name = "land"

urlpatterns = [
    path("foncier/", views.parcels, name="parcels"),
    path("foncier/terrains/<int:pk>/", views.parcel, name="parcel"),
    path("foncier/carte/", views.parcel_map, name="map"),
    path("foncier/import/", views.import_csv, name="import"),
    path("foncier/rapprochement/", views.match, name="match"),
]
