"""News cards keep their cover and text as fragments ({% cache %} in includes/article_card.html), keyed by the
content version: reuse must never show a reader an outdated card, and every edit shows at once."""

import re

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import translation

from news.models import TranslatedContent
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


def news_list(client, language="kk"):
    with translation.override(language):
        return client.get(reverse("news:list"))


@pytest.fixture
def fallback_lookups(monkeypatch):
    """Counts the fallback look-ups that rendering a card's text makes (one per translated field shown)."""
    calls = []
    original = TranslatedContent.content_language

    def counting(self, field):
        calls.append(field)
        return original(self, field)

    monkeypatch.setattr(TranslatedContent, "content_language", counting)
    return calls


def test_card_texts_are_rendered_once_then_reused(client, fallback_lookups):
    for days in range(1, 4):
        make_article(days_ago=days)
    first = news_list(client)
    assert fallback_lookups
    fallback_lookups.clear()
    caches["pages"].clear()  # the page itself is rendered again...
    again = news_list(client)
    assert fallback_lookups == []  # ...from the kept card fragments
    assert again.content == first.content


def test_each_language_has_its_own_cards(client):
    make_article(title_kk="Қазақша тақырып", title_ru="Русский заголовок", title_en="English title")
    assert "Қазақша тақырып" in news_list(client, "kk").text
    russian = news_list(client, "ru")
    assert "Русский заголовок" in russian.text
    assert "Қазақша тақырып" not in russian.text


def test_an_edit_shows_on_the_card_at_once(client, django_capture_on_commit_callbacks):
    article = make_article(title_kk="Ескі тақырып")
    assert "Ескі тақырып" in news_list(client).text
    with django_capture_on_commit_callbacks(execute=True):
        article.title_kk = "Жаңа тақырып"
        article.save()
    response = news_list(client)
    assert "Жаңа тақырып" in response.text
    assert "Ескі тақырып" not in response.text


def test_a_new_translation_drops_the_fallback_mark(client, django_capture_on_commit_callbacks):
    article = make_article(title_kk="Тек қазақша", title_ru="", title_en="")
    assert re.search(r'<a href="/ru/news/[^"]+" lang="kk">Тек қазақша</a>', news_list(client, "ru").text)
    with django_capture_on_commit_callbacks(execute=True):
        article.title_ru = "Теперь по-русски"
        article.save()
    assert re.search(r'<a href="/ru/news/[^"]+">Теперь по-русски</a>', news_list(client, "ru").text)


def test_the_view_count_on_a_card_is_as_fresh_as_its_page(client):
    article = make_article(title_kk="Оқылатын мақала")
    assert "Қаралым саны:</span> 0" in news_list(client).text
    for reader in range(3):  # each view one UPDATE, no save(): the content version stays
        client.post(
            reverse("news:seen", kwargs={"pk": article.pk}),
            HTTP_SEC_FETCH_SITE="same-origin",
            HTTP_USER_AGENT=f"Mozilla/5.0 (reader {reader}) Firefox/133.0",
        )
    caches["pages"].clear()  # a minute later
    assert "Қаралым саны:</span> 3" in news_list(client).text


def test_a_renamed_category_shows_on_the_card_at_once(client, django_capture_on_commit_callbacks):
    category = make_category(name_kk="Экология")
    make_article(category=category)
    assert ">Экология</a>" in news_list(client).text
    with django_capture_on_commit_callbacks(execute=True):
        category.name_kk = "Табиғат"
        category.save()  # the articles themselves are not saved
    response = news_list(client)
    assert ">Табиғат</a>" in response.text
    assert ">Экология</a>" not in response.text


def test_unpublishing_from_the_admin_list_removes_the_card_at_once(
    client, admin_client, django_capture_on_commit_callbacks
):
    article = make_article(title_kk="Жарияланған мақала")
    assert "Жарияланған мақала" in news_list(client).text
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("admin:news_article_changelist"), {"action": "unpublish", "_selected_action": [article.pk]}
        )
    assert "Жарияланған мақала" not in news_list(client).text


def test_home_and_list_place_the_same_article_differently(client):
    make_article(title_kk="Бір мақала")
    with translation.override("kk"):
        home = client.get(reverse("home")).text
    assert '<h3 class="card__title">' in home
    assert '<h2 class="card__title">' in news_list(client).text
