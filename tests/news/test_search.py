"""Searching the news as readers in Kazakhstan type, on the page and in the admin; the index kept right."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news import demo, search_schema
from news.models import Article, Category
from news.views import LIST_PAGE_SIZE
from tests.factories import localized, make_article, make_category, make_staff

pytestmark = pytest.mark.django_db

LIST = reverse("admin:news_article_changelist")


def search(client, query, language="kk", **params):
    """The search page, rendered now (the page cache is tested elsewhere, and in tests, changes do not retire kept
    pages: their transactions never commit)."""
    caches["pages"].clear()
    return client.get(localized("news:list", language), {"q": query, **params})


def found(client, query, language="kk", **params):
    """The ids of the articles found, in their order, from every page of results."""
    response = search(client, query, language, **params)
    pages = [response] + [
        search(client, query, language, page=number, **params)
        for number in range(2, response.context["paginator"].num_pages + 1)
    ]
    return [article.pk for page in pages for article in page.context["articles"]]


def load_demo():
    """The demo articles of news/fixtures/demo as seed_demo saves them, without drawing covers; {key: article}."""
    categories = {
        item["key"]: Category.objects.create(slug=item["key"], position=position, **translated("name", item["name"]))
        for position, item in enumerate(demo.categories())
    }
    articles = {}
    for item in demo.articles():
        articles[item["key"]] = Article.objects.create(
            category=categories.get(item.get("category")),
            status=item["status"],
            published_at=item["published_at"],
            **translated("title", item["title"]),
            **translated("lead", item.get("lead", {})),
            **translated("body", item.get("body", {})),
        )
    return articles


def translated(field, values):
    return {f"{field}_{language}": value for language, value in values.items()}


# --- The demo content: what readers expect ------------------------------------------------------------------------


@pytest.fixture
def demo_articles():
    return load_demo()


def public(articles, *words):
    """The public demo articles whose text in some language has one of `words` (lower case)."""
    return {
        article.pk
        for article in articles.values()
        if article.is_public
        and any(
            word
            in " ".join(
                str(value) for key, value in vars(article).items() if key.startswith(("title_", "lead_", "body_"))
            ).lower()
            for word in words
        )
    }


def test_volunteers_typed_without_yo_find_every_volunteer_article(client, demo_articles):
    """ "волонтеры" on the Russian page: the articles about volunteers, in Russian or (untranslated) in Kazakh."""
    results = found(client, "волонтеры", "ru")
    assert set(results) == public(demo_articles, "волонтёр", "волонтер", "ерікті")
    assert results[0] == demo_articles["karaganda-animal-shelter-winter-drive"].pk  # the newest with it in the title
    russian = search(client, "волонтеры", "ru").text
    assert "<mark>Волонтёры</mark>" in russian or "<mark>волонтёры</mark>" in russian


@pytest.mark.parametrize(("query", "language"), [("ериктилер", "kk"), ("еріктілерге", "kk"), ("eriktiler", "ru")])
def test_volunteers_in_kazakh_in_any_form_or_keyboard(client, demo_articles, query, language):
    results = found(client, query, language)
    assert set(results) == public(demo_articles, "ерікті", "волонтёр", "волонтер")
    page = search(client, query, language).text
    assert re.search(r"<mark>[Ее]ріктілер</mark>", page)


@pytest.mark.parametrize(("query", "language"), [("Караганды", "ru"), ("Караганды", "kk"), ("karaganda", "kk"),
                                                   ("karaganda", "en"), ("qaraghandy", "ru")])  # fmt: skip
def test_karaganda_however_it_is_typed(client, demo_articles, query, language):
    assert found(client, query, language) == [demo_articles["karaganda-animal-shelter-winter-drive"].pk]
    page = search(client, query, language).text
    assert "<mark>Қарағандыда</mark>" in page  # the title
    assert "<mark>Қарағанды</mark> қаласында" in page  # the passage of the body


def test_the_page_says_how_many_articles_were_found(client, demo_articles):
    page = search(client, "Караганды", "ru").text
    assert "По запросу «Караганды» найдена 1 статья." in page
    page = search(client, "ериктилер", "kk").text
    expected = len(public(demo_articles, "ерікті", "волонтёр", "волонтер"))
    assert f"«ериктилер» сұрауы бойынша {expected} мақала табылды." in page


# --- Ranking, passages, highlighting ------------------------------------------------------------------------------


def test_title_matches_come_first_then_lead_then_body_newest_first_among_equals(client):
    body_newest = make_article(title_kk="Жаңалық", lead_kk="Қысқаша.", body_kk="<p>Баспана туралы.</p>", days_ago=1)
    lead = make_article(title_kk="Хабар", lead_kk="Баспанаға көмек.", days_ago=2)
    title_older = make_article(title_kk="Баспана ашылды", days_ago=4)
    title_newer = make_article(title_kk="Баспаналар жөнделді", days_ago=3)
    make_article(title_kk="Басқа", lead_kk="Басқа.", body_kk="<p>Басқа.</p>")
    assert found(client, "баспана") == [title_newer.pk, title_older.pk, lead.pk, body_newest.pk]


def test_every_word_must_be_found_and_a_title_with_all_of_them_comes_first(client):
    both_in_title = make_article(title_kk="Қарағанды мектептері", days_ago=5)
    split = make_article(title_kk="Қарағандыда жиын", lead_kk="Мектептер қатысты.", days_ago=1)
    make_article(title_kk="Қарағанды жаңалығы", days_ago=1)  # one word only
    assert found(client, "караганды мектеп") == [both_in_title.pk, split.pk]


def test_results_show_a_passage_around_the_match_with_the_words_marked(client):
    body = " ".join(["Алдымен басқа сөздер айтылды."] * 20 + ["Содан кейін жануарлар баспанасына көмек жиналды."]
                    + ["Соңында тағы басқа сөздер."] * 20)  # fmt: skip
    make_article(title_kk="Жаңалық", lead_kk="Қысқаша.", body_kk=f"<p>{body}</p>")
    page = search(client, "баспана").text
    passage = re.search(r'<p class="result__passage">(.*?)</p>', page, re.S).group(1)
    assert passage.startswith("… ") and passage.endswith(" …")
    assert "жануарлар <mark>баспанасына</mark> көмек" in passage
    assert len(passage.split()) < 40


def test_results_are_escaped_and_only_our_marks_are_markup(client):
    make_article(title_kk="<b>Баспана</b> & <script>alert(1)</script>", lead_kk="Баспана <i>туралы</i>")
    page = search(client, "баспана").text
    assert "&lt;b&gt;<mark>Баспана</mark>&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<mark>Баспана</mark> &lt;i&gt;туралы&lt;/i&gt;" in page
    assert "<script>alert(1)</script>" not in page and "<b>" not in page and "<i>" not in page
    page = search(client, "<img src=x onerror=alert(1)> баспана").text
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt; баспана" in page


def test_fallback_text_in_results_carries_its_language(client):
    make_article(title_kk="Баспана ашылды", title_ru="", title_en="", lead_kk="Жануарлар баспанасы ашылды.")
    page = search(client, "баспана", "ru").text
    assert re.search(r'<a href="/ru/news/[^"]+" lang="kk"><mark>Баспана</mark> ашылды</a>', page)
    assert '<p class="result__passage" lang="kk">Жануарлар <mark>баспанасы</mark> ашылды.</p>' in page


def test_an_empty_result_suggests_what_to_try_and_links_the_categories(client):
    ecology = make_category(name_ru="Экология", slug="ecology")
    make_category(name_ru="Регионы", slug="regions")
    make_article(category=ecology)
    page = search(client, "кашалот", "ru", category="ecology").text
    assert "По запросу «кашалот» найдено 0 статей." in page
    assert "Попробуйте:" in page
    assert '<a href="/ru/news/?q=%D0%BA%D0%B0%D1%88%D0%B0%D0%BB%D0%BE%D1%82">' in page  # every category
    assert '<a href="/ru/news/?category=ecology">Экология</a>' in page
    assert '<a href="/ru/news/?category=regions">Регионы</a>' in page


def test_a_query_of_signs_and_short_words_says_so(client):
    make_article()
    page = search(client, "и — the", "kk").text
    assert "Іздеу үшін сөз жазыңыз" in page


def test_search_in_a_category(client):
    ecology = make_category(slug="ecology")
    inside = make_article(title_kk="Саябақ тазалығы", category=ecology)
    make_article(title_kk="Саябақ ашылды")
    assert found(client, "саябақ", category="ecology") == [inside.pk]


def test_search_results_are_paginated_across_tiers(client):
    in_titles = [make_article(title_kk=f"Баспана {number}", days_ago=number) for number in range(1, 8)]
    in_bodies = [make_article(title_kk="Жаңалық", body_kk="<p>Баспана.</p>", days_ago=n) for n in range(1, 8)]
    first = search(client, "баспана")
    assert first.context["paginator"].count == 14
    assert [a.pk for a in first.context["articles"]] == [a.pk for a in in_titles + in_bodies[:5]]  # twelve a page
    second = search(client, "баспана", page=2)
    assert [a.pk for a in second.context["articles"]] == [a.pk for a in in_bodies[5:]]


@pytest.mark.parametrize("how_many", [12, 30])
def test_a_search_page_costs_the_same_queries_for_many_articles(client, django_assert_num_queries, how_many):
    for days in range(1, how_many + 1):
        make_article(title_kk="Баспана", days_ago=days)
        make_article(title_kk="Жаңалық", body_kk="<p>Баспана.</p>", days_ago=days)
    # categories, the total, title matches (enough for the page), the page's articles, and the footer's office (read
    # again, since search() empties the "pages" cache where it is kept)
    with django_assert_num_queries(5):
        search(client, "баспана")
    # the page after the title matches: categories, the total, title, lead and body matches, the page's articles,
    # the footer's office
    with django_assert_num_queries(7):
        search(client, "баспана", page=how_many // LIST_PAGE_SIZE + 1)


# --- The index follows every change -------------------------------------------------------------------------------


def test_new_edited_translated_and_deleted_articles(client):
    article = make_article(title_kk="Саябақ тазалығы", title_ru="")
    assert found(client, "саябақ") == [article.pk]
    article.title_kk = "Өзен жағасы"
    article.save()
    assert found(client, "саябақ") == []
    assert found(client, "озен") == [article.pk]
    assert found(client, "набережная", "ru") == []
    article.title_ru = "Набережная реки"
    article.save()
    assert found(client, "набережной", "ru") == [article.pk]
    article.delete()
    assert found(client, "озен") == []


def test_saving_some_fields_keeps_the_keys_of_the_text_saved(client):
    article = make_article(title_kk="Саябақ тазалығы")
    article.title_kk = "Өзен жағасы"
    article.save(update_fields=["title_kk"])
    assert found(client, "озен") == [article.pk]
    assert found(client, "саябақ") == []


def test_drafts_and_scheduled_articles_are_not_found_until_public(client):
    draft = make_article(title_kk="Баспана жобасы", status=Article.Status.DRAFT)
    scheduled = make_article(title_kk="Баспана ашылады", published_at=timezone.now() + timedelta(days=1))
    assert found(client, "баспана") == []
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        assert found(client, "баспана") == [scheduled.pk]
    Article.objects.filter(pk=draft.pk).update(status=Article.Status.PUBLISHED)  # as the publish action does
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        assert found(client, "баспана") == [scheduled.pk, draft.pk]


def test_bulk_publish_unpublish_and_delete_in_the_admin(client):
    editor = make_staff(groups=["Editors"])
    articles = [make_article(title_kk=f"Баспана {number}", days_ago=number) for number in range(1, 4)]
    staff = Client()
    staff.force_login(editor)
    staff.post(LIST, {"action": "unpublish", "_selected_action": [a.pk for a in articles[:2]]})
    assert found(client, "баспана") == [articles[2].pk]
    staff.post(LIST, {"action": "publish", "_selected_action": [articles[0].pk]})
    assert found(client, "баспана") == [articles[0].pk, articles[2].pk]
    staff.post(LIST, {"action": "delete_selected", "_selected_action": [articles[0].pk], "post": "yes"})
    assert found(client, "баспана") == [articles[2].pk]


def test_a_category_changed_or_deleted(client):
    ecology, regions = make_category(slug="ecology"), make_category(slug="regions")
    article = make_article(title_kk="Саябақ", category=ecology)
    Article.objects.filter(pk=article.pk).update(category=regions)
    assert found(client, "саябақ", category="ecology") == []
    assert found(client, "саябақ", category="regions") == [article.pk]
    regions.delete()
    assert found(client, "саябақ") == [article.pk]


def test_articles_created_in_bulk_are_found(client):
    article = Article(title_kk="Баспана ашылды", status=Article.Status.PUBLISHED, published_at=timezone.now())
    for language in ("kk", "ru", "en"):
        setattr(article, f"search_text_{language}", article.text_for_search(language))
    Article.objects.bulk_create([article])  # as bench/generate_articles.py does
    assert len(found(client, "баспана")) == 1


def test_a_lost_index_is_built_again_after_migrate(client):
    """Django remakes a SQLite table to alter it, without our triggers; migrate's after_migrate() puts back what is
    lost and fills the index again from the articles."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            name = search_schema.fts_table("kk")
            cursor.execute(f"DROP TRIGGER {name}_insert")
            lost = [name, f"{name}_insert", f"{name}_delete", f"{name}_update"]
        else:
            cursor.execute(f"DROP TRIGGER {search_schema.PG_TRIGGER} ON news_article")
            lost = [search_schema.PG_TRIGGER]
    article = make_article(title_kk="Баспана ашылды")
    assert found(client, "баспана") == []
    assert search_schema.after_migrate() == lost
    assert found(client, "баспана") == [article.pk]
    assert search_schema.after_migrate() == []


