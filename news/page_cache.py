"""Whole public pages kept for a minute: what most readers are served, on the shortest path we could make.

Public news pages are the same for every reader and write nothing: each is rendered at most once a minute per
address (which holds the language), like the sidebar. Readers see a publish or an edit within that minute.

Views mark their answers with `public_page`; PageCacheMiddleware, placed right after the security headers and
WhiteNoise, keeps marked answers and serves them again before the rest of the middleware runs (sessions, language,
CSRF, authentication, messages: none of which a page shared by every reader needs). Django's cache_page does the
same job for any view from inside the view, building two keys from the absolute URL, the language and the time
zone and reading twice; our pages depend on their address alone, so one read under a key made from it is enough.
Together that makes a cached page cheaper than the smallest view (docs/performance.md). Anything that does not fit
(another status, a cookie, a Vary header, private or no-store) is not kept.
"""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_response_headers


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
        if request.method != "GET":
            return self.get_response(request)
        cache = caches["pages"]
        key = page_key(request)
        if (stored := cache.get(key)) is not None:
            return from_cache(*stored)
        response = self.get_response(request)
        if getattr(response, "is_public_page", False) and can_keep(response):
            patch_response_headers(response, settings.PAGE_CACHE_SECONDS)
            cache.set(key, (time.time(), response.content, dict(response.headers)), settings.PAGE_CACHE_SECONDS)
        return response


def page_key(request):
    # The host is part of it: pages name their own address (canonical and Open Graph links).
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return "page:" + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()


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
