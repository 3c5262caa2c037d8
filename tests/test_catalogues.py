"""The translation catalogues: ours and our translations of Django's and the libraries' messages (locale/README.md).

What the admin shows in Kazakh and Russian depends on them: every message of the installed versions is translated
into Kazakh (and into Russian where the packages' own catalogues leave it out), placeholders survive translation,
the compiled catalogues lay ours over upstream, and the JavaScript catalogues reach the admin's pages.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from portal.upstream import (
    DOMAINS,
    SOURCES,
    is_translated,
    key_of,
    messages_by_domain,
    read_catalogue,
)

LOCALE = Path(settings.BASE_DIR) / "locale"
NAMED = re.compile(r"%\(\w+\)[sdifr]|\{\w+\}")
POSITIONAL = re.compile(r"%[sdifr]|\{\}")


def upstream(language, domain):
    return read_catalogue(LOCALE / language / "upstream" / f"{domain}.po", language)


@pytest.mark.parametrize("domain", DOMAINS)
def test_kazakh_translates_every_message_of_the_installed_packages(domain):
    catalog = upstream("kk", domain)
    ours = {key_of(m): m for m in catalog if m.id}
    expected = messages_by_domain()[domain]
    missing = [key for key in expected if key not in ours or not is_translated(ours[key])]
    assert missing == [], "run `manage.py upstreammessages` and translate the new messages"
    assert sorted(set(ours) - set(expected), key=str) == [], "messages the installed packages no longer have"


@pytest.mark.parametrize("domain", DOMAINS)
def test_russian_fills_what_the_packages_leave_untranslated(domain):
    """Django merges the catalogues of a domain: a message any of them translates is translated."""
    translated = {key_of(m) for m in upstream("ru", domain) if m.id}
    for source in SOURCES:
        path = source.own_catalogue("ru")
        if source.domain == domain and path.exists():
            translated |= {key_of(m) for m in read_catalogue(path) if is_translated(m)}
    assert [key for key in messages_by_domain()[domain] if key not in translated] == []
    assert all(is_translated(m) for m in upstream("ru", domain) if m.id)


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("folder", ["upstream", "LC_MESSAGES"])
def test_translations_keep_the_placeholders_of_their_message(language, folder):
    """A translation that lost or invented a placeholder fails at run time (KeyError) or shows the wrong value.

    Named placeholders may be left out (the admin's counts drop the plural model name in Kazakh), never invented;
    positional ones are all kept, as their order is fixed."""
    wrong = []
    for path in sorted((LOCALE / language / folder).glob("*.po")):
        for message in read_catalogue(path, language):
            if not message.id or not is_translated(message):
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            named = set().union(*(NAMED.findall(text) for text in ids))
            positional = POSITIONAL.findall(ids[-1])
            for string in strings:
                if set(NAMED.findall(string)) - named or POSITIONAL.findall(string) != positional:
                    wrong.append((path.name, ids[0], string))
    assert wrong == []


def test_compiled_catalogues_lay_ours_over_upstream(tmp_path, settings):
    """Where both translate a message, ours wins; what only upstream has is there too."""
    language = tmp_path / "kk"
    (language / "upstream").mkdir(parents=True)
    (language / "LC_MESSAGES").mkdir()
    header = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n!=1);\\n"\n\n'
    )
    (language / "upstream" / "django.po").write_text(
        header + 'msgid "Save"\nmsgstr "Сақтау"\n\nmsgid "Draft"\nmsgstr "Жоба"\n', encoding="utf-8"
    )
    (language / "LC_MESSAGES" / "django.po").write_text(
        header + 'msgid "Draft"\nmsgstr "Қаралама"\n\nmsgid "Empty"\nmsgstr ""\n', encoding="utf-8"
    )
    settings.LOCALE_PATHS = [tmp_path]
    call_command("compiletranslations", verbosity=0)
    import gettext

    with (language / "LC_MESSAGES" / "django.mo").open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    assert compiled.gettext("Save") == "Сақтау"
    assert compiled.gettext("Draft") == "Қаралама"
    assert compiled.gettext("Empty") == "Empty"


@pytest.mark.parametrize(
    ("language", "message", "shown"),
    [
        ("kk", "Recent actions", "Соңғы әрекеттер"),
        ("kk", "Date/time", "Күні мен уақыты"),
        ("kk", "Change", "Өзгерту"),
        ("ru", "Recent actions", "Последние действия"),
    ],
)
def test_django_shows_our_translations_first(language, message, shown):
    with translation.override(language):
        assert translation.gettext(message) == shown


@pytest.mark.parametrize(
    ("language", "words"),
    [("kk", ["Сілтемені өзгерту", "Бүгін", "Жаңа терезеде ашу"]), ("ru", ["Изменить ссылку", "Сегодня"])],
)
def test_the_admin_javascript_catalogue_carries_the_editors_messages(admin_client, language, words):
    """The admin's /admin/jsi18n/ is built for django.contrib.admin, and Django adds LOCALE_PATHS to it: the
    rich-text editor reads window.gettext, so its dialogs are translated by the same catalogue."""
    response = admin_client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE=language)
    text = re.sub(r"\\u([0-9a-f]{4})", lambda escape: chr(int(escape.group(1), 16)), response.content.decode())
    for word in words:
        assert word in text


# One Kazakh term per concept (locale/README.md), and none of the mistakes of Django's own Kazakh catalogue.
NOT_KAZAKH_TERMS = re.compile(
    r"қолданушы|өтінім|\bформа(?:сы|ны|ға|да|дан|мен)?\b|Өзгетру|үщін|Сүзгіз|Жума|Даңғо|бақылаңыз|қосылым", re.I
)


def test_kazakh_uses_one_term_per_concept():
    found = []
    for path in [
        *sorted((LOCALE / "kk").glob("*/*.po")),
        *sorted((LOCALE.parent / "news/fixtures/demo").glob("*.toml")),
    ]:
        found += [f"{path.name}: {match}" for match in NOT_KAZAKH_TERMS.findall(path.read_text(encoding="utf-8"))]
    assert found == []
