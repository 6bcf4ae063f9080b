from django.urls import path

from relocalisation.detection import views

app_name = "detection"

urlpatterns = [
    path("detection/", views.explore, name="explore"),
    path("detection/export.csv", views.export, name="export"),
    path("detection/etablissements/<str:siret>/", views.establishment, name="establishment"),
    path("detection/pipeline/ajouter/", views.add_to_pipeline, name="add_to_pipeline"),
    path("detection/ponderation/", views.weights, name="weights"),
    path("detection/ponderation/recalculer/", views.rescore, name="rescore"),
    path("detection/ponderation/indice-dependance/", views.dependency_index, name="dependency_index"),
    path("detection/traitements/<uuid:pk>/", views.job, name="job"),
    path("detection/projets/", views.leads, name="leads"),
    path("detection/projets/tableau/", views.lead_board, name="board"),
    path("detection/projets/<uuid:pk>/", views.lead_detail, name="lead"),
    path("detection/projets/<uuid:pk>/etape/", views.lead_move, name="lead_move"),
    path("detection/entonnoir/", views.funnel, name="funnel"),
    path("detection/clubs/", views.clubs, name="clubs"),
    path("detection/clubs/<int:pk>/", views.club_detail, name="club"),
    path("detection/clubs/evenements/<int:pk>/", views.club_event, name="club_event"),
]
