from functools import partial

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import translate_url
from django.utils.translation import get_language

from portal.page_cache import content_version


def site(request):
    """The site's origin, the current page's address in every language (for the switcher and head links), and the
    content version for fragment cache keys (read only when a template uses it)."""
    try:
        origin = f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        # The error page for a forged Host header is rendered with this same request: it must not fail again.
        origin = ""
    path = request.get_full_path()
    current = get_language()
    alternates = [
        {
            "code": code,
            "name": name,
            "self_name": SELF_NAMES[code],
            "url": translate_url(path, code),
            "is_current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
    return {
        "site_origin": origin,
        "alternates": alternates,
        "og_locale": OG_LOCALES.get(current, "kk_KZ"),
        "content_version": partial(content_version, request),
    }


OG_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
# Each language as it names itself, for the switcher: not translated, and not Django's "Қазақ" (an adjective).
SELF_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
