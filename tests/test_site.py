"""Site-wide behaviour: languages, every public page, sitemap, feeds, robots, health, error pages, catalogues."""

import contextlib
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from news import demo
from news.models import Article
from news.views import LIST_PAGE_SIZE
from tests.factories import localized, make_article, make_category
from tests.servers import require

pytestmark = pytest.mark.django_db
LANGUAGES = ["kk", "ru", "en"]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def public_pages(article):
    """Every kind of public page in every language. The site's pages, the first privacy policy and the directions
    come with the migrations; `article` needs a category and more than one list page of neighbours."""
    for language in LANGUAGES:
        yield localized("home", language)
        yield localized("news:list", language)
        yield localized("news:list", language) + "?page=2"
        yield localized("news:list", language) + "?q=%D2%9B"
        yield localized("news:list", language) + f"?category={article.category.slug}"
        yield localized("news:detail", language, pk=article.pk, slug=article.slug)
        yield localized("volunteers:apply", language)
        yield localized("newsletter:subscribe", language)
        yield localized("newsletter:check-inbox", language)
        yield localized("volunteers:apply", language) + "?direction=environment"
        yield localized("pages:about", language)
        yield localized("pages:faq", language)
        yield localized("pages:contacts", language)
        yield localized("pages:privacy", language)
        yield localized("pages:privacy-version", language, version="2026-01")
        yield localized("pages:regions", language)
        yield localized("pages:directions", language)
        yield localized("pages:direction", language, slug="environment")


# --- Languages ----------------------------------------------------------------------------------------------------


def test_root_redirects_to_kazakh_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/kk/"


def test_root_follows_accept_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9,en;q=0.8")["Location"] == "/ru/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE")["Location"] == "/kk/"


def test_language_cookie_wins_over_accept_language(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ru")["Location"] == "/en/"


@pytest.mark.parametrize("path", ["/de/", "/xx/news/", "/kz/", "/KK/"])
def test_unknown_language_prefix_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_switcher_links_keep_the_reader_on_the_same_article(client):
    article = make_article()
    response = client.get(localized("news:detail", "kk", pk=article.pk, slug=article.slug))
    target = localized("news:detail", "ru", pk=article.pk, slug=article.slug)
    switch = f"{reverse('switch-language', args=['ru'])}?next={quote(target)}"
    assert f'href="{switch}"' in response.text
    followed = client.get(switch)
    assert followed.status_code == 302
    assert followed["Location"] == target
    assert followed.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ru"
    assert client.get("/")["Location"] == "/ru/"


def test_switcher_keeps_list_page_and_query(client):
    [make_article(days_ago=days) for days in range(1, 13)]
    response = client.get("/kk/news/?page=2&q=%D0%B5")
    assert f'href="/language/en/?next={quote("/en/news/?page=2&q=%D0%B5")}"' in response.text


def test_switch_refuses_to_send_readers_elsewhere(client):
    response = client.get(reverse("switch-language", args=["ru"]) + "?next=https://evil.example/")
    assert response["Location"] == "/"
    response = client.get(reverse("switch-language", args=["xx"]) + "?next=/kk/")
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


# --- Every public page --------------------------------------------------------------------------------------------


def test_every_public_page_renders_with_exactly_one_h1_in_its_language(client):
    category = make_category()
    articles = [make_article(days_ago=days, category=category) for days in range(1, LIST_PAGE_SIZE + 3)]
    for path in public_pages(articles[0]):
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.text
        assert len(re.findall(r"<h1[\s>]", html)) == 1, path
        language = path.split("/")[1]
        assert f'<html lang="{language}">' in html, path
        # The footer's subscription form, in the page's language, on every page.
        assert f'action="/{language}/newsletter/"' in html and f'name="language" value="{language}"' in html, path


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", ["Жаңалықтар", "Ерікті болу", "Соңғы жаңалықтар", "Бізге әлеуметтік желілерде жазылыңыз"]),
        ("ru", ["Новости", "Стать волонтёром", "Последние новости", "Подписывайтесь на нас в социальных сетях"]),
        ("en", ["News", "Become a volunteer", "Latest news", "Follow us on social networks"]),
    ],
)
def test_interface_is_translated(client, language, words):
    article = make_article()
    make_article(days_ago=3)
    html = client.get(localized("news:detail", language, pk=article.pk, slug=article.slug)).text
    for word in words:
        assert word in html


