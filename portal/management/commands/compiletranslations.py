"""Compile the project's catalogues into .mo files with Babel, so that no GNU gettext is needed.

Each language's LC_MESSAGES/<domain>.mo is made from two files (locale/README.md): upstream/<domain>.po, our
translations of Django's and the libraries' messages, with LC_MESSAGES/<domain>.po, our own messages, laid over
it (ours win where both translate a message). Either may be missing.
"""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.upstream import is_translated


class Command(BaseCommand):
    help = "Compile the project's translation catalogues (upstream/ and LC_MESSAGES/ .po → LC_MESSAGES/ .mo)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Compile even the catalogues that look up to date.")

    def handle(self, *args, force=False, **options):
        for locale_dir in map(Path, settings.LOCALE_PATHS):
            for language_dir in sorted(path for path in locale_dir.iterdir() if path.is_dir()):
                for domain, sources in catalogue_sources(language_dir).items():
                    mo_path = language_dir / "LC_MESSAGES" / f"{domain}.mo"
                    if not force and is_up_to_date(mo_path, sources):
                        continue
                    catalog = merged(sources, language_dir.name)
                    mo_path.parent.mkdir(exist_ok=True)
                    with mo_path.open("wb") as mo_file:
                        write_mo(mo_file, catalog)
                    self.stdout.write(f"Compiled {mo_path.relative_to(locale_dir.parent)}")


def catalogue_sources(language_dir):
    """{domain: [upstream .po, our .po]} for every domain of one language, upstream first (it is laid under)."""
    domains = {}
    for folder in ("upstream", "LC_MESSAGES"):
        for po_path in sorted((language_dir / folder).glob("*.po")):
            domains.setdefault(po_path.stem, []).append(po_path)
    return domains


def is_up_to_date(mo_path, sources):
    return mo_path.exists() and all(mo_path.stat().st_mtime >= path.stat().st_mtime for path in sources)


def merged(sources, language):
    catalog = None
    for po_path in sources:
        with po_path.open("rb") as po_file:
            layer = read_po(po_file, locale=language)
        fuzzy = [message.id for message in layer if message.id and message.fuzzy]
        if fuzzy:
            raise CommandError(f"{po_path}: {len(fuzzy)} fuzzy entries, e.g. {fuzzy[0]!r}")
        if catalog is None:
            catalog = layer
            continue
        if layer.plural_forms != catalog.plural_forms:
            raise CommandError(f"{po_path}: Plural-Forms differ from {sources[0]}")
        for message in layer:
            if message.id and is_translated(message):
                # Babel's catalog[id] = message would keep the translation already there: replace it.
                catalog.delete(message.id, message.context)
                catalog[message.id] = message
    return catalog
