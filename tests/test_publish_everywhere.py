"""A publish in the admin reaches the public at once from every worker process of a real gunicorn, although each
worker keeps its own copies of public pages (portal/page_cache.py: the shared content version retires them)."""

import re
import shlex
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar

import pytest
from django.conf import global_settings

from news.models import Article
from tests.factories import localized, make_article, make_staff
from tests.servers import gunicorn

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]

WORKERS = 3
PARALLEL = 2 * WORKERS  # more requests at once than workers: each sync worker takes one, so all of them get work
ROUNDS = 40  # enough rounds of PARALLEL requests to reach every worker several times, however the kernel deals them
NEW_TITLE = "Еріктілер Теміртауда жаңа саябақ ашты"


def public_visit(url, probe):
    """A reader without cookies: the page, whether it came from a worker's cache (Age), and the request's probe."""
    request = urllib.request.Request(url, headers={"X-Probe": str(probe), "Accept-Language": "kk"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return {"probe": probe, "html": response.read().decode(), "kept": response.headers["Age"] is not None}


def served_by(log_path, probes):
    """{probe: worker pid} from gunicorn's access log, whose lines are "<pid> probe status". A worker writes its line
    just after sending the answer, so the last lines may take a moment to arrive."""
    for _attempt in range(100):
        pids = {}
        for line in log_path.read_text().splitlines():
            pid, probe, _status = line.split()
            if probe.isdigit():
                pids[int(probe)] = pid
        if set(probes) <= set(pids):
            return pids
        time.sleep(0.05)
    raise AssertionError(f"gunicorn logged no line for probes {sorted(set(probes) - set(pids))}")


def visit_until_every_worker_answered(url, log_path, first_probe, enough):
    """Read the home page in rounds of parallel requests until each of the workers has answered `enough` times."""
    visits = []
    probes = iter(range(first_probe, first_probe + ROUNDS * PARALLEL))
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        for _round in range(ROUNDS):
            visits += pool.map(lambda probe: public_visit(url, probe), [next(probes) for _ in range(PARALLEL)])
            pids = served_by(log_path, [visit["probe"] for visit in visits])
            answers = defaultdict(list)
            for visit in visits:
                answers[pids[visit["probe"]]].append(visit)
            if len(answers) == WORKERS and all(len(per_worker) >= enough for per_worker in answers.values()):
                return answers
    raise AssertionError(f"{ROUNDS * PARALLEL} requests reached only {len(answers)} of {WORKERS} workers")


class Editor:
    """An editor in a browser: signs in to the admin, then runs a list action."""

    def __init__(self, base, username, password):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        self.opener.addheaders = [("Accept-Language", "en")]
        login = f"{base}/admin/login/?next=/admin/"
        self.post(login, {"username": username, "password": password, "next": "/admin/"}, form_url=login)

    def token(self, url):
        with self.opener.open(url, timeout=30) as response:
            return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.read().decode()).group(1)

    def post(self, url, data, form_url=None):
        body = {**data, "csrfmiddlewaretoken": self.token(form_url or url)}
        with self.opener.open(url, urllib.parse.urlencode(body, doseq=True).encode(), timeout=30) as response:
            return response.status, response.read().decode()


def test_after_a_publish_every_worker_serves_the_new_home_page(tmp_path, settings):
    # The server checks the password with the production hashers, not the tests' fast one.
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    make_article(title_kk="Өткен аптаның жаңалығы")
    draft = make_article(title_kk=NEW_TITLE, status=Article.Status.DRAFT)
    make_staff("aigerim", groups=["Editors"], password="secret-pass-123")
    log_path = tmp_path / "access.log"
    options = f"--access-logfile {shlex.quote(str(log_path))} --access-logformat '%(p)s %({{x-probe}}i)s %(s)s'"

    with gunicorn(workers=WORKERS, GUNICORN_CMD_ARGS=options) as base:
        home = base + localized("home", "kk")
        before = visit_until_every_worker_answered(home, log_path, first_probe=0, enough=2)
        # Each worker now keeps the home page without the draft, and has served it from its own cache.
        for pid, visits in before.items():
            assert not any(NEW_TITLE in visit["html"] for visit in visits), pid
            assert any(visit["kept"] for visit in visits), f"worker {pid} never served its kept page"

        editor = Editor(base, "aigerim", "secret-pass-123")
        status, page = editor.post(
            f"{base}/admin/news/article/", {"action": "publish", "_selected_action": [draft.pk], "index": "0"}
        )
        assert status == 200 and "1 article published." in page

        after = visit_until_every_worker_answered(home, log_path, first_probe=10_000, enough=2)
    counts = [sorted(len(visits) for visits in answers.values()) for answers in (before, after)]
    print(f"\nhome page answers per worker: before {counts[0]}, after {counts[1]}")
    assert set(after) == set(before)  # the same three workers, none restarted
    for pid, visits in after.items():
        assert all(NEW_TITLE in visit["html"] for visit in visits), f"worker {pid} served the old home page"
