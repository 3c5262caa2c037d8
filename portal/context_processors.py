from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language


def site(request):
    """The current page's address in every language, for the switcher and the hreflang links."""
    path = request.get_full_path()
    current = get_language()
    alternates = [
        {"code": code, "name": name, "url": translate_url(path, code), "is_current": code == current}
        for code, name in settings.LANGUAGES
    ]
    return {"alternates": alternates, "og_locale": OG_LOCALES.get(current, "kk_KZ")}


OG_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
