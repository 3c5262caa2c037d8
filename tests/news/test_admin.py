"""The newsroom admin: editors write and translate articles in every language tab, illustrate and publish them."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.urls import reverse
from django.utils import timezone, translation

from news.models import Article, Category
from tests.factories import make_article, make_category, make_image, make_staff, make_upload

pytestmark = pytest.mark.django_db
ADD = reverse("admin:news_article_add")
LIST = reverse("admin:news_article_changelist")


@pytest.fixture
def editor():
    return make_staff("aigerim", groups=["Editors"])


@pytest.fixture
def newsroom(client, editor):
    """A browser signed in to admin as an editor who reads it in English."""
    client.force_login(editor)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def form_data(**fields):
    """What the article form sends when an editor fills in every language tab."""
    published_at = timezone.localtime(fields.pop("published_at", timezone.now() - timedelta(hours=1)))
    data = {
        "title_kk": "Еріктілер Алматыда саябақ тазалады",
        "title_ru": "Волонтёры убрали парк в Алматы",
        "title_en": "Volunteers cleaned a park in Almaty",
        "lead_kk": "Сенбілікке 300 ерікті қатысты.",
        "lead_ru": "В субботнике участвовали 300 волонтёров.",
        "lead_en": "300 volunteers took part.",
        "body_kk": "<p>Қазақша <strong>мәтін</strong>.</p>",
        "body_ru": "<p>Русский <em>текст</em>.</p>",
        "body_en": "<p>English text.</p>",
        "cover_alt_kk": "Еріктілер ағаш отырғызып жатыр",
        "cover_alt_ru": "Волонтёры сажают деревья",
        "cover_alt_en": "",
        "source_name_kk": "Ақорда",
        "source_name_ru": "Акорда",
        "source_name_en": "",
        "source_url": "https://www.akorda.kz/",
        "status": "published",
        "published_at_0": published_at.strftime("%Y-%m-%d"),
        "published_at_1": published_at.strftime("%H:%M:%S"),
        "category": "",
        "slug": "",
        "author": "",
        "_save": "Save",
    }
    data.update(fields)
    return data


def errors(response):
    return response.context["adminform"].form.errors


# --- Adding and changing ------------------------------------------------------------------------------------------


def test_an_editor_adds_an_article_in_every_language_tab_with_an_image(newsroom, editor):
    category = make_category()
    response = newsroom.post(ADD, form_data(category=category.pk, cover=make_upload("park.jpg")))
    assert response.status_code == 302, errors(response)
    article = Article.objects.get()
    for language, title in [
        ("kk", "Еріктілер Алматыда саябақ тазалады"),
        ("ru", "Волонтёры убрали парк в Алматы"),
        ("en", "Volunteers cleaned a park in Almaty"),
    ]:
        assert getattr(article, f"title_{language}") == title
    assert article.body_kk == "<p>Қазақша <strong>мәтін</strong>.</p>"
    assert article.body_ru == "<p>Русский <em>текст</em>.</p>"
    assert article.lead_en == "300 volunteers took part."
    assert article.cover_alt_ru == "Волонтёры сажают деревья"
    assert article.source_name_kk == "Ақорда"
    assert article.slug == "eriktiler-almatyda-sayabaq-tazalady"
    assert article.category == category
    assert article.is_public
    assert article.author == article.created_by == article.updated_by == editor
    assert len(article.cover_renditions) == 4
    assert article.cover_width == 1600


def test_an_editor_changes_one_translation_and_is_recorded_as_the_last_to_change_it(newsroom, client):
    author = make_staff("aliya", groups=["Editors"])
    article = make_article(title_kk="Бастапқы атау", title_ru="", created_by=author, author=author)
    response = newsroom.get(change_url(article))
    assert response.status_code == 200
    data = form_data(
        title_kk="Бастапқы атау", title_ru="Русский перевод", body_ru="<p>Перевод готов.</p>", author=author.pk
    )
    response = newsroom.post(change_url(article), data)
    assert response.status_code == 302, errors(response)
    article.refresh_from_db()
    assert article.title_ru == "Русский перевод"
    assert article.body_ru == "<p>Перевод готов.</p>"
    assert article.created_by == author
    assert article.updated_by.username == "aigerim"
    assert article.author == author


def test_the_body_is_sanitized_when_saved_through_the_admin(newsroom):
    hostile = '<p onclick="steal()">Мәтін</p><script>alert(1)</script><a href="javascript:alert(1)">сілтеме</a>'
    response = newsroom.post(ADD, form_data(body_kk=hostile, body_en='<iframe src="https://evil.example"></iframe>'))
    assert response.status_code == 302, errors(response)
    article = Article.objects.get()
    assert article.body_kk == '<p>Мәтін</p><a rel="noopener noreferrer nofollow">сілтеме</a>'
    assert article.body_en == ""


def test_a_kazakh_title_is_required(newsroom):
    response = newsroom.post(ADD, form_data(title_kk=""))
    assert response.status_code == 200
    assert errors(response)["title_kk"] == ["This field is required."]
    assert not Article.objects.exists()


def test_other_languages_may_stay_empty(newsroom):
    empty = {f"{field}_{code}": "" for field in ("title", "lead", "body", "source_name") for code in ("ru", "en")}
    response = newsroom.post(ADD, form_data(**empty))
    assert response.status_code == 302, errors(response)
    assert Article.objects.get().title_ru in ("", None)


def test_an_image_needs_a_kazakh_description(newsroom):
    response = newsroom.post(ADD, form_data(cover=make_upload(), cover_alt_kk=""))
    assert response.status_code == 200
    assert errors(response)["cover_alt_kk"] == [
        "Describe the image in Kazakh: readers who cannot see it hear this text instead. "
        "Other languages fall back to it when left empty."
    ]


def test_no_description_is_needed_without_an_image(newsroom):
    response = newsroom.post(ADD, form_data(cover_alt_kk="", cover_alt_ru=""))
    assert response.status_code == 302, errors(response)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.jpg", make_image(300, 200, image_format="PNG"), "the file holds a PNG image"),
        ("photo.jpg", b"GIF89a not really", "not an image that can be read"),
        ("photo.jpg", make_image(800, 600)[:2000], "damaged or incomplete"),
        ("bomb.png", make_image(9000, 9000, image_format="PNG", mode="1"), "at most 40 megapixels"),
    ],
    ids=["wrong content", "not an image", "broken", "too many pixels"],
)
def test_a_bad_image_gets_a_form_error_and_nothing_is_saved(newsroom, media_root, name, content, message):
    response = newsroom.post(ADD, form_data(cover=make_upload(name, content)))
    assert response.status_code == 200
    assert message in " ".join(errors(response)["cover"])
    assert not Article.objects.exists()
    assert not media_root.exists() or not any(media_root.rglob("*.*"))


def test_views_and_timestamps_cannot_be_changed(newsroom):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(views=42)
    created_at = Article.objects.get(pk=article.pk).created_at
    response = newsroom.post(
        change_url(article), form_data(views="999999", created_at_0="2000-01-01", created_at_1="00:00:00")
    )
    assert response.status_code == 302, errors(response)
    article.refresh_from_db()
    assert article.views == 42
    assert article.created_at == created_at
    html = newsroom.get(change_url(article)).text
    assert 'name="views"' not in html and 'name="created_at' not in html and 'name="updated_at' not in html


def test_the_form_has_language_tabs_a_rich_text_editor_and_an_image_input(newsroom):
    html = newsroom.get(ADD).text
    for language in ["kk", "ru", "en"]:
        assert f"mt-field-title-{language}" in html
        assert f'name="body_{language}"' in html
    assert html.count("data-django-prose-editor-configurable") == 3
    assert "modeltranslation/js/tabbed_translation_fields." in html
    assert "portal/admin/tabs." in html
    assert "googleapis" not in html  # the tabs need no outside request
    assert 'accept="image/jpeg,image/png,image/webp"' in html
    fields = newsroom.get(ADD).context["adminform"].form.fields
    assert fields["title_kk"].required
    assert not fields["title_ru"].required and not fields["title_en"].required


def test_the_change_form_shows_the_cover_and_links_to_the_preview_in_each_language(newsroom):
    article = make_article(status=Article.Status.DRAFT, cover=make_upload(), cover_alt_kk="Сурет")
    html = newsroom.get(change_url(article)).text
    assert f'src="/media/{article.cover_renditions[0]["jpeg"]}"' in html
    for language in ["kk", "ru", "en"]:
        assert f'href="/{language}/news/{article.pk}/preview/"' in html
    assert "Preview</a>" in html  # instead of "View on site" for a draft


def test_view_on_site_opens_the_public_page_of_a_published_article(newsroom):
    article = make_article()
    html = newsroom.get(change_url(article)).text
    with translation.override("en"):
        public = article.get_absolute_url()
    assert f'<a href="{public}" class="viewsitelink">View on site</a>' in html


def test_only_staff_are_offered_as_authors(newsroom, editor):
    make_staff("nurlan")
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("reader")
    choices = {str(user) for user in newsroom.get(ADD).context["adminform"].form.fields["author"].queryset}
    assert choices == {"aigerim", "nurlan"}


def test_categories_are_added_with_language_tabs(newsroom):
    response = newsroom.post(
        reverse("admin:news_category_add"),
        {"name_kk": "Экология", "name_ru": "Экология", "name_en": "Ecology", "slug": "ecology", "position": "1"},
    )
    assert response.status_code == 302
    assert Category.objects.get().name_en == "Ecology"


# --- The change list ----------------------------------------------------------------------------------------------


def test_change_list_shows_status_time_views_and_which_languages_are_filled_in(newsroom):
    make_article(title_kk="Толық", title_ru="Полная", title_en="Full", body_ru="<p>т</p>", body_en="<p>t</p>")
    make_article(title_kk="Тек қазақша", title_ru="", title_en="")
    make_article(title_kk="Жоспарланған", published_at=timezone.now() + timedelta(days=2))
    make_article(title_kk="Жоба", status=Article.Status.DRAFT)
    html = newsroom.get(LIST).text
    assert 'title="Kazakh: translated">kk ✓' in html
    assert 'title="English: missing">en —' in html
    assert html.count("en ✓") == 0  # the factory's articles have no English lead
    assert "Scheduled" in html and "Draft" in html and "On the site" in html
    assert "Publication time" in html and "Views" in html


def test_languages_column_follows_what_each_language_lacks():
    full = make_article(lead_ru="Лид", lead_en="Lead", body_ru="<p>т</p>", body_en="<p>t</p>")
    assert full.translated_languages() == ["kk", "ru", "en"]
    no_body_anywhere = make_article(body_kk="", lead_ru="Лид", lead_en="Lead")
    assert no_body_anywhere.translated_languages() == ["kk", "ru", "en"]
    untranslated_body = make_article(lead_ru="Лид", lead_en="Lead", body_ru="<p>т</p>")
    assert untranslated_body.translated_languages() == ["kk", "ru"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("missing=en", {"Тек қазақша", "Орысша бар"}),
        ("missing=ru", {"Тек қазақша"}),
        ("missing=kk", set()),
        ("state=draft", {"Жоба"}),
        ("state=scheduled", {"Жоспарланған"}),
        ("state=published", {"Тек қазақша", "Орысша бар", "Толық"}),
    ],
)
def test_change_list_filters(newsroom, query, expected):
    full = {"lead_ru": "Лид", "lead_en": "Lead", "body_ru": "<p>т</p>", "body_en": "<p>t</p>"}
    make_article(title_kk="Толық", **full)
    make_article(title_kk="Тек қазақша", title_ru="", title_en="")
    make_article(title_kk="Орысша бар", title_en="", lead_ru="Лид", body_ru="<p>т</p>")
    make_article(title_kk="Жоспарланған", published_at=timezone.now() + timedelta(days=2), **full)
    make_article(title_kk="Жоба", status=Article.Status.DRAFT, **full)
    response = newsroom.get(f"{LIST}?{query}")
    assert {article.title_kk for article in response.context["cl"].result_list} == expected


def test_change_list_filters_by_category_and_date(newsroom):
    ecology = make_category()
    inside = make_article(category=ecology, published_at=timezone.make_aware(timezone.datetime(2026, 1, 7, 10)))
    make_article(published_at=timezone.make_aware(timezone.datetime(2025, 12, 1, 10)))
    assert [a.pk for a in newsroom.get(f"{LIST}?category__id__exact={ecology.pk}").context["cl"].result_list] == [
        inside.pk
    ]
    assert [a.pk for a in newsroom.get(f"{LIST}?published_at__year=2026").context["cl"].result_list] == [inside.pk]
    assert "Filter by publication time" in newsroom.get(LIST).text  # the date hierarchy


@pytest.mark.parametrize("query", ["саябақ", "САЯБАҚ", "парк", "ПАРК", "park", "PARK"])
def test_search_finds_titles_in_every_language_whatever_the_case(newsroom, query):
    wanted = make_article(title_kk="Саябақ тазалығы", title_ru="Чистый парк", title_en="A clean park")
    make_article(title_kk="Басқа", title_ru="Другое", title_en="Other")
    assert [a.pk for a in newsroom.get(LIST, {"q": query}).context["cl"].result_list] == [wanted.pk]


def test_search_keeps_the_other_filters(newsroom):
    make_article(title_kk="Саябақ жобасы", status=Article.Status.DRAFT)
    published = make_article(title_kk="Саябақ ашылды")
    results = newsroom.get(LIST, {"q": "саябақ", "state": "published"}).context["cl"].result_list
    assert [a.pk for a in results] == [published.pk]


# --- Bulk actions -------------------------------------------------------------------------------------------------


def test_bulk_publish_and_unpublish(newsroom, editor):
    drafts = [make_article(status=Article.Status.DRAFT) for _ in range(3)]
    scheduled_draft = make_article(status=Article.Status.DRAFT, published_at=timezone.now() + timedelta(days=1))
    selected = [*drafts, scheduled_draft]
    response = newsroom.post(LIST, {"action": "publish", "_selected_action": [a.pk for a in selected]}, follow=True)
    assert "4 articles published. 1 of them is scheduled and appears on the site at its publication time." in (
        response.text
    )
    assert all(a.status == "published" and a.updated_by == editor for a in Article.objects.all())
    assert LogEntry.objects.filter(action_flag=CHANGE, user=editor).count() == 4

    response = newsroom.post(LIST, {"action": "unpublish", "_selected_action": [drafts[0].pk]}, follow=True)
    assert "1 article is a draft again." in response.text
    assert Article.objects.get(pk=drafts[0].pk).status == "draft"


def test_change_list_costs_the_same_queries_for_many_articles(newsroom, django_assert_max_num_queries):
    category = make_category()
    for days in range(30):
        cover = make_upload(content=make_image(480, 270))
        make_article(days_ago=days + 1, category=category, cover=cover, cover_alt_kk="Сурет")
    with django_assert_max_num_queries(10):
        assert newsroom.get(LIST).status_code == 200
