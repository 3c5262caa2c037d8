"""Many applicants at once against real servers: nothing lost, duplicates flagged, limits shared between processes.

Runs on SQLite and on PostgreSQL (CI sets DATABASE_URL), with Django's live server (threads) and with gunicorn
(several worker processes, and two separate servers sharing one database cache).
"""

import re
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import mail
from django.db import connection
from django_tasks_db.models import DBTaskResult

from tests.servers import gunicorn
from tests.volunteers.helpers import form_data, make_coordinator, run_worker
from volunteers.models import Application, Notification

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]

APPLICANTS = 50
PARALLEL = 25


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


class Visitor:
    """A browser: opens the form once (CSRF cookie and token), then posts it, possibly to several servers."""

    def __init__(self, base, language="kk"):
        with urllib.request.urlopen(f"{base}/{language}/volunteer/", timeout=30) as response:
            html = response.read().decode()
            cookie = response.headers["Set-Cookie"]
        self.token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        self.cookie = re.search(r"csrftoken=([^;]+)", cookie).group(1)
        self.language = language

    def apply(self, base, data):
        """The status code and the page of one POST of the form."""
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self.token}, doseq=True).encode()
        request = urllib.request.Request(
            f"{base}/{self.language}/volunteer/", data=body, headers={"Cookie": f"csrftoken={self.cookie}"}
        )
        try:
            with OPENER.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


def applicants(directions, count):
    return [
        form_data(directions, phone=f"8 701 {number:03d} 00 00", full_name=f"Ерікті Нөмір {'І' * (number % 5 + 1)}")
        for number in range(count)
    ]


def submit_all(base, directions, count=APPLICANTS, **changes):
    visitor = Visitor(base)
    forms = applicants(directions, count) if not changes else [form_data(directions, **changes)] * count
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        started = time.monotonic()
        answers = list(pool.map(lambda data: visitor.apply(base, data), forms))
        elapsed = time.monotonic() - started
    print(f"\n{connection.vendor}: {count} applications at once to {base} in {elapsed:.2f}s")
    return [status for status, _page in answers]


def assert_everything_stored_and_queued(count):
    assert Application.objects.count() == count
    assert Application.objects.values("reference").distinct().count() == count
    # Every application got its confirmation and its coordinator's email, each queued once.
    assert Notification.objects.count() == 2 * count
    assert DBTaskResult.objects.count() == 2 * count
    run_worker()
    assert Notification.objects.filter(status=Notification.Status.SENT).count() == 2 * count
    assert len(mail.outbox) == 2 * count


def test_fifty_applications_at_once_to_the_live_server_are_all_stored(live_server, directions):
    make_coordinator("astana", regions=["astana"])
    statuses = submit_all(live_server.url, directions)
    assert statuses == [303] * APPLICANTS, f"{connection.vendor}: {statuses}"
    assert_everything_stored_and_queued(APPLICANTS)


def test_fifty_applications_at_once_to_gunicorn_workers_are_all_stored(directions):
    make_coordinator("astana", regions=["astana"])
    with gunicorn(workers=3, DJANGO_VOLUNTEERS_APPLY_RATE="1000/600") as base:
        statuses = submit_all(base, directions)
    assert statuses == [303] * APPLICANTS, f"{connection.vendor}: {statuses}"
    assert_everything_stored_and_queued(APPLICANTS)


def test_the_same_phone_at_once_is_stored_every_time_and_flagged_against_the_first(live_server, directions):
    statuses = submit_all(live_server.url, directions, count=12, phone="8 701 555 55 55")
    assert statuses == [303] * 12
    first, *repeats = Application.objects.order_by("submitted_at", "pk")
    assert len(repeats) == 11
    assert first.duplicate_of is None
    assert {application.duplicate_of_id for application in repeats} == {first.pk}


def test_the_rate_limit_holds_across_two_server_processes(directions):
    rate = "3/3600"
    data = applicants(directions, 5)
    with (
        gunicorn(workers=2, DJANGO_VOLUNTEERS_APPLY_RATE=rate) as first,
        gunicorn(workers=2, DJANGO_VOLUNTEERS_APPLY_RATE=rate) as second,
    ):
        visitor = Visitor(first, language="ru")
        answers = [
            visitor.apply(first, data[0]),
            visitor.apply(second, data[1]),
            visitor.apply(first, data[2]),
            visitor.apply(second, data[3]),  # the fourth, whichever server gets it
            visitor.apply(first, data[4]),
        ]
    assert [status for status, _page in answers] == [303, 303, 303, 429, 429]
    assert Application.objects.count() == 3
    limited = answers[3][1]
    assert 'value="8 701 003 00 00"' in limited  # what was typed is kept
    assert '<html lang="ru">' in limited
    assert 'id="rate-limit"' in limited
