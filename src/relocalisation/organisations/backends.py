"""Login throttling (django-axes) that tolerates callers without a request.

Django's test client and scripts call ``authenticate()`` without a request; axes would raise. Those
calls never come from the network, so throttling them has no purpose: we skip them explicitly."""
from axes.backends import AxesStandaloneBackend


class ThrottlingBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
