"""View guards: login, then the second factor for staff roles."""
from functools import wraps
from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect

from relocalisation.organisations.roles import second_factor_missing


def login_and_2fa_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if second_factor_missing(request):
            return redirect("/compte/double-authentification/?" + urlencode({"next": request.get_full_path()}))
        return view(request, *args, **kwargs)

    return wrapper
