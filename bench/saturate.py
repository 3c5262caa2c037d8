"""A minute of more load than the server can take, on SQLite and on PostgreSQL: no 5xx, no lost writes.

    make saturate            # or: .venv/bin/python bench/saturate.py --seconds 60 --databases sqlite,postgresql

48 client threads send a mix of page views (70 %), view beacons from distinct readers at distinct addresses
(20 %) and volunteer applications (10 %) to gunicorn (3 sync workers) for the given time. Afterwards every beacon
answered 204 must be in the view counters and every application answered 303 must be in the database. Prints one
line per database and writes them to docs/performance.md. Exits non-zero on any 5xx or lost write.
"""

import argparse
import http.cookiejar
import random
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from site_copy import ROOT, first_article_path, gunicorn, manage, prepare, stop_postgres, update_section

THREADS = int(__import__("os").environ.get("SATURATE_THREADS", "48"))
PAGES = ["/kk/", "/ru/news/", "/en/news/?page=2", "/kk/volunteer/"]
OPERATORS = ["700", "701", "702", "705", "707", "747", "771", "775", "777", "778"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def status_of(opener, request):
    try:
        with opener.open(request, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return "connection error"


def apply(base):
    """Fetch the form (cookie and token), then send a valid application; returns the answer's status."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    try:
        with opener.open(base + "/kk/volunteer/", timeout=30) as response:
            html = response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return "connection error"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    direction = re.search(r'name="directions" value="(\d+)"', html).group(1)
    phone = f"8 {random.choice(OPERATORS)} {random.randint(1000000, 9999999)}"
    fields = {
        "csrfmiddlewaretoken": token,
        "full_name": "Айгерім Нұрланқызы",
        "birth_date": "1998-05-17",
        "phone": phone,
        "region": "almaty",
        "directions": direction,
        "consent": "on",
    }
    request = urllib.request.Request(
        base + "/kk/volunteer/",
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Referer": base + "/kk/volunteer/"},
    )
    return status_of(opener, request)


def run(base, seconds):
    article = first_article_path(base)
    seen = re.sub(r"/(\d+)-[^/]+/$", r"/\1/seen/", article)
    plain = urllib.request.build_opener(NoRedirect)
    counts = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(number):
        while time.monotonic() < deadline:
            roll = random.random()
            if roll < 0.7:
                kind, status = "page", status_of(plain, base + random.choice([*PAGES, article]))
            elif roll < 0.9:
                agent = f"Mozilla/5.0 (saturation reader {number}-{random.getrandbits(48)}) Firefox/133.0"
                # Each reader from an address of its own (through the benchmark's one trusted proxy): one address may
                # add only so many views of an article (news/view_counter.py), and the rest are not owed a count.
                address = f"10.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}"
                headers = {"Sec-Fetch-Site": "same-origin", "User-Agent": agent, "X-Forwarded-For": address}
                request = urllib.request.Request(base + seen, method="POST", headers=headers)
                kind, status = "beacon", status_of(plain, request)
            else:
                kind, status = "application", apply(base)
            with lock:
                counts[(kind, status)] += 1

    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(client, range(THREADS)))
    return counts, article


def stored(env, article):
    pk = re.search(r"/(\d+)-", article).group(1)
    code = (
        "from news.models import Article; from volunteers.models import Application; "
        f"print(Article.objects.get(pk={pk}).views, Application.objects.count())"
    )
    views, applications = manage(env, "shell", "-c", code).split()[-2:]
    return int(views), int(applications)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    lines, failed = [], False
    try:
        for database in args.databases.split(","):
            env = prepare(database, name="saturate")
            env["DJANGO_VOLUNTEERS_APPLY_RATE"] = "1000000/60"
            with gunicorn(env) as base:
                views_before, _ = stored(env, first_article_path(base))
                counts, article = run(base, args.seconds)
            views_after, applications = stored(env, article)
            total = sum(counts.values())
            errors = sum(n for (kind, status), n in counts.items() if not isinstance(status, int) or status >= 500)
            beacons = counts[("beacon", 204)]
            sent = counts[("application", 303)]
            lost_views = beacons - (views_after - views_before)
            lost_applications = sent - applications
            failed |= bool(errors or lost_views or lost_applications)
            line = (
                f"{database}: {total} requests in {args.seconds} s ({total / args.seconds:.0f}/s) from {THREADS} "
                f"clients; 5xx or connection errors: {errors}; views counted {views_after - views_before} of "
                f"{beacons} accepted (lost {lost_views}); applications stored {applications} of {sent} accepted "
                f"(lost {lost_applications}); answers: {dict(sorted((f'{k} {s}', n) for (k, s), n in counts.items()))}"
            )
            print(line, flush=True)
            lines.append(f"- {line}")
    finally:
        stop_postgres()
    command = f"`python bench/saturate.py --databases {args.databases} --seconds {args.seconds}`"
    update_section(ROOT / "docs" / "performance.md", "saturation", f"Command: {command}\n\n" + "\n".join(lines))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
