import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.shortcuts import render

logger = logging.getLogger(__name__)

DATABASE_RETRY_AFTER = 30  # seconds


class SecurityHeadersMiddleware:
    """Headers Django does not set itself: Permissions-Policy, Cross-Origin-Resource-Policy, and noindex on the
    admin's pages (robots.txt does not name the admin's address, which may be kept unguessable)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = f"/{settings.ADMIN_PATH}"

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if request.path.startswith(self.admin_prefix):
            response.headers.setdefault("X-Robots-Tag", "noindex, nofollow")
        return response


class DatabaseUnavailableMiddleware:
    """A translated 503 page instead of a 500 when the database cannot be reached; the next request tries again."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("Database unavailable while serving %s: %s", request.path, type(exception).__name__)
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(DATABASE_RETRY_AFTER)
        return response
