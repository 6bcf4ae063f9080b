from django.urls import path

from relocalisation.observatory import views

app_name = "observatory"
urlpatterns = [
    path("observatoire/", views.dashboard, name="dashboard"),
    path("observatoire/carte/", views.map_page, name="map"),
    path("observatoire/annonces/", views.announcement, name="announcement"),
    path("observatoire/engagements/", views.promised_delivered, name="promised_delivered"),
    path("laureats/", views.laureate_list, name="laureates"),
    path("laureats/<uuid:pk>/", views.laureate_detail, name="laureate"),
    path("observatoire/donnees-ouvertes/", views.opendata, name="opendata"),
    path("opendata/subventions.csv", views.export_scdl, name="export_scdl"),
    path("opendata/laureats.<str:fmt>", views.export, name="export"),
]