def test_seed_demo_loads_once_and_shows_the_seed_article(client):
    call_command("seed_demo", verbosity=0)
    first = Article.objects.count()
    call_command("seed_demo", verbosity=0)
    assert Article.objects.count() == first >= 20
    assert Article.objects.filter(status=Article.Status.DRAFT).exists()
    assert Article.objects.filter(status=Article.Status.PUBLISHED).count() > Article.objects.published().count()
    seed = Article.objects.get(title_kk__startswith="Президент Қасым-Жомарт Тоқаев: «Біздің бастамамызбен")
    assert seed.title_ru and seed.title_en
    assert sum(not (article.title_ru or article.title_en) for article in Article.objects.all()) >= 5
    html = client.get(localized(seed, "kk")).text
    assert "07.01.2026" in html
    assert "Дереккөзі:" in html
    assert seed.cover_width and seed.cover_height


def test_demo_articles_name_known_categories_and_distinct_kazakh_titles():
    # seed_demo would file an unknown category as none, and skip an article whose Kazakh title it has seen.
    categories = {item["key"] for item in demo.categories()}
    articles = demo.articles()
    assert {item["category"] for item in articles if "category" in item} <= categories
    assert len({item["title"]["kk"] for item in articles}) == len(articles)


# --- Sitemap, feeds, robots, health -------------------------------------------------------------------------------


def test_sitemap_lists_every_page_in_every_language_with_alternates(client):
    public = make_article()
    draft = make_article(status=Article.Status.DRAFT)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = [url.find(f"{SITEMAP}loc").text for url in root.iter(f"{SITEMAP}url")]
    for language in LANGUAGES:
        assert f"http://testserver/{language}/" in locations
        assert f"http://testserver/{language}/news/" in locations
        for page in ("about/", "faq/", "contacts/", "privacy/", "regions/", "directions/", "directions/environment/"):
            assert f"http://testserver/{language}/{page}" in locations
        assert f"http://testserver{localized('news:detail', language, pk=public.pk, slug=public.slug)}" in locations
    assert not any(f"/news/{draft.pk}-" in location for location in locations)
    for url in root.iter(f"{SITEMAP}url"):
        alternates = {link.get("hreflang") for link in url.iter(f"{XHTML}link")}
        assert alternates == {"kk", "ru", "en", "x-default"}, url.find(f"{SITEMAP}loc").text


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_is_valid_rss_in_its_language(client, language):
    article = make_article()
    make_article(status=Article.Status.DRAFT, title_kk="Жоба")
    response = client.get(localized("news:feed", language))
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    assert channel.find("language").text == language
    items = channel.findall("item")
    assert [item.find("title").text for item in items] == [getattr(article, f"title_{language}")]
    assert items[0].find("link").text.endswith(localized("news:detail", language, pk=article.pk, slug=article.slug))


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text


def test_health_check_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.text == "ok\n"


# --- Error pages --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "title"), [("kk", "Бет табылмады"), ("ru", "Страница не найдена"), ("en", "Page not found")]
)
def test_not_found_page_is_translated_and_leaks_nothing(client, language, title):
    response = client.get(f"/{language}/news/999999-nothing/")
    assert response.status_code == 404
    assert title in response.text
    assert "Traceback" not in response.text
    assert "urlpatterns" not in response.text


@pytest.mark.parametrize("template", ["400.html", "403.html", "404.html", "429.html", "500.html", "503.html"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_error_templates_render_in_every_language_without_a_request(template, language):
    with translation.override(language):
        html = render_to_string(template)
    assert f'<html lang="{language}">' in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1


# --- Project hygiene ----------------------------------------------------------------------------------------------


def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def read_catalogue(path):
    from babel.messages.pofile import read_po

    with path.open("rb") as po_file:
        return read_po(po_file)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_catalogue_is_complete(language):
    catalog = read_catalogue(Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po")
    assert not catalog.fuzzy, "the header is marked fuzzy"
    untranslated = [
        m.id for m in catalog if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))
    ]
    assert untranslated == []


def test_the_catalogues_hold_every_message_of_the_code(tmp_path, settings):
    """makemessages over a copy of the code finds no message that the kk and ru catalogues lack.

    English is the language of the messages themselves: its catalogue only lists them (an empty translation means
    "as written"), so it is not checked for translations.
    """
    require(shutil.which("xgettext"), "GNU gettext is not installed (apt-get install gettext)")
    apps = [path.name for path in Path(settings.BASE_DIR).iterdir() if (path / "apps.py").exists()]
    for folder in [*apps, "templates", "locale"]:
        shutil.copytree(Path(settings.BASE_DIR) / folder, tmp_path / folder, ignore=shutil.ignore_patterns("*.mo"))
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    with contextlib.chdir(tmp_path):
        call_command("makemessages", locale=["kk", "ru"], no_obsolete=True, no_location=True, verbosity=0)
    for language in ("kk", "ru"):
        ours = {
            m.id for m in read_catalogue(Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po")
        }
        extracted = {m.id for m in read_catalogue(tmp_path / "locale" / language / "LC_MESSAGES" / "django.po")}
        assert sorted(map(str, extracted - ours)) == [], f"messages missing from locale/{language} (make makemessages)"
