"""Content shown in another language than the page's says so where a sighted reader sees it, not only in `lang`."""

import re

import pytest

from tests.factories import localized, make_article, make_category

pytestmark = pytest.mark.django_db


def kazakh_only(**fields):
    return make_article(title_ru="", title_en="", lead_ru="", lead_en="", **fields)


def card_of(html, title):
    cards = re.findall(r'<article class="card.*?</article>', html, re.S)
    return next(card for card in cards if title in card)


@pytest.mark.parametrize(("language", "label"), [("en", "In Kazakh"), ("ru", "На казахском")])
def test_a_card_shown_in_kazakh_on_another_languages_page_says_so(client, language, label):
    kazakh_only(title_kk="Тек қазақша жаңалық")
    make_article(title_kk="Аударылған", title_ru="Переведённая", title_en="Translated")
    html = client.get(localized("home", language)).text
    assert f'<span class="lang-label">{label}</span>' in card_of(html, "Тек қазақша жаңалық")
    translated = "Translated" if language == "en" else "Переведённая"
    assert "lang-label" not in card_of(html, translated)
    assert "lang-label" not in client.get(localized("home", "kk")).text  # in its own language: nothing to say


def test_a_russian_fallback_is_labelled_in_russian_on_the_kazakh_page(client):
    make_article(title_kk="", title_ru="Только по-русски", title_en="")
    html = client.get(localized("news:list", "kk")).text
    assert '<span class="lang-label">Орыс тілінде</span>' in card_of(html, "Только по-русски")


def test_the_sidebar_labels_its_kazakh_only_items(client):
    current = make_article()
    kazakh_only(title_kk="Бүйір жолақтағы жаңалық", days_ago=2)
    html = client.get(localized(current, "en")).text
    sidebar = html[html.index('class="latest"') :]
    item = re.search(r'<li class="latest__item">((?:(?!</li>).)*Бүйір жолақтағы жаңалық.*?)</li>', sidebar, re.S)
    assert '<span class="lang-label">In Kazakh</span>' in item.group(1)


def test_a_kazakh_only_article_says_so_above_its_text_with_a_link_to_the_version_that_exists(client):
    article = kazakh_only(title_kk="Тек қазақша мақала")
    html = client.get(localized(article, "en")).text
    notice = re.search(r'<div class="language-notice" role="note">(.*?)</div>', html, re.S).group(1)
    assert "This article is available in Kazakh only." in notice
    assert re.findall(r'<a href="([^"]+)" hreflang="(\w+)">([^<]+)</a>', notice) == [
        (localized(article, "kk"), "kk", "Kazakh version")
    ]
    assert html.index("language-notice") < html.index('<div class="prose"')
    assert "language-notice" not in client.get(localized(article, "kk")).text


def test_an_article_in_two_languages_links_both_from_the_third(client):
    article = make_article(title_en="", lead_en="", body_ru="<p>Текст</p>", lead_ru="Лид")
    html = client.get(localized(article, "en")).text
    assert "This article is available in Kazakh and Russian." in html
    assert f'href="{localized(article, "ru")}" hreflang="ru">Russian version</a>' in html
    assert "language-notice" not in client.get(localized(article, "ru")).text


def test_category_chips_carry_the_language_they_are_shown_in(client):
    category = make_category(name_ru="", name_en="", name_kk="Өңірлер")
    make_article(category=category)
    html = client.get(localized("news:list", "en")).text
    assert re.search(r'<a class="chip" href="/en/news/\?category=' + category.slug + r'" lang="kk">Өңірлер</a>', html)


@pytest.mark.parametrize(
    ("language", "count"), [("en", "3 articles"), ("ru", "3 статьи"), ("kk", "3 мақала")]
)  # fmt: skip
def test_a_category_page_is_headed_by_its_name_with_its_count(client, language, count):
    category = make_category()
    [make_article(category=category, days_ago=days) for days in range(1, 4)]
    make_article()  # another category's
    html = client.get(localized("news:list", language) + f"?category={category.slug}").text
    assert re.search(r"<h1[^>]*>(.*?)</h1>", html).group(1) == getattr(category, f"name_{language}")
    assert f'<p class="results-count">{count}</p>' in html
