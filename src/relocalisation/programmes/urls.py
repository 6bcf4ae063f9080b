from django.urls import path

from relocalisation.programmes import views

app_name = "programmes"
urlpatterns = [
    path("dispositifs/", views.programme_list, name="list"),
    path("dispositifs/<slug:slug>/", views.programme_detail, name="detail"),
    path("eligibilite/", views.eligibility, name="eligibility"),
    path("suggestions/communes/", views.commune_suggestions, name="commune_suggestions"),
    path("suggestions/naf/", views.naf_suggestions, name="naf_suggestions"),
    path("opendata/", views.opendata_index, name="opendata"),
    path("opendata/dispositifs.csv", views.opendata_dispositifs, name="opendata_dispositifs"),
]
