"""Hostile requests get a 4xx or a clear error, store nothing, and are never reflected unescaped.

Form and upload cases live beside their features (tests/volunteers/, tests/news/test_images.py); this module covers
URLs, headers, search and the view recording URL.
"""

import pytest
from django.test import Client

from news.models import Article
from tests.factories import localized, make_article

pytestmark = pytest.mark.django_db
SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def article():
    return make_article()


@pytest.mark.parametrize(
    "path",
    [
        "/kk/news/../../etc/passwd",
        "/kk/news/%2e%2e/%2e%2e/etc/passwd",
        "/static/../portal/settings.py",
        "/static/..%2fportal%2fsettings.py",
        "/media/../portal/settings.py",
        "/media/%2e%2e/manage.py",
        "/kk/news/1-%00/",
        "/kk/news/99999999999999999999999-x/",
        "/kk/news/-1-x/",
        "/kk/news/1-" + "a" * 5000 + "/",
        "/xx/news/",
        "/kk/news/1/seen/extra/",
    ],
)
def test_path_tricks_are_not_found(client, path):
    response = client.get(path)
    assert response.status_code in {400, 404}, path
    assert b"SECRET_KEY" not in response.content


@pytest.mark.parametrize(
    "query",
    [
        {"q": SCRIPT},
        {"q": '"><img src=x onerror=alert(1)>'},
        {"q": "x" * 10_000},
        {"q": "\x00"},
        {"q": "%00%ff%fe"},
        {"q": "' OR 1=1 --"},
        {"q": "%"},
        {"q": "_"},
        {"page": "-1"},
        {"page": "abc"},
        {"page": "99999999999999999999"},
        {"category": SCRIPT},
        {"category": "x" * 5000},
    ],
)
def test_hostile_list_queries_are_handled(client, article, query):
    response = client.get("/kk/news/", query)
    assert response.status_code in {200, 400, 404}
    assert SCRIPT.encode() not in response.content
    assert b"<img src=x onerror" not in response.content


@pytest.mark.parametrize("syntax", ["%", "_", "*", '"', "'", "(", ")", ":*", "!", "&", "|", "^", "-", "\\"])
def test_search_syntax_in_queries_is_not_obeyed(client, article, syntax):
    """LIKE wildcards, FTS5 and tsquery operators are not words: alone they find nothing (not everything, not an
    error), and beside a word they change nothing."""
    wanted = make_article(title_kk="100% нәтиже")
    response = client.get("/kk/news/", {"q": syntax})
    assert response.status_code == 200
    assert list(response.context["articles"]) == []
    results = client.get("/kk/news/", {"q": f"{syntax}100{syntax} нәтиже{syntax}"}).context["articles"]
    assert [a.pk for a in results] == [wanted.pk]


@pytest.mark.parametrize("host", ["evil.example", "localhost:8000@evil.example", "127.0.0.1\r\nX-Injected: 1", "[::1"])
def test_forged_host_headers_are_refused(host, article):
    response = Client(HTTP_HOST=host, raise_request_exception=False).get(localized(article))
    assert response.status_code == 400


def test_bad_language_cookie_is_ignored(client):
    client.cookies["django_language"] = SCRIPT
    response = client.get("/")
    assert response["Location"] == "/kk/"


def test_unparseable_accept_language_falls_back_to_kazakh(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="x" * 1000 + ";q=abc,,,;")["Location"] == "/kk/"


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_USER_AGENT": "A" * 100_000},
        {"HTTP_SEC_FETCH_SITE": "same-origin" * 1000, "HTTP_USER_AGENT": "Mozilla/5.0"},
        {"HTTP_ORIGIN": "null", "HTTP_USER_AGENT": "Mozilla/5.0"},
        {"HTTP_REFERER": "javascript:alert(1)", "HTTP_USER_AGENT": "Mozilla/5.0"},
        {"HTTP_X_FORWARDED_FOR": "1.1.1.1, " * 1000, "HTTP_USER_AGENT": "Mozilla/5.0"},
    ],
)
def test_hostile_headers_on_the_view_recording_url(client, article, headers):
    response = client.post(f"/kk/news/{article.pk}/seen/", **headers)
    assert response.status_code == 204
    assert Article.objects.get(pk=article.pk).views <= 1


def test_oversized_body_on_the_view_recording_url(client, article):
    response = client.post(
        f"/kk/news/{article.pk}/seen/",
        data=b"x" * (3 * 1024 * 1024),
        content_type="application/octet-stream",
        HTTP_SEC_FETCH_SITE="cross-site",
    )
    assert response.status_code in {204, 400, 413}
    assert Article.objects.get(pk=article.pk).views == 0


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_on_pages_are_refused(client, article, method):
    assert getattr(client, method)(localized(article)).status_code == 405


def test_switch_language_with_a_header_injection_attempt(client):
    response = client.get("/language/ru/", {"next": "/ru/\r\nSet-Cookie: x=1"})
    assert response.status_code in {302, 400}
    assert "x=1" not in str(response.cookies)


@pytest.mark.parametrize("changelist", ["/admin/news/article/", "/admin/volunteers/application/"])
def test_admin_search_with_control_characters(client, changelist):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("root", password="x"))
    response = client.get(changelist, {"q": "a\x00b\x1f"})
    assert response.status_code == 200
