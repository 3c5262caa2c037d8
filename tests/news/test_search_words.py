"""news.search: how a word becomes its keys, for the index and for the query (no database)."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from news.search import (
    LATIN_TO_CYRILLIC,
    Query,
    cyrillic_spellings,
    document,
    kazakh_stem,
    query_keys,
    text_key,
    words,
)
from news.slugs import CYRILLIC_TO_LATIN, transliterate


def finds(query, text, language):
    """Whether every word of `query` matches a word of `text` written in `language`, as the index decides."""
    keys = set(document(("", language), ("", language), (text, language)).split())
    query = Query(query)
    return bool(query) and all(keys & word for word in query.words)


# --- Folding ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kazakh", "typed"),
    [
        ("сәлем", "салем"),  # ә ~ а
        ("ағаш", "агаш"),  # ғ ~ г
        ("қала", "кала"),  # қ ~ к
        ("жаңа", "жана"),  # ң ~ н
        ("өзен", "озен"),  # ө ~ о
        ("ұлттық", "улттык"),  # ұ ~ у
        ("үйлер", "уйлер"),  # ү ~ у
        ("жиһаз", "жихаз"),  # һ ~ х
        ("білім", "билим"),  # і ~ и
    ],
)
def test_each_kazakh_letter_is_found_by_its_russian_keyboard_stand_in(kazakh, typed):
    assert finds(typed, f"Жаңалықта {kazakh} туралы айтылды.", "kk")
    assert finds(kazakh, f"Жаңалықта {typed} туралы айтылды.", "kk")  # and the other way round


@pytest.mark.parametrize(
    ("query", "text", "language"),
    [
        ("волонтеры", "Волонтёры убрали парк", "ru"),  # ё = е
        ("ёлка", "Новогодняя елка", "ru"),
        ("ҚАЛА", "қала тазалығы", "kk"),  # case
        ("Қала", "ҚАЛА ТАЗАЛЫҒЫ", "kk"),
        ("Таза Қазақстан", "«Таза Қазақстан» акциясы", "kk"),  # quotes of every kind
        ("«Таза Қазақстан»", "“Таза Қазақстан” акциясы", "kk"),
        ("„Таза Қазақстан“", '"Таза Қазақстан" акциясы', "kk"),
        ("Қасым-Жомарт", "Қасым–Жомарт Тоқаев", "kk"),  # hyphen, en dash, em dash
        ("Қасым—Жомарт", "Қасым-Жомарт Тоқаев", "kk"),
        ("Kарaганды", "Қарағанды қаласы", "kk"),  # Latin K and a typed among Cyrillic letters
        ("ерiктiлер", "Еріктілер жиналды", "kk"),  # Latin i typed for і
        ("Qazaq’stan", "Qazaqstan", "en"),  # apostrophes inside a word
        ("café", "Cafe opened", "en"),  # accents on Latin letters
    ],
)
def test_case_quotes_dashes_and_look_alike_letters_are_folded(query, text, language):
    assert finds(query, text, language)


def test_words_keep_their_place_in_the_text_for_highlighting():
    text = "«Қарағанды» — ЕРІКТІЛЕР!"
    assert [(text[start:end], word) for start, end, word in words(text)] == [
        ("Қарағанды", "қарағанды"),
        ("ЕРІКТІЛЕР", "еріктілер"),
    ]


def test_words_of_other_scripts_are_not_keys():
    """Markers of the index are Greek letters: no text may produce a key that starts with one."""
    assert document(("Αθήνα τ λ 北京", "en"), ("", "en"), ("", "en")) == ""


def test_stop_words_are_not_searched_for():
    assert not Query("және и the")
    assert len(Query("еріктілер және мектеп").words) == 2


# --- Latin letters ------------------------------------------------------------------------------------------------


# A word for each Cyrillic letter of Kazakh and Russian, and the language of the text it is found in.
LETTER_WORDS = {
    "а": ("ана", "kk"), "ә": ("әке", "kk"), "б": ("бала", "kk"), "в": ("вагон", "ru"), "г": ("газет", "kk"),
    "ғ": ("ғалым", "kk"), "д": ("дала", "kk"), "е": ("ел", "kk"), "ё": ("ёлка", "ru"), "ж": ("жол", "kk"),
    "з": ("заң", "kk"), "и": ("ине", "kk"), "й": ("бой", "kk"), "к": ("кітап", "kk"), "қ": ("қала", "kk"),
    "л": ("лақ", "kk"), "м": ("мектеп", "kk"), "н": ("нан", "kk"), "ң": ("жаңа", "kk"), "о": ("орман", "kk"),
    "ө": ("өзен", "kk"), "п": ("пана", "kk"), "р": ("рақмет", "kk"), "с": ("су", "kk"), "т": ("тау", "kk"),
    "у": ("ауыл", "kk"), "ұ": ("ұлт", "kk"), "ү": ("үй", "kk"), "ф": ("фабрика", "ru"), "х": ("хабар", "kk"),
    "һ": ("жиһаз", "kk"), "ц": ("цирк", "ru"), "ч": ("чемпион", "ru"), "ш": ("шаһар", "kk"), "щ": ("щетка", "ru"),
    "ъ": ("подъезд", "ru"), "ы": ("ыдыс", "kk"), "і": ("іні", "kk"), "ь": ("пальто", "ru"), "э": ("экология", "ru"),
    "ю": ("юрта", "ru"), "я": ("ярмарка", "ru"),
}  # fmt: skip


def test_there_is_a_word_for_every_letter_of_the_slug_scheme():
    assert set(LETTER_WORDS) == set(CYRILLIC_TO_LATIN)


@pytest.mark.parametrize("letter", sorted(LETTER_WORDS))
def test_every_letter_typed_in_our_slug_scheme_finds_the_cyrillic_word(letter):
    word, language = LETTER_WORDS[letter]
    typed = transliterate(word)
    assert text_key(word, language) in query_keys(typed), typed
    assert finds(typed.capitalize(), f"{word.capitalize()} туралы", language)


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("qaraghandy", "Қарағанды"),  # our slug scheme
        ("karaganda", "Қарағанды"),  # the Russian name, as everyone writes it
        ("karagandy", "Қарағандыда"),
        ("eriktiler", "Еріктілер"),
        ("kazakhstan", "Қазақстан"),
        ("kazakhstan", "Казахстан"),
        ("qazaqstan", "Қазақстанның"),
        ("volontery", "Волонтёры"),
        ("zhastar", "Жастар"),
        ("shymkent", "Шымкентте"),
        ("almaty", "Алматыда"),
        ("nurlybay", "Нұрлыбай"),  # y after a vowel: й
        ("aidos", "Айдос"),  # i after a vowel: й
        ("yasaw", "Ясау"),  # ya: я; w: у
        ("tselinograd", "Целиноград"),  # ts: ц
        ("áreket ýaqyty", "Әрекет уақыты"),  # the 2018 Kazakh Latin alphabet (the seed's slogan)
        ("äreket uaqyty", "Әрекет уақыты"),  # the 2021 one
        ("oqushylar", "Оқушылар"),
        ("áńgimeler", "әңгімелер"),  # á = ә, ń = ң
    ],
)
def test_latin_typed_words_find_cyrillic_text(typed, text):
    assert finds(typed, text, "kk") or finds(typed, text, "ru")


def test_latin_spellings_stay_few():
    assert len(cyrillic_spellings("shchuchinskiy")) <= 24
    assert cyrillic_spellings("kazakhstan") == ("казахстан", "казакстан")


def test_the_documented_table_is_the_one_in_use():
    """docs/search.md lists every Latin letter and group the search reads, with its Cyrillic readings."""
    page = (Path(settings.BASE_DIR) / "docs" / "search.md").read_text()
    documented = {
        latin: tuple(reading.strip() or "" for reading in readings.split(","))
        for latin, readings in re.findall(r"^\| `([^`]+)` \| ([^|]+?) \|", page, re.MULTILINE)
    }
    assert documented == LATIN_TO_CYRILLIC


# --- Word forms ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "forms",
    [
        ["ерікті", "еріктілер", "еріктілерге", "еріктілердің", "еріктілерді", "еріктілерімізге", "еріктіге"],
        ["волонтер", "волонтерлер", "волонтерлік", "волонтерлерге", "волонтердің"],
        ["Қарағанды", "Қарағандыда", "Қарағандыға", "Қарағандының", "Қарағандыдан", "Қарағандыдағы"],
        ["мектеп", "мектептер", "мектепте", "мектептің", "мектепке", "мектептегі", "мектептен"],
        ["Қазақстан", "Қазақстанда", "Қазақстанның", "Қазақстаннан", "Қазақстанға"],
        ["бала", "балалар", "балаларға", "балаларымыз", "баланың"],
        ["жоба", "жобасы", "жобасына", "жобалар", "жобаның"],
        ["ел", "еліміз", "елімізде", "еліміздегі"],
    ],
)
def test_kazakh_word_forms_share_a_key(forms):
    assert len({text_key(form.lower(), "kk") for form in forms}) == 1


@pytest.mark.parametrize(
    "forms",
    [
        ["волонтёр", "волонтёры", "волонтёров", "волонтёрам", "волонтёрами", "волонтёре"],
        ["Караганда", "Караганды", "Караганде", "Карагандой"],
        ["школа", "школы", "школе", "школу", "школой", "школами"],
        ["добровольческий", "добровольческая", "добровольческих"],
    ],
)
def test_russian_word_forms_share_a_key(forms):
    assert len({text_key(form.lower(), "ru") for form in forms}) == 1


def test_a_query_word_may_be_kazakh_or_russian():
    """Typed without Kazakh letters, a word may be either language: it carries both stems."""
    assert finds("волонтеры", "Волонтёрам вручили награды", "ru")
    assert finds("волонтеры", "Волонтерлерге алғыс айтылды", "kk")
    assert finds("Караганды", "Қарағандыда сенбілік өтті", "kk")
    assert finds("Караганды", "Субботник в Караганде", "ru")


def test_endings_are_cut_only_after_the_sounds_they_follow():
    """A Kazakh suffix takes its first consonant from the end of the word: "-тер" follows a voiceless sound, so
    "волонтер" is not "волон" + "тер", and "-нда" follows a possessive, so "караганда" is not "карага" + "нда"."""
    assert kazakh_stem("волонтер") == "волонтер"
    assert kazakh_stem("караганда") == "караган"
    assert kazakh_stem("мектептер") == "мектеп"
    assert kazakh_stem("адамдар") == "адам"
    assert kazakh_stem("қалалар".translate(str.maketrans("қ", "к"))) == "кала"


def test_the_site_subject_is_found_in_any_of_its_languages():
    """ерікті, волонтёр and volunteer are one word for a reader of this site."""
    assert finds("волонтеры", "Еріктілер саябақты тазалады", "kk")
    assert finds("еріктілер", "Volunteers cleaned the park", "en")
    assert finds("volunteers", "Волонтёры убрали парк", "ru")
