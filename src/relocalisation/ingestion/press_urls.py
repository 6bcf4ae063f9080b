from django.urls import path

from relocalisation.ingestion import press_views

urlpatterns = [
    path("communiques/", press_views.press_list, name="press_list"),
    path("communiques/<uuid:pk>/", press_views.press_detail, name="press_detail"),
    path("communiques/<uuid:pk>/etat/", press_views.press_status, name="press_status"),
    path("communiques/<uuid:pk>/propositions/<int:proposal_id>/", press_views.press_decide, name="press_decide"),
    path("communiques/<uuid:pk>/propositions/ajout/", press_views.press_add, name="press_add"),
    path("communiques/sources/<uuid:pk>/", press_views.press_source, name="press_source"),
]
