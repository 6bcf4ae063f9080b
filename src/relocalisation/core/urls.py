from django.urls import path

from relocalisation.core import ops_views, views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("accessibilite/", ops_views.accessibility, name="accessibility"),
    path("mentions-legales/", ops_views.legal_notice, name="legal_notice"),
    path("donnees-personnelles/", ops_views.personal_data, name="personal_data"),
    path("plan-du-site/", ops_views.site_map, name="site_map"),
    path("taches/", ops_views.task_list, name="tasks"),
]
