"""Site-wide views: health check, robots.txt, the favicon and the language switch."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve


@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not: for load balancers and uptime checks."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    # The admin's address is not named here, where anyone would read it: its pages say noindex themselves.
    lines = [
        "User-agent: *",
        *(f"Disallow: /{code}/news/*/seen/" for code, _name in settings.LANGUAGES),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def media(request, path):
    """An uploaded file, when no proxy or object storage serves them (DJANGO_SERVE_MEDIA)."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers, feed readers and bookmarks ask for /favicon.ico whatever a page's <link rel="icon"> says: send them to
    the icon, a static file whose hashed name is cached for good (this redirect for a day, so a new icon arrives)."""
    return HttpResponseRedirect(static("img/favicon.ico"))


@require_GET
def switch_language(request, language):
    """Remember the reader's language in a cookie, then go to the page they were on, already in that language.

    The switcher's links carry the translated address in `next`, so the pages themselves need no form and no
    CSRF token and stay cacheable; this view only records the choice for the next visit to "/".
    """
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if check_for_language(language) and language in dict(settings.LANGUAGES):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite="Lax",
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=True,
        )
    return response
