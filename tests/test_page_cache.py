"""Whole public pages from the cache (portal/page_cache.py): one read per request, and only what is safe to share."""

import pytest
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation

from news.models import Article
from portal.page_cache import PageCacheMiddleware, content_changed, public_page
from tests.factories import localized, make_article

pytestmark = pytest.mark.django_db


def counting_view(change=None):
    """A view that counts its calls; `change` alters each answer it gives."""

    def view(request):
        view.calls += 1
        response = HttpResponse(f"answer {view.calls}")
        if change:
            change(response)
        return response

    view.calls = 0
    return view


def served(view):
    """`view` as the site serves it: marked as a public page, behind the page cache."""
    return PageCacheMiddleware(public_page(view))


def test_a_plain_answer_is_kept_and_served_with_its_age(rf):
    view = counting_view()
    page = served(view)
    first = page(rf.get("/kk/news/"))
    again = page(rf.get("/kk/news/"))
    assert view.calls == 1
    assert again.content == first.content == b"answer 1"
    assert again["Cache-Control"] == "max-age=60"
    assert again["Age"] == "0"
    assert "Age" not in first


def test_each_address_is_kept_apart(rf, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "www.testserver"]  # pages name their host in links
    view = counting_view()
    page = served(view)
    page(rf.get("/kk/news/"))
    assert page(rf.get("/ru/news/")).content == b"answer 2"
    assert page(rf.get("/kk/news/?page=2")).content == b"answer 3"
    assert page(rf.get("/kk/news/", HTTP_HOST="www.testserver")).content == b"answer 4"
    assert page(rf.get("/kk/news/")).content == b"answer 1"


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda response: setattr(response, "status_code", 404), id="not found"),
        pytest.param(lambda response: response.set_cookie("reader", "1"), id="sets a cookie"),
        pytest.param(lambda response: response.headers.__setitem__("Vary", "Cookie"), id="varies"),
        pytest.param(lambda response: response.headers.__setitem__("Cache-Control", "private"), id="private"),
        pytest.param(lambda response: response.headers.__setitem__("Cache-Control", "no-store"), id="no-store"),
        pytest.param(lambda response: response.headers.__setitem__("Cache-Control", "max-age=0"), id="max-age=0"),
    ],
)
def test_answers_that_are_not_for_everyone_are_not_kept(rf, change):
    view = counting_view(change)
    page = served(view)
    page(rf.get("/kk/news/"))
    page(rf.get("/kk/news/"))
    assert view.calls == 2


def test_only_get_requests_are_answered_from_the_cache(rf):
    view = counting_view()
    page = served(view)
    page(rf.get("/kk/news/"))
    page(rf.head("/kk/news/"))
    page(rf.post("/kk/news/"))
    assert view.calls == 3


def test_a_missing_article_is_not_remembered_as_missing(client):
    article = make_article(title_kk="Кейінге қалған мақала", status=Article.Status.DRAFT)
    assert client.get(localized(article, "kk")).status_code == 404
    Article.objects.filter(pk=article.pk).update(status=Article.Status.PUBLISHED)
    assert client.get(localized(article, "kk")).status_code == 200


def test_answers_of_unmarked_views_are_not_kept(rf):
    view = counting_view()
    page = PageCacheMiddleware(view)
    page(rf.get("/kk/volunteer/"))
    page(rf.get("/kk/volunteer/"))
    assert view.calls == 2


def test_a_cached_page_keeps_its_headers(client):
    make_article()
    with translation.override("ru"):
        list_url = reverse("news:list")
    first = client.get(list_url)
    again = client.get(list_url)
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"] == "text/html; charset=utf-8"
    assert again["Content-Language"] == "ru"
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert again["X-Frame-Options"] == first["X-Frame-Options"] == "DENY"
    assert "Age" in again


def test_signed_in_staff_are_never_served_a_kept_page_nor_leave_one(rf, settings):
    view = counting_view()
    page = served(view)
    staff_request = rf.get("/kk/news/")
    staff_request.COOKIES[settings.SESSION_COOKIE_NAME] = "a-session"
    page(rf.get("/kk/news/"))  # kept for the public
    assert page(staff_request).content == b"answer 2"
    assert page(rf.get("/kk/news/")).content == b"answer 1"
    page(rf.get("/kk/about/"))
    fresh = rf.get("/kk/about/")
    fresh.COOKIES[settings.SESSION_COOKIE_NAME] = "a-session"
    page(fresh)
    assert view.calls == 4


def test_a_change_of_content_retires_every_kept_page_once_committed(rf, django_capture_on_commit_callbacks):
    view = counting_view()
    page = served(view)
    page(rf.get("/kk/news/"))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        content_changed()
    assert page(rf.get("/kk/news/")).content == b"answer 1"  # not committed yet: still the kept page
    for callback in callbacks:
        callback()
    assert page(rf.get("/kk/news/")).content == b"answer 2"


def test_a_publish_in_the_admin_shows_at_once(client, admin_client, django_capture_on_commit_callbacks):
    article = make_article(title_kk="Жоспарланған мақала", status=Article.Status.DRAFT)
    home = localized(article, "kk").split("news/")[0]
    assert "Жоспарланған мақала" not in client.get(home).text
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("admin:news_article_changelist"), {"action": "publish", "_selected_action": [article.pk]}
        )
    assert "Жоспарланған мақала" in client.get(home).text


def test_pages_are_still_served_when_the_shared_cache_cannot_be_written(client, settings, tmp_path):
    """A content-version folder the app cannot write (a read-only code folder in production) must not break pages."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": blocker / "cache"},
    }
    make_article(title_kk="Оқылатын мақала")
    response = client.get(localized("news:list", "kk"))
    assert response.status_code == 200
    assert "Оқылатын мақала" in response.text
