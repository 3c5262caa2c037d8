from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news import view_counter
from news.models import Article, RecentView
from tests.factories import localized, make_article

pytestmark = pytest.mark.django_db

BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"
)
SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_USER_AGENT": BROWSER}


def seen_url(article):
    return reverse("news:seen", kwargs={"pk": article.pk})


def views_of(article):
    return Article.objects.get(pk=article.pk).views


def test_beacon_counts_one_view(client):
    article = make_article()
    response = client.post(seen_url(article), **SAME_ORIGIN)
    assert response.status_code == 204
    assert views_of(article) == 1


def test_noscript_image_counts_and_gets_a_gif(client):
    article = make_article()
    response = client.get(seen_url(article), **SAME_ORIGIN)
    assert response["Content-Type"] == "image/gif"
    assert response.content.startswith(b"GIF89a")
    assert response["Cache-Control"] == "no-store"
    assert views_of(article) == 1


def test_recording_sets_no_cookie(client):
    article = make_article()
    assert not client.post(seen_url(article), **SAME_ORIGIN).cookies


def test_repeat_by_the_same_visitor_within_30_minutes_is_not_counted(client):
    article = make_article()
    client.post(seen_url(article), **SAME_ORIGIN)
    client.post(seen_url(article), **SAME_ORIGIN)
    client.get(seen_url(article), **SAME_ORIGIN)
    assert views_of(article) == 1


def test_another_browser_on_the_same_address_is_another_reader(client):
    article = make_article()
    client.post(seen_url(article), **SAME_ORIGIN)
    client.post(seen_url(article), HTTP_SEC_FETCH_SITE="same-origin", HTTP_USER_AGENT=BROWSER.replace("14", "15"))
    assert views_of(article) == 2


def test_another_address_is_another_reader(client):
    article = make_article()
    client.post(seen_url(article), **SAME_ORIGIN)
    client.post(seen_url(article), **SAME_ORIGIN, REMOTE_ADDR="10.0.0.7")
    assert views_of(article) == 2


def test_the_same_visitor_counts_again_after_the_window(client, time_machine):
    time_machine.move_to(timezone.now())
    article = make_article()
    client.post(seen_url(article), **SAME_ORIGIN)
    time_machine.shift(view_counter.VIEW_REPEAT_WINDOW - 5)
    client.post(seen_url(article), **SAME_ORIGIN)
    assert views_of(article) == 1
    time_machine.shift(10)
    client.post(seen_url(article), **SAME_ORIGIN)
    assert views_of(article) == 2


def test_readers_older_than_the_window_are_forgotten_as_new_ones_come(client, time_machine):
    """The de-duplication rows never outgrow the window's readers: each counted view clears out older ones."""
    time_machine.move_to(timezone.now())
    article = make_article()
    for reader in range(6):
        client.post(seen_url(article), HTTP_SEC_FETCH_SITE="same-origin", HTTP_USER_AGENT=f"{BROWSER} {reader}")
    assert RecentView.objects.count() == 6
    time_machine.shift(view_counter.VIEW_REPEAT_WINDOW + 1)
    for reader in range(6, 9):
        client.post(seen_url(article), HTTP_SEC_FETCH_SITE="same-origin", HTTP_USER_AGENT=f"{BROWSER} {reader}")
    assert views_of(article) == 9
    assert RecentView.objects.count() == 3  # two old rows forgotten per new one
    # A returning reader's expired row is taken over, not added to.
    client.post(seen_url(article), HTTP_SEC_FETCH_SITE="same-origin", HTTP_USER_AGENT=f"{BROWSER} 6")
    assert views_of(article) == 9  # reader 6 is within the window again
    time_machine.shift(view_counter.VIEW_REPEAT_WINDOW + 1)
    client.post(seen_url(article), HTTP_SEC_FETCH_SITE="same-origin", HTTP_USER_AGENT=f"{BROWSER} 6")
    assert views_of(article) == 10
    assert RecentView.objects.filter(seen_at__gt=timezone.now() - timedelta(seconds=60)).count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_SEC_FETCH_SITE": "none"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_REFERER": "https://evil.example/page"},
        {},
    ],
    ids=["cross-site", "same-site", "typed-address", "foreign-origin", "foreign-referer", "no-origin-at-all"],
)
def test_requests_from_elsewhere_are_not_counted(client, headers):
    article = make_article()
    response = client.post(seen_url(article), HTTP_USER_AGENT=BROWSER, **headers)
    assert response.status_code == 204  # the same answer, so nothing is learned by probing
    assert views_of(article) == 0


