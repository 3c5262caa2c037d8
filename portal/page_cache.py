"""Whole public pages kept for a minute and served before the middleware they do not need.

Public pages (home, news list, article, feed) are the same for every reader and write nothing. Views mark their
answers with `public_page`; PageCacheMiddleware, placed right after the security headers and WhiteNoise, keeps
marked answers and serves them again before sessions, language, CSRF, authentication and messages run. Django's
cache_page does the same job from inside the view with two keys and two reads; our pages depend on their address
alone, so one read under a key made from it is enough (docs/performance.md has the figures).

Every key also holds the content version: a token that changes whenever staff change what the public sees
(`content_changed`, called on every save, delete and bulk action of published content). It is kept in the shared
"default" cache, so a publish shows at once in every worker process and on every machine; the minute of a page's
life only delays what changes by itself (a scheduled article's time coming, view counts). Signed-in staff (a
session cookie) are never served a kept page, and their pages are never kept, so editors see their own changes.
"""

import hashlib
import secrets
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache, caches
from django.db import DatabaseError, transaction
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_response_headers

CONTENT_VERSION_KEY = "content-version"


def content_version(request=None):
    """The current content version, read once per request; None when the shared cache cannot be read."""
    if request is not None and hasattr(request, "content_version"):
        return request.content_version
    try:
        version = cache.get(CONTENT_VERSION_KEY)
        if version is None:
            # First use, or the shared cache lost it: any new token is safe, since no kept page carries it.
            cache.add(CONTENT_VERSION_KEY, secrets.token_hex(8), None)
            version = cache.get(CONTENT_VERSION_KEY)
    except (DatabaseError, OSError):
        # The shared cache cannot be read (its database down, its folder not writable): nothing is served from or
        # kept in the page cache, and the view answers as it can (a 503 when the database is down).
        version = None
    if request is not None:
        request.content_version = version
    return version


def content_changed(*args, **kwargs):
    """Retire every kept page and fragment: what the public sees has changed. Usable as a signal receiver.

    The new version is set once the change is committed: set before, a page rendered from the old rows in between
    would be kept under the new version.
    """
    transaction.on_commit(lambda: cache.set(CONTENT_VERSION_KEY, secrets.token_hex(8), None))


def public_page(view):
    """Mark the answers of `view` as the same for every reader, for PageCacheMiddleware to keep."""

    @wraps(view)
    def marked_view(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.is_public_page = True
        return response

    return marked_view


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "GET" or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return self.get_response(request)
        if content_version(request) is None:
            return self.get_response(request)
        pages = caches["pages"]
        key = page_key(request)
        if (stored := pages.get(key)) is not None:
            return from_cache(*stored)
        response = self.get_response(request)
        if getattr(response, "is_public_page", False) and can_keep(response):
            patch_response_headers(response, settings.PAGE_CACHE_SECONDS)
            pages.set(key, (time.time(), response.content, dict(response.headers)), settings.PAGE_CACHE_SECONDS)
        return response


def page_key(request):
    # The host is part of it: pages name their own address (canonical and Open Graph links).
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    return f"page:{content_version(request)}:{digest}"


def can_keep(response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Vary")
        and get_max_age(response) != 0
        and not {"private", "no-store", "no-cache"} & cache_control_directives(response)
    )


def cache_control_directives(response):
    parts = response.get("Cache-Control", "").split(",")
    return {part.split("=", 1)[0].strip().lower() for part in parts}


def from_cache(stored_at, content, headers):
    response = HttpResponse(content, headers=headers)
    response["Age"] = str(max(0, int(time.time() - stored_at)))
    return response
