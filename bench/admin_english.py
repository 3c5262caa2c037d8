"""How much of the Kazakh admin is still English, per catalogue (Django core, admin, admin JavaScript, auth, axes,
tasks, the rich-text editor): `python bench/admin_english.py [kk|ru] [-v]` (-v lists the catalogue's messages).

Two figures per catalogue:
- "in the catalogue": its messages that the admin would show in English in that language, as Django resolves them
  (gettext for the server's messages; the admin's JavaScript catalogue, /admin/jsi18n/, for the browser's);
- "on screen": its messages whose English text a person reads on the admin pages, walked in Chromium as a
  superuser (tests/browser/admin_crawl.py: every change list, form, dialog, history and delete page, login,
  logout and lockout).
"""

import os
import re
import sys

from site_copy import ROOT, gunicorn, prepare

sys.path.insert(0, str(ROOT))
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
LOCALES = {"kk": "kk-KZ", "ru": "ru-RU"}


def untranslated_in_catalogues(language):
    """{source name: (its messages shown in English, how many it has)} as Django resolves them in `language`. A
    message without two Latin letters in a row outside its placeholders (", ", "%s KB") is not counted."""
    from django.utils import translation
    from django.utils.translation.trans_real import DjangoTranslation
    from django.views.i18n import JavaScriptCatalog

    from portal.upstream import SOURCES

    view = JavaScriptCatalog(packages=["django.contrib.admin"])
    view.translation = DjangoTranslation(language, domain="djangojs", localedirs=view.get_paths(view.packages))
    javascript = view.get_catalog()
    counts = {}
    with translation.override(language):
        for source in SOURCES:
            messages = [message for message in source.messages() if has_words(message.id)]
            if source.domain == "djangojs":
                english = [
                    m.id for m in messages if not javascript.get(f"{m.context}\x04{m.id}" if m.context else m.id)
                ]
            else:
                english = [m.id for m in messages if server_translation(m) == m.id]
            counts[source.name] = (english, len(messages))
    return counts


def server_translation(message):
    from django.utils import translation

    if message.plural:
        if message.context:
            return translation.npgettext(message.context, message.id, message.plural, 1)
        return translation.ngettext(message.id, message.plural, 1)
    return translation.pgettext(message.context, message.id) if message.context else translation.gettext(message.id)


PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[sdif]")


def has_words(text):
    return bool(re.search("[A-Za-z]{2}", PLACEHOLDER.sub(" ", text)))


def pattern_of(text):
    """A regular expression that finds the English text of a message on a page, whatever fills its placeholders;
    None for a message with no English word of its own ("%(class_name)s %(instance)s")."""
    parts = PLACEHOLDER.split(re.sub(r"<[^>]+>", "", text).strip())
    if not has_words(text):
        return None
    body = r".{1,60}?".join(re.escape(part) for part in parts)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])")


def english_on_screen(texts):
    """{source name: its messages whose English text is on some page}."""
    from portal.upstream import SOURCES

    screen = "\n".join(texts)
    found = {}
    for source in SOURCES:
        for message in source.messages():
            patterns = [pattern_of(text) for text in message.texts]
            if any(pattern and pattern.search(screen) for pattern in patterns):
                found.setdefault(source.name, []).append(message.id)
    return found


def walk(env, language):
    from playwright.sync_api import sync_playwright

    from tests.browser.admin_crawl import PASSWORD, USER_AGENT, crawl, read_signed_out_pages, sign_in

    with gunicorn(env) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(
            locale=LOCALES[language], viewport={"width": 1280, "height": 900}, user_agent=USER_AGENT
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        sign_in(page, base, "әкімші", PASSWORD)
        reading = crawl(page, base)
        read_signed_out_pages(page, base, reading, username="бөгде", wrong_password="қате", lock_out=5)
        browser.close()
    return reading


def main():
    language = next((argument for argument in sys.argv[1:] if not argument.startswith("-")), "kk")
    env = prepare("sqlite", name="admin-english")
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()
    from tests.browser.admin_crawl import PASSWORD, populate

    populate(PASSWORD)
    catalogues = untranslated_in_catalogues(language)
    reading = walk(env, language)
    screen = english_on_screen(reading.pages.values())
    print(f"{len(reading.pages)} admin pages read in {language}")
    print(f"{'catalogue':<20} {'in the catalogue':>18} {'on screen':>10}")
    for name, (english, total) in catalogues.items():
        print(f"{name:<20} {f'{len(english)} of {total}':>18} {len(screen.get(name, [])):>10}")
    for name, (english, _total) in catalogues.items():
        if english and "-v" in sys.argv:
            print(f"in the catalogue, {name}: {english}")
    for name, messages in screen.items():
        print(f"on screen, {name}: {messages}")
    print("pages:", *reading.pages, sep="\n  ")
    if reading.errors:
        print("JavaScript errors:", *reading.errors, sep="\n  ")


if __name__ == "__main__":
    main()
