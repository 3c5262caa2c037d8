"""Refresh locale/<lang>/upstream/*.po from the installed Django and libraries (after an upgrade, for instance).

Keeps every translation we have for a message that still exists, drops messages that are gone, and adds the new
ones: in a language we translate completely (portal.upstream.COMPLETE_LANGUAGES) every message, elsewhere only those
the package's own catalogue leaves untranslated. A new message gets the package's own translation when it has one,
marked fuzzy for review (compiletranslations refuses fuzzy entries), or none. Then translate what is empty or
fuzzy and run `make messages`.
"""

from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import write_po
from django.conf import settings
from django.core.management.base import BaseCommand

from portal.upstream import COMPLETE_LANGUAGES, DOMAINS, SOURCES, is_translated, key_of, read_catalogue

HEADER = """Translations of the messages of Django and of the libraries that staff see in the admin
(locale/README.md). Refresh with `manage.py upstreammessages`; each entry names its catalogue."""


class Command(BaseCommand):
    help = "Refresh locale/<lang>/upstream/*.po from the messages of the installed Django and libraries."

    def handle(self, *args, **options):
        languages = [code for code, _name in settings.LANGUAGES if code != "en"]
        locale_dir = Path(settings.LOCALE_PATHS[0])
        for language in languages:
            for domain in DOMAINS:
                path = locale_dir / language / "upstream" / f"{domain}.po"
                catalog, todo = refreshed(path, language, domain)
                path.parent.mkdir(exist_ok=True)
                with path.open("wb") as po_file:
                    write_po(po_file, catalog, width=116, omit_header=False, include_lineno=False)
                name = path.relative_to(settings.BASE_DIR)
                self.stdout.write(f"{name}: {len(catalog)} messages, {todo} to translate")


def refreshed(path, language, domain):
    ours = read_catalogue(path, language) if path.exists() else None
    catalog = Catalog(locale=language, project="birgemiz-portal", header_comment=comment(HEADER), fuzzy=False)
    # The headers (Plural-Forms above all) must be those of our own catalogue, which is laid over this one.
    catalog.mime_headers = (ours or read_catalogue(path.parent.parent / "LC_MESSAGES" / "django.po")).mime_headers
    todo = 0
    seen = set()
    for source in SOURCES:
        if source.domain != domain:
            continue
        own = own_translations(source, language)
        for message in source.messages():
            if message.key in seen:
                continue
            seen.add(message.key)
            kept = ours.get(message.id, message.context) if ours is not None else None
            theirs = own.get(message.key)
            if kept is None and language not in COMPLETE_LANGUAGES and theirs is not None:
                continue  # the package's translation is fine
            if kept is not None:
                string = kept.string
            elif theirs is not None:
                string = theirs.string
            else:
                string = "" if message.plural is None else ("",) * catalog.num_plurals
            entry = Message(
                message.id if message.plural is None else (message.id, message.plural),
                string,
                context=message.context,
                auto_comments=[source.name],
                flags={"fuzzy"} if kept is None and theirs is not None else set(),
            )
            if kept is not None and kept.user_comments:
                entry.user_comments = kept.user_comments
            catalog[entry.id] = entry
            todo += not is_translated(entry)
    return catalog, todo


def own_translations(source, language):
    """{key: message} of the package's own translations into `language`, when it ships them."""
    path = source.own_catalogue(language)
    if not path.exists():
        return {}
    return {key_of(entry): entry for entry in read_catalogue(path) if is_translated(entry)}


def comment(text):
    return "\n".join(f"# {line}" for line in text.splitlines())
