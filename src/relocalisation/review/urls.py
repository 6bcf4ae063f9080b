from django.urls import path

from relocalisation.review import views

app_name = "review"

urlpatterns = [
    path("instruction/dossiers/<uuid:pk>/notation/", views.score, name="score"),
    path("instruction/dossiers/<uuid:pk>/decision/", views.decide, name="decide"),
    path("dossiers/<uuid:pk>/decision.pdf", views.letter, name="letter"),
    path("instruction/vagues/<int:wave_id>/comite/", views.committee, name="committee"),
    path("instruction/vagues/<int:wave_id>/simulations/", views.create_simulation, name="simulation"),
    path("instruction/vagues/<int:wave_id>/export.xlsx", views.export_xlsx, name="export_xlsx"),
    path("instruction/vagues/<int:wave_id>/dossiers.zip", views.export_zip, name="export_zip"),
    path("instruction/a-notifier/", views.to_notify, name="to_notify"),
    path("instruction/decisions/<uuid:decision_id>/notifier/", views.notify, name="notify"),
    path("instruction/appels/<int:call_id>/grille/", views.grid, name="grid"),
]
