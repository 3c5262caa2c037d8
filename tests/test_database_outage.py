"""The database goes away and comes back: quick translated 503s meanwhile, and no restart needed afterwards.

Uses a PostgreSQL server of its own (tests.servers.postgres_server), whatever database the rest of the suite runs
on, so that stopping it harms nothing else.
"""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.conf import settings

from tests.servers import gunicorn, postgres_installed, postgres_server, require

pytestmark = pytest.mark.live


@pytest.fixture
def own_postgres():
    require(postgres_installed(), "PostgreSQL is not installed (apt-get install postgresql)")
    with postgres_server() as server:
        yield server


def fetch(url):
    """Status code and seconds taken."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            status, body = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read().decode()
    return status, time.monotonic() - started, body


def test_pages_answer_503_while_the_database_is_down_and_recover_without_restart(own_postgres):
    url, start, stop = own_postgres
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "0", "DJANGO_HTTPS": "0"}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"], cwd=settings.BASE_DIR, env=env, check=True
    )

    # Addresses the page cache has never seen: a page cached before the outage may rightly still be served from it.
    paths = ["/kk/news/?outage=1", "/ru/volunteer/", "/healthz"]
    with gunicorn(workers=2, DATABASE_URL=url) as base:
        assert fetch(base + "/kk/news/?before=1")[0] == 200

        stop()
        for path in paths:
            status, seconds, body = fetch(base + path)
            assert status == 503, path
            assert seconds < 5, f"{path} took {seconds:.1f}s"
            assert "Traceback" not in body and "OperationalError" not in body
        assert "Временно недоступно" in fetch(base + "/ru/volunteer/")[2]

        start()
        assert [fetch(base + path.replace("outage", "after"))[0] for path in paths] == [200, 200, 200]
