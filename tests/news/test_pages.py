from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.core.cache import caches
from django.utils import timezone

from news.models import Article
from news.views import LIST_PAGE_SIZE
from tests.factories import localized, make_article, make_category

pytestmark = pytest.mark.django_db
LANGUAGES = ["kk", "ru", "en"]


class TagCounter(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(response, name):
    parser = TagCounter()
    parser.feed(response.content.decode())
    return [attrs for tag, attrs in parser.tags if tag == name]


# --- Visibility ---------------------------------------------------------------------------------------------------


def test_published_article_is_shown_in_every_language(client):
    article = make_article()
    for language in LANGUAGES:
        response = client.get(localized(article, language))
        assert response.status_code == 200
        assert getattr(article, f"title_{language}") in response.text


def test_draft_is_invisible_to_the_public(client):
    draft = make_article(status=Article.Status.DRAFT, title_kk="Жоба мақала")
    assert client.get(localized(draft, "kk")).status_code == 404
    assert "Жоба мақала" not in client.get(localized("news:list", "kk")).text
    assert "Жоба мақала" not in client.get(localized("home", "kk")).text


def test_scheduled_article_appears_when_its_time_comes(client):
    scheduled = make_article(published_at=timezone.now() + timedelta(hours=1), title_kk="Болашақ мақала")
    assert client.get(localized(scheduled, "kk")).status_code == 404
    assert "Болашақ мақала" not in client.get(localized("news:list", "kk")).text
    Article.objects.filter(pk=scheduled.pk).update(published_at=timezone.now() - timedelta(seconds=1))
    assert client.get(localized(scheduled, "kk")).status_code == 200
    caches["pages"].clear()  # a minute later: the list page rendered before the article's time has expired
    assert "Болашақ мақала" in client.get(localized("news:list", "kk")).text


def test_public_news_pages_are_cached_for_a_minute(client, django_assert_num_queries):
    make_article(title_kk="Бірінші мақала")
    for name in ("home", "news:list"):
        first = client.get(localized(name, "kk"))
        assert "max-age=60" in first["Cache-Control"]
        assert not first.cookies
        with django_assert_num_queries(0):
            assert client.get(localized(name, "kk")).content == first.content


# --- Addresses ----------------------------------------------------------------------------------------------------


def test_article_address_has_id_and_kazakh_slug():
    article = make_article(title_kk="Қасым-Жомарт Тоқаев еріктілерді құттықтады")
    assert localized(article, "ru") == f"/ru/news/{article.pk}-qasym-zhomart-toqaev-eriktilerdi-quttyqtady/"


def test_outdated_slug_redirects_permanently(client):
    article = make_article(title_kk="Жаңа атау")
    response = client.get(f"/ru/news/{article.pk}-old-title/")
    assert response.status_code == 301
    assert response["Location"] == localized(article, "ru")


def test_missing_slug_redirects_permanently(client):
    article = make_article()
    response = client.get(f"/en/news/{article.pk}/")
    assert response.status_code == 301
    assert response["Location"] == localized(article, "en")


def test_edited_slug_keeps_old_links_working(client):
    article = make_article(title_kk="Бірінші атау")
    old = localized(article, "kk")
    article.slug = "ekinshi-atau"
    article.save()
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == f"/kk/news/{article.pk}-ekinshi-atau/"


# --- Fallback -----------------------------------------------------------------------------------------------------


def test_kazakh_only_article_falls_back_and_is_marked_kazakh(client):
    article = make_article(
        title_ru="", title_en="", title_kk="Тек қазақша", lead_kk="Қазақша лид", body_kk="<p>Мәтін</p>"
    )
    response = client.get(localized(article, "en"))
    assert response.status_code == 200
    headings = tags(response, "h1")
    assert headings == [{"class": "article__title", "lang": "kk"}]
    assert "Тек қазақша" in response.text
    assert '<div class="prose" lang="kk">' in response.text


def test_russian_fills_in_before_english_for_a_missing_kazakh_field(client):
    article = make_article(lead_kk="", lead_ru="Русский лид", lead_en="English lead")
    response = client.get(localized(article, "en"))
    assert "English lead" in response.text  # the reader's own language first
    response = client.get(localized(article, "kk"))
    assert '<p class="article__lead" lang="ru">Русский лид</p>' in response.text


def test_translated_text_carries_no_lang_attribute(client):
    article = make_article()
    response = client.get(localized(article, "ru"))
    assert tags(response, "h1") == [{"class": "article__title"}]


# --- Dates and numbers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "long_date", "views"),
    [
        ("kk", "7 қаңтар 2026 ж.", "12\xa0345"),
        ("ru", "7 января 2026 г.", "12\xa0345"),
        ("en", "January 7, 2026", "12,345"),
    ],
)
def test_dates_and_counts_follow_the_language(client, language, long_date, views):
    published = timezone.make_aware(timezone.datetime(2026, 1, 7, 10, 0))
    article = make_article(published_at=published)
    Article.objects.filter(pk=article.pk).update(views=12345)
    response = client.get(localized(article, language))
    assert "07.01.2026" in response.text
    assert f'title="{long_date}"' in response.text
    assert views in response.text


