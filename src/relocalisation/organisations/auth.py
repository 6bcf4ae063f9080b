"""Authentication for the Ninja API: personal Bearer tokens or the browser session (with CSRF)."""
from ninja.security import HttpBearer, SessionAuth

from relocalisation.organisations.tokens import user_for_token


class BearerToken(HttpBearer):
    def authenticate(self, request, token):
        user = user_for_token(token)
        if user is not None:
            request.user = user
            request.auth_by_token = True
        return user


class SessionUser(SessionAuth):
    """The browser session; Ninja checks the CSRF token on unsafe methods."""


#: Use as ``Router(auth=API_AUTH)``.
API_AUTH = [BearerToken(), SessionUser()]
