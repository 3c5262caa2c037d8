import pytest

from news.slugs import make_slug, transliterate

KAZAKH_LETTERS = {
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}  # fmt: skip


@pytest.mark.parametrize(("letter", "latin"), KAZAKH_LETTERS.items())
def test_every_kazakh_letter_has_a_latin_spelling(letter, latin):
    assert transliterate(letter) == latin
    assert transliterate(letter.upper()) == latin


def test_the_whole_kazakh_alphabet_becomes_ascii():
    alphabet = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
    slug = make_slug(alphabet + " " + alphabet.upper())
    assert slug.isascii()
    assert len(slug) > len(alphabet)


def test_a_presidents_name_reads_naturally():
    assert make_slug("Қасым-Жомарт Тоқаев") == "qasym-zhomart-toqaev"


def test_russian_titles_are_transliterated_too():
    assert make_slug("Волонтёры помогли пожилым людям") == "volontyory-pomogli-pozhilym-lyudyam"


def test_punctuation_and_quotes_disappear():
    assert make_slug("«Таза Қазақстан» — 2026!") == "taza-qazaqstan-2026"


def test_long_titles_are_cut_at_a_word_boundary():
    slug = make_slug("Біріккен Ұлттар Ұйымы " * 10)
    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert slug.split("-")[-1] in {"birikken", "ulttar", "uiymy"}
