"""Two app servers on one database and one Redis: the state they share lives outside their processes."""

from concurrent.futures import ThreadPoolExecutor
from itertools import cycle

import pytest
from django.urls import reverse

from news.models import Article
from tests.factories import make_article
from tests.news.test_view_counter_concurrency import fire
from tests.servers import gunicorn, redis_installed, redis_server, require
from tests.volunteers.test_concurrency import Visitor, applicants
from volunteers.models import Application

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def redis_url():
    require(redis_installed(), "redis-server is not installed (apt-get install redis-server)")
    with redis_server() as url:
        yield url


def test_view_counter_holds_across_two_app_servers(redis_url):
    article = make_article()
    path = reverse("news:seen", kwargs={"pk": article.pk})
    readers = [f"Mozilla/5.0 (reader {number}; two servers) Firefox/133.0" for number in range(40)]
    with (
        gunicorn(workers=2, REDIS_URL=redis_url) as first,
        gunicorn(workers=2, REDIS_URL=redis_url) as second,
        ThreadPoolExecutor(max_workers=16) as pool,
    ):
        visits = list(zip(readers, cycle([first, second]), strict=False))
        statuses = list(pool.map(lambda visit: fire(visit[1] + path, visit[0], "POST"), visits))
        # The same readers again, each now on the other server: the de-duplication is shared, so nothing counts.
        revisits = list(zip(readers, cycle([second, first]), strict=False))
        repeats = list(pool.map(lambda visit: fire(visit[1] + path, visit[0], "POST"), revisits))
    assert statuses == repeats == [204] * len(readers)
    assert Article.objects.get(pk=article.pk).views == len(readers)


def test_rate_limit_holds_across_two_app_servers_sharing_redis(redis_url, directions):
    rate = "3/3600"
    data = applicants(directions, 5)
    with (
        gunicorn(workers=2, REDIS_URL=redis_url, DJANGO_VOLUNTEERS_APPLY_RATE=rate) as first,
        gunicorn(workers=2, REDIS_URL=redis_url, DJANGO_VOLUNTEERS_APPLY_RATE=rate) as second,
    ):
        visitor = Visitor(first)
        statuses = [visitor.apply(server, fields)[0] for server, fields in zip(cycle([first, second]), data)]
    assert statuses == [303, 303, 303, 429, 429]
    assert Application.objects.count() == 3
