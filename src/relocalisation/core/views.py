from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def home(request):
    from relocalisation.programmes.models import Programme

    programmes = Programme.objects.filter(is_published=True).order_by("name")[:6]
    return render(request, "core/home.html", {"programmes": programmes})


def _error(request, status: int, title: str, message: str):
    # The request id (core.middleware) lets a user quote the error and support find its log line.
    context = {"status": status, "title": title, "message": message,
               "request_id": getattr(request, "request_id", "")}
    return render(request, "core/error.html", context, status=status)


def bad_request(request, exception=None):
    return _error(request, 400, "Requête invalide", "La requête envoyée n'a pas pu être comprise.")


def permission_denied(request, exception=None):
    return _error(request, 403, "Accès refusé", "Vous n'avez pas accès à cette page.")


def page_not_found(request, exception=None):
    return _error(request, 404, "Page non trouvée", "La page que vous cherchez est introuvable.")


def server_error(request):
    # No context processors or database here: the error may come from them.
    from django.template import loader

    template = loader.get_template("core/error_500.html")
    body = template.render({"request_id": getattr(request, "request_id", "")})
    from django.http import HttpResponseServerError

    return HttpResponseServerError(body)