# --- The admin ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["Караганды", "karaganda", "ериктилер", "волонтеры", "Қарағандыдағы"])
def test_the_admin_search_folds_as_the_site_does_and_finds_drafts(client, query):
    client.force_login(make_staff(groups=["Editors"]))
    wanted = make_article(title_kk="Қарағандыда еріктілер", title_ru="", status=Article.Status.DRAFT)
    make_article(title_kk="Басқа жаңалық", title_ru="Другое", title_en="Other")
    results = client.get(LIST, {"q": query}).context["cl"].result_list
    assert [a.pk for a in results] == [wanted.pk]


def test_results_are_counted_up_to_a_limit(client, monkeypatch):
    monkeypatch.setattr("news.search_index.COUNT_LIMIT", 3)
    monkeypatch.setattr("news.views.COUNT_LIMIT", 3)
    articles = [make_article(title_kk="Баспана", title_ru="", days_ago=days) for days in range(1, 6)]
    response = search(client, "баспана", "ru")
    assert "По запросу «баспана» найдено более 3 статей." in response.text
    assert [a.pk for a in response.context["articles"]] == [a.pk for a in articles[:4]]
    assert "<mark>Баспана</mark>" in search(client, "баспана", "kk").text
    assert "«баспана» сұрауы бойынша 3-нан астам мақала табылды." in search(client, "баспана", "kk").text


def test_kept_results_are_kept_per_query(client):
    """Results are kept like news cards, but their marks depend on the query: it is part of their key."""
    make_article(title_kk="Баспана ашылды", title_ru="")
    assert "<mark>Баспана</mark> ашылды" in search(client, "баспана").text
    assert "Баспана <mark>ашылды</mark>" in search(client, "ашылды").text
    assert "<mark>Баспана</mark> ашылды" in search(client, "баспана", "ru").text