def test_browsers_without_fetch_metadata_are_recognised_by_origin_or_referrer(client):
    article = make_article()
    client.post(seen_url(article), HTTP_ORIGIN="http://testserver", HTTP_USER_AGENT=BROWSER)
    client.get(seen_url(article), HTTP_REFERER="http://testserver/kk/news/", HTTP_USER_AGENT=BROWSER + " old")
    assert views_of(article) == 2


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
        "TelegramBot (like TwitterBot)",
        "WhatsApp/2.23.20.0",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (compatible; vkShare; +http://vk.com/dev/Share)",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "curl/8.5.0",
        "python-requests/2.32",
        "",
    ],
)
def test_crawlers_and_link_previews_are_not_counted(client, user_agent):
    article = make_article()
    client.post(seen_url(article), HTTP_SEC_FETCH_SITE="same-origin", HTTP_USER_AGENT=user_agent)
    assert views_of(article) == 0


@pytest.mark.parametrize("header", ["HTTP_SEC_PURPOSE", "HTTP_PURPOSE"])
def test_prefetches_are_not_counted(client, header):
    article = make_article()
    client.get(seen_url(article), **SAME_ORIGIN, **{header: "prefetch"})
    assert views_of(article) == 0


def test_staff_views_are_not_counted(client):
    article = make_article()
    editor = get_user_model().objects.create_user("editor", password="x", is_staff=True)
    client.force_login(editor)
    client.post(seen_url(article), **SAME_ORIGIN)
    assert views_of(article) == 0


def test_logged_in_non_staff_readers_are_counted(client):
    article = make_article()
    client.force_login(get_user_model().objects.create_user("reader", password="x"))
    client.post(seen_url(article), **SAME_ORIGIN)
    assert views_of(article) == 1


@pytest.mark.parametrize(
    "fields",
    [{"status": Article.Status.DRAFT}, {"published_at": timezone.now() + timedelta(days=1)}],
    ids=["draft", "scheduled"],
)
def test_unpublished_articles_are_not_counted(client, fields):
    article = make_article(**fields)
    assert client.post(seen_url(article), **SAME_ORIGIN).status_code == 204
    assert views_of(article) == 0


def test_unknown_article_is_answered_like_any_other(client):
    assert client.post(reverse("news:seen", kwargs={"pk": 999999}), **SAME_ORIGIN).status_code == 204


def test_other_methods_are_refused(client):
    article = make_article()
    assert client.put(seen_url(article), **SAME_ORIGIN).status_code == 405


def test_client_address_comes_from_forwarded_for_only_behind_trusted_proxies(client, settings):
    article = make_article()
    # No trusted proxy: a forged X-Forwarded-For does not make a new visitor.
    client.post(seen_url(article), **SAME_ORIGIN, HTTP_X_FORWARDED_FOR="1.1.1.1")
    client.post(seen_url(article), **SAME_ORIGIN, HTTP_X_FORWARDED_FOR="2.2.2.2")
    assert views_of(article) == 1
    settings.TRUSTED_PROXY_COUNT = 1
    client.post(seen_url(article), **SAME_ORIGIN, HTTP_X_FORWARDED_FOR="forged, 3.3.3.3")
    client.post(seen_url(article), **SAME_ORIGIN, HTTP_X_FORWARDED_FOR="forged-again, 3.3.3.3")
    assert views_of(article) == 2


def test_article_page_itself_writes_nothing(client):
    article = make_article()
    with CaptureQueriesContext(connection) as queries:
        client.get(localized(article))
    assert all(query["sql"].lstrip().upper().startswith("SELECT") for query in queries.captured_queries)
    assert views_of(article) == 0