# --- List, search, categories -------------------------------------------------------------------------------------


def test_news_list_is_newest_first_and_paginated(client):
    articles = [make_article(days_ago=days) for days in range(1, LIST_PAGE_SIZE + 3)]
    first = client.get(localized("news:list", "en"))
    assert [a.pk for a in first.context["articles"]] == [a.pk for a in articles[:LIST_PAGE_SIZE]]
    second = client.get(localized("news:list", "en") + "?page=2")
    assert [a.pk for a in second.context["articles"]] == [a.pk for a in articles[LIST_PAGE_SIZE:]]
    assert client.get(localized("news:list", "en") + "?page=3").status_code == 404


def test_search_ignores_case_of_kazakh_letters(client):
    wanted = make_article(title_kk="ҚАЗАҚСТАН ЕРІКТІЛЕРІ Өскеменде")
    make_article(title_kk="Басқа жаңалық")
    response = client.get(localized("news:list", "kk"), {"q": "қазақстан өскеменде"})
    assert [a.pk for a in response.context["articles"]] == [wanted.pk]


def test_search_looks_at_the_active_language_and_its_fallback(client):
    both = make_article(title_ru="Субботник в Алматы", title_en="Clean-up in Almaty")
    kazakh_only = make_article(title_kk="Алматыдағы сенбілік", title_ru="", title_en="")
    results = client.get(localized("news:list", "ru"), {"q": "алматы"}).context["articles"]
    assert {a.pk for a in results} == {both.pk, kazakh_only.pk}
    results = client.get(localized("news:list", "en"), {"q": "clean-up"}).context["articles"]
    assert [a.pk for a in results] == [both.pk]


def test_search_covers_the_body_text(client):
    article = make_article(body_ru="<p>Сбор <strong>донорской</strong> крови</p>")
    results = client.get(localized("news:list", "ru"), {"q": "донорской крови"}).context["articles"]
    assert [a.pk for a in results] == [article.pk]


def test_category_filter(client):
    ecology = make_category(slug="ecology")
    inside = make_article(category=ecology)
    make_article()
    response = client.get(localized("news:list", "kk"), {"category": "ecology"})
    assert [a.pk for a in response.context["articles"]] == [inside.pk]
    assert client.get(localized("news:list", "kk"), {"category": "nothing"}).status_code == 404


