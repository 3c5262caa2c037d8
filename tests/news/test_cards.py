"""News cards are rendered once and reused (news/cards.py): reuse must never show a reader an outdated card."""

import re

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import translation

from news.models import Article
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db

CARD_TEMPLATE = "includes/article_card.html"


def news_list(client, language="kk"):
    """The news list as a reader sees it once the page cache has expired (cards may still come from their cache)."""
    caches["pages"].clear()
    with translation.override(language):
        return client.get(reverse("news:list"))


def cards_rendered(response):
    return sum(template.name == CARD_TEMPLATE for template in response.templates)


def test_cards_are_rendered_once_then_reused(client):
    for days in range(1, 4):
        make_article(days_ago=days)
    first = news_list(client)
    assert cards_rendered(first) == 3
    again = news_list(client)
    assert cards_rendered(again) == 0
    assert again.content == first.content


def test_each_language_has_its_own_cards(client):
    make_article(title_kk="Қазақша тақырып", title_ru="Русский заголовок", title_en="English title")
    assert "Қазақша тақырып" in news_list(client, "kk").text
    russian = news_list(client, "ru")
    assert cards_rendered(russian) == 1
    assert "Русский заголовок" in russian.text
    assert "Қазақша тақырып" not in russian.text


def test_an_edit_shows_on_the_card(client):
    article = make_article(title_kk="Ескі тақырып")
    assert "Ескі тақырып" in news_list(client).text
    article.title_kk = "Жаңа тақырып"
    article.save()
    response = news_list(client)
    assert "Жаңа тақырып" in response.text
    assert "Ескі тақырып" not in response.text


def test_a_new_translation_drops_the_fallback_mark(client):
    article = make_article(title_kk="Тек қазақша", title_ru="", title_en="")
    assert re.search(r'<a href="/ru/news/[^"]+" lang="kk">Тек қазақша</a>', news_list(client, "ru").text)
    article.title_ru = "Теперь по-русски"
    article.save()
    assert re.search(r'<a href="/ru/news/[^"]+">Теперь по-русски</a>', news_list(client, "ru").text)


def test_the_view_count_on_a_card_follows_the_counter(client):
    article = make_article(title_kk="Оқылатын мақала")
    assert "Қаралым саны:</span> 0" in news_list(client).text
    for _view in range(3):
        Article.record_view(article.pk)  # one UPDATE, no save(): updated_at stays, the count must still show
    assert "Қаралым саны:</span> 3" in news_list(client).text


def test_a_renamed_category_shows_on_the_card(client):
    category = make_category(name_kk="Экология")
    make_article(category=category)
    assert ">Экология</a>" in news_list(client).text
    category.name_kk = "Табиғат"
    category.save()  # the articles themselves are not saved
    response = news_list(client)
    assert ">Табиғат</a>" in response.text
    assert ">Экология</a>" not in response.text


def test_unpublishing_from_the_admin_list_removes_the_card(admin_client):
    article = make_article(title_kk="Жарияланған мақала")
    assert "Жарияланған мақала" in news_list(admin_client).text
    changelist = reverse("admin:news_article_changelist")
    admin_client.post(changelist, {"action": "unpublish", "_selected_action": [article.pk]})
    assert "Жарияланған мақала" not in news_list(admin_client).text


def test_home_and_list_place_the_same_article_differently(client):
    make_article(title_kk="Бір мақала")
    caches["pages"].clear()
    with translation.override("kk"):
        home = client.get(reverse("home")).text
    assert '<h3 class="card__title">' in home
    assert '<h2 class="card__title">' in news_list(client).text
