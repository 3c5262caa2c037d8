"""Readable ASCII slugs from Kazakh and Russian titles.

Django's slugify drops Cyrillic, and generic transliterators lose the Kazakh letters (ә ғ қ ң ө ұ ү һ і), so the
table below spells every Cyrillic letter used in Kazakh and Russian the way a Kazakh reader would type it in Latin
letters (close to the 2021 Kazakh Latin alphabet, with digraphs instead of diacritics).
"""

from django.utils.text import slugify

CYRILLIC_TO_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip

MAX_SLUG_LENGTH = 80


def transliterate(text):
    """Spell Cyrillic text in Latin letters; other characters pass through."""
    return "".join(CYRILLIC_TO_LATIN.get(char, char) for char in text.lower())


def make_slug(text, max_length=MAX_SLUG_LENGTH):
    """An ASCII slug of at most max_length characters, cut at a word boundary."""
    slug = slugify(transliterate(text))
    if len(slug) > max_length:
        slug = slug[: max_length + 1].rsplit("-", 1)[0]
    return slug
