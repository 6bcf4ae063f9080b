"""The real URLs plus a view that fails, to test the 500 page (tests only)."""
from django.urls import path

from relocalisation.urls import handler400, handler403, handler404, handler500, urlpatterns as real  # noqa: F401


def boom(request):
    raise RuntimeError("panne simulée")


urlpatterns = [path("panne/", boom), *real]