def test_search_query_is_escaped(client):
    response = client.get(localized("news:list", "en"), {"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text


# --- Article page -------------------------------------------------------------------------------------------------


def test_article_page_has_breadcrumbs_source_share_links_and_sidebar(client):
    others = [make_article(days_ago=days) for days in range(2, 9)]
    article = make_article(days_ago=1, source_name_kk="Ақорда", source_url="https://www.akorda.kz/kz/")
    response = client.get(localized(article, "kk"))
    text = response.text
    assert 'aria-label="Навигация жолы"' in text or "breadcrumbs" in text
    assert "Дереккөзі:" in text
    assert 'href="https://www.akorda.kz/kz/"' in text
    assert "t.me/share" in text
    sidebar = text[text.index('class="latest"') :]
    assert article.title_kk not in sidebar
    assert sum(other.title_kk in sidebar for other in others) == 5


@pytest.mark.parametrize(("language", "label"), [("kk", "Дереккөзі:"), ("ru", "Источник:"), ("en", "Source:")])
def test_source_line_is_translated(client, language, label):
    article = make_article(source_name_kk="Ақорда", source_url="https://www.akorda.kz/")
    assert label in client.get(localized(article, language)).text


def test_article_page_sets_no_cookie_and_is_cacheable(client):
    article = make_article()
    response = client.get(localized(article, "kk"))
    assert not response.cookies
    assert "max-age=60" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")


def test_body_html_is_sanitized_even_if_stored_raw(client):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(body_kk='<p onclick="x()">Мәтін</p><script>alert(1)</script>')
    response = client.get(localized(article, "kk"))
    assert "<script>alert(1)" not in response.text
    assert "onclick" not in response.text


def test_head_has_canonical_hreflang_and_open_graph(client):
    article = make_article()
    response = client.get(localized(article, "ru"))
    links = tags(response, "link")
    canonical = [link["href"] for link in links if link.get("rel") == "canonical"]
    assert canonical == ["http://testserver" + localized(article, "ru")]
    hreflangs = {
        link["hreflang"]: link["href"] for link in links if link.get("rel") == "alternate" and "hreflang" in link
    }
    assert hreflangs == {
        "kk": "http://testserver" + localized(article, "kk"),
        "ru": "http://testserver" + localized(article, "ru"),
        "en": "http://testserver" + localized(article, "en"),
        "x-default": "http://testserver" + localized(article, "kk"),
    }
    og = {meta["property"]: meta["content"] for meta in tags(response, "meta") if "property" in meta}
    assert og["og:title"] == article.title_ru
    assert og["og:type"] == "article"
    assert og["og:locale"] == "ru_RU"


# --- Query counts -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("how_many", [3, 30])
def test_query_counts_do_not_grow_with_the_number_of_articles(client, django_assert_num_queries, how_many):
    category = make_category()
    articles = [make_article(days_ago=days, category=category) for days in range(1, how_many + 1)]
    # The home page's figures (applications this year, offices, areas), its areas, its articles' ids and view counts,
    # the articles of its cards and the footer's office; all but the ids and view counts are then kept.
    with django_assert_num_queries(7):
        client.get(localized("home", "kk"))
    with django_assert_num_queries(1):  # another address of the page, not kept yet: ids and view counts of its cards
        client.get(localized("home", "kk") + "?from=newsletter")
    with django_assert_num_queries(4):  # categories, count, ids and view counts, the articles of new cards
        client.get(localized("news:list", "kk"))
    with django_assert_num_queries(2):  # the article, the sidebar (then cached)
        client.get(localized(articles[-1], "kk"))
    with django_assert_num_queries(1):  # another article: the sidebar comes from the cache
        client.get(localized(articles[-2], "kk"))
    with django_assert_num_queries(0):  # the same article again: the whole page comes from the cache
        client.get(localized(articles[-2], "kk"))


def test_large_totals_are_counted_once_per_version(client, django_assert_num_queries, monkeypatch):
    monkeypatch.setattr("news.views.COUNT_CACHED_FROM", 5)
    [make_article(days_ago=days) for days in range(1, LIST_PAGE_SIZE + 3)]
    # Categories, count, the page's ids and view counts, its articles, the footer's office.
    with django_assert_num_queries(5):
        client.get(localized("news:list", "kk"))
    with django_assert_num_queries(2):  # the total and the categories come from the cache; page 2's cards are new
        response = client.get(localized("news:list", "kk") + "?page=2")
    assert response.context["paginator"].count == LIST_PAGE_SIZE + 2
