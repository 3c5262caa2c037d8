"""The messages of Django and of the libraries that staff see in the admin, read from the installed packages.

locale/<lang>/upstream/<domain>.po hold our translations of these messages (locale/README.md); `manage.py
upstreammessages` refreshes those files from this list, and the tests check that they cover every message of the
installed versions. A message is identified as gettext does: its context and its English text.

Django ships an English catalogue of each of its apps, which lists every message exactly. The libraries do not:
their messages are read from their Python code (Babel's extractor) and, for the rich-text editor, from its
JavaScript bundle, where every translatable string goes through one `gettext` alias and the toolbar's button titles
are plain English (portal/static/portal/admin/prose_editor_titles.js translates them).
"""

import re
from dataclasses import dataclass
from pathlib import Path

import django
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

SITE_PACKAGES = Path(django.__file__).resolve().parent.parent
# Django's own spellings of gettext, for Babel's extractor.
KEYWORDS = DEFAULT_KEYWORDS | {
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}


@dataclass(frozen=True)
class Message:
    id: str
    plural: str | None = None
    context: str | None = None

    @property
    def key(self):
        return (self.id, self.context)

    @property
    def texts(self):
        return [self.id] if self.plural is None else [self.id, self.plural]


@dataclass(frozen=True)
class Source:
    """One catalogue staff see: its name in reports, its gettext domain, the package's locale folder (under
    site-packages) and how its messages are read: "catalogue" (the package's English .po), "python" (the package's
    code) or a path to the JavaScript bundle of the rich-text editor."""

    name: str
    domain: str
    locale: str
    how: str = "catalogue"

    def messages(self):
        """The source's messages, in their order in the package."""
        if self.how == "catalogue":
            return catalogue_messages(self.own_catalogue("en"))
        if self.how == "python":
            return python_messages((SITE_PACKAGES / self.locale).parent)
        return editor_messages(SITE_PACKAGES / self.how)

    def own_catalogue(self, language):
        """The package's own .po file for `language` (it may not exist)."""
        return SITE_PACKAGES / self.locale / language / "LC_MESSAGES" / f"{self.domain}.po"


EDITOR_BUNDLE = "django_prose_editor/static/django_prose_editor/editor.js"
SOURCES = [
    Source("Django core", "django", "django/conf/locale"),
    Source("admin", "django", "django/contrib/admin/locale"),
    Source("admin JavaScript", "djangojs", "django/contrib/admin/locale"),
    Source("auth", "django", "django/contrib/auth/locale"),
    Source("content types", "django", "django/contrib/contenttypes/locale"),
    Source("sessions", "django", "django/contrib/sessions/locale"),
    Source("axes", "django", "axes/locale", "python"),
    Source("tasks", "django", "django_tasks_db/locale", "python"),
    Source("modeltranslation", "django", "modeltranslation/locale", "python"),
    Source("prose editor", "djangojs", "django_prose_editor/locale", EDITOR_BUNDLE),
]
# Django's Kazakh is incomplete and has mistakes: our upstream/ catalogues give every message in Kazakh. Its Russian
# is complete and good: ours give only what the packages' Russian catalogues lack or get wrong.
COMPLETE_LANGUAGES = {"kk"}
DOMAINS = ["django", "djangojs"]


def catalogue_messages(path):
    with path.open("rb") as po_file:
        catalog = read_po(po_file)
    return unique(message_of(entry) for entry in catalog if entry.id)


def message_of(entry):
    if isinstance(entry.id, tuple):
        return Message(entry.id[0], entry.id[1], entry.context)
    return Message(entry.id, None, entry.context)


def python_messages(folder):
    found = extract_from_dir(
        folder, method_map=[("tests/**", "ignore"), ("migrations/**", "ignore"), ("**.py", "python")], keywords=KEYWORDS
    )
    messages = []
    for _filename, _line, text, _comments, context in found:
        if isinstance(text, tuple):
            messages.append(Message(text[0], text[1], context))
        else:
            messages.append(Message(text, None, context))
    return unique(messages)


# In the editor's bundle: `pX=window.gettext||(e=>e)` names the alias, then `pX("Edit Link")`. The toolbar is
# English: its buttons are made by `e.material("format_bold","bold")` / `e.text("Block style")` (titles) and its
# drop-down options by `pG("p",{textContent:"Paragraph"})`; headings by `heading ${level}` and `Heading ${level}`.
GETTEXT_ALIAS = re.compile(r"(\w+)=window\.gettext\|\|")
STRING = r'"((?:[^"\\]|\\.)+)"'
TOOLBAR_TITLES = [
    re.compile(r'\.material\("[^"]*",' + STRING + r"\)"),
    re.compile(r"\.text\(" + STRING + r"\)"),
    re.compile(r"\btitle:" + STRING),
    re.compile(r"\btextContent:" + STRING),
]
ICON_NAMES = {"title"}  # the ligature that draws the heading buttons' icon, not a word anyone reads


def editor_messages(bundle):
    code = bundle.read_text(encoding="utf-8")
    aliases = GETTEXT_ALIAS.findall(code)
    if len(aliases) != 1:
        raise ValueError(f"{bundle}: expected one `x=window.gettext||` alias, found {aliases}")
    texts = re.findall(rf"\b{re.escape(aliases[0])}\({STRING}\)", code)
    for pattern in TOOLBAR_TITLES:
        texts += [
            text
            for text in pattern.findall(code)
            if re.search("[A-Za-z]{2}", text) and text.strip() == text and text not in ICON_NAMES
        ]
    # prose_editor_titles.js asks for these with the level as %s.
    texts += [f"{word} %s" for word in ("heading", "Heading") if f"`{word} ${{" in code]
    return unique(Message(text.encode().decode("unicode_escape")) for text in texts)


def unique(messages):
    seen = {}
    for message in messages:
        seen.setdefault(message.key, message)
    return list(seen.values())


def messages_by_domain():
    """{domain: {key: (source name, Message)}}: each message once, under the first source that has it."""
    found = {domain: {} for domain in DOMAINS}
    for source in SOURCES:
        for message in source.messages():
            found[source.domain].setdefault(message.key, (source.name, message))
    return found


def read_catalogue(path, language=None):
    with Path(path).open("rb") as po_file:
        return read_po(po_file, locale=language)


def key_of(entry):
    """The (id, context) of a Babel catalogue entry: the singular's id for a plural message."""
    return (entry.id[0] if isinstance(entry.id, tuple) else entry.id, entry.context)


def is_translated(entry):
    strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
    return bool(entry.string) and all(strings) and not entry.fuzzy


def empty_catalogue(language):
    return Catalog(locale=language, project="birgemiz-portal", charset="utf-8")
