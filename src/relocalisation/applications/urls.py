from django.urls import path

from relocalisation.applications import views

app_name = "applications"

urlpatterns = [
    path("dossiers/", views.my_applications, name="mine"),
    path("dossiers/nouveau/", views.create, name="create"),
    path("dossiers/<uuid:pk>/", views.detail, name="detail"),
    path("dossiers/<uuid:pk>/enregistrer/", views.save, name="save"),
    path("dossiers/<uuid:pk>/eligibilite/", views.eligibility, name="eligibility"),
    path("dossiers/<uuid:pk>/action/<slug:action>/", views.applicant_action, name="action"),
    path("dossiers/<uuid:pk>/pieces/", views.upload, name="upload"),
    path("dossiers/<uuid:pk>/pieces/<uuid:attachment_id>/", views.download, name="download"),
    path("dossiers/<uuid:pk>/pieces/<uuid:attachment_id>/supprimer/", views.delete_attachment, name="delete_attachment"),
    path("dossiers/<uuid:pk>/messages/", views.post_message, name="message"),
    path("instruction/", views.instruction_list, name="instruction"),
    path("instruction/actions/", views.bulk, name="bulk"),
    path("instruction/dossiers/<uuid:pk>/", views.instruction_detail, name="instruction_detail"),
    path("instruction/dossiers/<uuid:pk>/transition/", views.instruction_transition, name="instruction_transition"),
]
