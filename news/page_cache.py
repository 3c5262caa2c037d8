"""Whole public pages kept for a minute: what most readers are served, on the shortest path we could make.

Public news pages are the same for every reader and write nothing: each is rendered at most once a minute per
address (which holds the language), like the sidebar. Readers see a publish or an edit within that minute.

Django's cache_page does this for any view: per request it builds two keys from the absolute URL, the language and
the time zone, and reads the list of headers the page varies on, then the page. Our public pages depend on nothing
but their address (the language is its first segment; they read no cookie and set none), so one read under a key
made from the address is enough. That takes about a fifth off the time Django spends on a cached page
(docs/performance.md). Anything that does not fit (another status, a cookie, a Vary header, private or no-store)
is simply not kept.
"""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_response_headers


def public_page(view):
    """Answer GET requests for `view` from the "pages" cache; keep its plain 200 answers for PAGE_CACHE_SECONDS."""

    @wraps(view)
    def cached_view(request, *args, **kwargs):
        if request.method != "GET":
            return view(request, *args, **kwargs)
        cache = caches["pages"]
        key = page_key(request)
        if (stored := cache.get(key)) is not None:
            return from_cache(*stored)
        response = view(request, *args, **kwargs)
        if can_keep(response):
            patch_response_headers(response, settings.PAGE_CACHE_SECONDS)
            if callable(getattr(response, "render", None)):  # a TemplateResponse is rendered after the view returns
                response.add_post_render_callback(lambda rendered: keep(cache, key, rendered))
            else:
                keep(cache, key, response)
        return response

    return cached_view


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


def keep(cache, key, response):
    cache.set(key, (time.time(), response.content, dict(response.headers)), settings.PAGE_CACHE_SECONDS)


def from_cache(stored_at, content, headers):
    response = HttpResponse(content, headers=headers)
    response["Age"] = str(max(0, int(time.time() - stored_at)))
    return response
