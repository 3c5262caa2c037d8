"""A production-like copy of the site for benchmarks, audits and screenshots: own database, gunicorn, 127.0.0.1."""

import contextlib
import functools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(tempfile.gettempdir()) / "birgemiz-bench"
PG_DIR = WORK / "postgresql"  # kept between runs for --reuse
POSTGRES = contextlib.ExitStack()  # the server of postgres_server_url(), stopped by stop_postgres()
WORKERS = 3


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, env, **kwargs):
    return subprocess.run(command, cwd=ROOT, env=env, check=True, **kwargs)


def manage(env, *arguments):
    return run([sys.executable, "manage.py", *arguments], env, capture_output=True, text=True).stdout


@functools.cache
def postgres_server_url():
    """The URL of the bench's own PostgreSQL server, started on first use (the tests' helper, files in PG_DIR)."""
    sys.path.insert(0, str(ROOT))
    from tests.servers import postgres_server

    url, _start, _stop = POSTGRES.enter_context(postgres_server(PG_DIR))
    return url


def postgres_url(name, keep=False):
    """A database on the bench's PostgreSQL server: fresh, or with `keep` the existing one if there is one.
    Returns its URL and whether it was kept."""
    base = postgres_server_url()
    url = base.rsplit("/", 1)[0] + "/" + name
    exists = f"SELECT 1 FROM pg_database WHERE datname = '{name}'"
    if keep and run(["psql", base, "-tAc", exists], os.environ, capture_output=True, text=True).stdout.strip():
        return url, True
    run(["psql", base, "-qc", f"DROP DATABASE IF EXISTS {name}"], os.environ, capture_output=True)
    run(["psql", base, "-qc", f"CREATE DATABASE {name}"], os.environ, capture_output=True)
    return url, False


def stop_postgres():
    POSTGRES.close()
    postgres_server_url.cache_clear()


def prepare(database="sqlite", extra_articles=0, name="demo", reuse=False):
    """A fresh database with the demo content and `extra_articles` generated ones; returns the serving environment.

    With `reuse`, a database this function made before with the same content is kept (generating 100 000 articles
    takes minutes); only its caches are emptied. It still holds what earlier runs wrote: views and applications.
    """
    WORK.mkdir(parents=True, exist_ok=True)
    ready = WORK / f"{database}-{name}.ready"
    reused = reuse and ready.exists() and ready.read_text() == str(extra_articles)
    ready.unlink(missing_ok=True)
    if database == "sqlite":
        path = WORK / f"sqlite-{name}" / "db.sqlite3"
        reused = reused and path.exists()
        if not reused:
            shutil.rmtree(path.parent, ignore_errors=True)
            path.parent.mkdir(parents=True)
        url = f"sqlite:///{path}"
    else:
        url, reused = postgres_url(f"bench_{name}", keep=reused)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "0",
        "DJANGO_SECRET_KEY": "benchmark-only-secret-key-not-used-anywhere-else-0123456789",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(WORK / "static"),
        "MEDIA_ROOT": str(WORK / "media"),
        "GUNICORN_WORKERS": str(WORKERS),
        # The form benchmark sends each application from another address through one (pretend) proxy, so that it
        # measures the rate-limited path as many applicants take it, not one client being refused.
        "DJANGO_TRUSTED_PROXY_COUNT": "1",
    }
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    if reused:
        manage(env, "shell", "-c", "from django.core.cache import cache; cache.clear()")
    else:
        manage(env, "seed_demo")
        if extra_articles:
            run([sys.executable, "bench/generate_articles.py", str(extra_articles)], env, capture_output=True)
    if database == "postgresql":
        # Otherwise autovacuum and the checkpoint after loading 100 000 rows run during the first minutes of
        # measurement (seen in the server's log), on the same two cores.
        run(["psql", url, "-qc", "VACUUM ANALYZE"], os.environ, capture_output=True)
        run(["psql", url, "-qc", "CHECKPOINT"], os.environ, capture_output=True)
    ready.write_text(str(extra_articles))
    return env


@contextlib.contextmanager
def gunicorn(env, application="portal.wsgi", ready="/healthz"):
    """Serve with portal/gunicorn.conf.py on a free port; yields the base URL, stops the server by its pid."""
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    command = [sys.executable, "-m", "gunicorn", "-c", "portal/gunicorn.conf.py", application]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            with contextlib.suppress(OSError), urllib.request.urlopen(base + ready, timeout=2):
                break
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def first_article_path(base, language="kk"):
    """The newest article that has a cover, as linked from the news list."""
    import re

    with urllib.request.urlopen(f"{base}/{language}/news/") as response:
        html = response.read().decode()
    return re.search(rf'href="(/{language}/news/\d+-[a-z0-9-]+/)"', html).group(1)


def update_section(path, marker, text):
    """Replace the text between <!-- marker --> and <!-- /marker --> in a Markdown file (append if missing)."""
    start, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    content = path.read_text() if path.exists() else ""
    block = f"{start}\n{text.strip()}\n{end}"
    if start in content and end in content:
        content = content[: content.index(start)] + block + content[content.index(end) + len(end) :]
    else:
        content = content.rstrip() + "\n\n" + block + "\n"
    path.write_text(content.lstrip())
