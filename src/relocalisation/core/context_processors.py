from django.conf import settings


def site(request):
    return {"SITE_NAME": "Relocalisation", "DEMO_MODE": settings.DEBUG}
