"""Many readers at once: every counted view lands exactly once, on SQLite and on PostgreSQL."""

import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.urls import reverse

from news.models import Article
from tests.factories import make_article
from tests.servers import gunicorn

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]

READERS = 60
PARALLEL = 20


def fire(url, user_agent, method):
    request = urllib.request.Request(
        url, method=method, headers={"User-Agent": user_agent, "Sec-Fetch-Site": "same-origin"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_concurrent_views_are_counted_exactly(live_server, method):
    article = make_article()
    url = live_server.url + reverse("news:seen", kwargs={"pk": article.pk})
    agents = [f"Mozilla/5.0 (reader {number}; {method}) Firefox/133.0" for number in range(READERS)]
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        statuses = list(pool.map(lambda agent: fire(url, agent, method), agents))
    expected = 204 if method == "POST" else 200
    assert statuses == [expected] * READERS, f"{connection.vendor}: {statuses}"
    assert Article.objects.get(pk=article.pk).views == READERS


def test_concurrent_repeats_by_one_reader_count_once(live_server):
    article = make_article()
    url = live_server.url + reverse("news:seen", kwargs={"pk": article.pk})
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        statuses = list(pool.map(lambda _: fire(url, "Mozilla/5.0 (the one reader) Firefox/133.0", "POST"), range(30)))
    assert statuses == [204] * 30
    assert Article.objects.get(pk=article.pk).views == 1


def test_several_server_processes_count_exactly():
    """Three gunicorn workers writing to one database at once: no "database is locked", no lost or double view."""
    article = make_article()
    path = reverse("news:seen", kwargs={"pk": article.pk})
    agents = [f"Mozilla/5.0 (reader {number}; gunicorn) Firefox/133.0" for number in range(READERS)]
    with gunicorn(workers=3) as base, ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        statuses = list(pool.map(lambda agent: fire(base + path, agent, "POST"), agents))
        repeats = list(pool.map(lambda agent: fire(base + path, agent, "POST"), agents))
    assert statuses == repeats == [204] * READERS
    assert Article.objects.get(pk=article.pk).views == READERS
