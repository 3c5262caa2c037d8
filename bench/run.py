"""Throughput and latency of the portal's pages, as ratios to a minimal view measured in the same run.

    make bench                                   # SQLite and PostgreSQL, 1 000 and 100 000 articles
    .venv/bin/python bench/run.py --quick        # SQLite, 1 000 articles, short rounds

For each database and size it makes a fresh database with production settings, generates the articles, serves the
site with gunicorn (portal/gunicorn.conf.py, 3 sync workers) on 127.0.0.1 and loads each page with wrk
(16 connections, medians of several rounds). The table goes to stdout and to docs/performance.md.
Needs Debian's wrk and, for PostgreSQL, the postgresql package (.ci/postgres.sh starts a private server).
"""

import argparse
import contextlib
import datetime
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA = Path(__file__).resolve().parent / "lua"
WORK = Path(tempfile.gettempdir()) / "birgemiz-bench"
PG_DIR = WORK / "postgres"
PG_PORT = 54340
CONNECTIONS = 16
WORKERS = 3


def page_list(article_path):
    """(name, path, wrk Lua script or None): the reference first."""
    return [
        ("reference: robots.txt", "/robots.txt", None),
        ("home", "/kk/", None),
        ("news list", "/kk/news/", None),
        ("news list, page 2", "/kk/news/?page=2", None),
        ("article, cached", article_path, None),
        ("article, cache miss", article_path, "cache_miss.lua"),
        ("view recording URL", re.sub(r"/(\d+)-[^/]+/$", r"/\1/seen/", article_path), "seen.lua"),
        ("volunteer form", "/kk/volunteer/", None),
    ]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, env, **kwargs):
    return subprocess.run(command, cwd=ROOT, env=env, check=True, **kwargs)


def manage(env, *arguments):
    return run([sys.executable, "manage.py", *arguments], env, capture_output=True, text=True).stdout


def postgres_url(name):
    url = run(
        ["bash", ".ci/postgres.sh", "start", str(PG_DIR), str(PG_PORT)], os.environ, capture_output=True, text=True
    )
    base = url.stdout.strip()
    run(["psql", base, "-qc", f"DROP DATABASE IF EXISTS {name}"], os.environ, capture_output=True)
    run(["psql", base, "-qc", f"CREATE DATABASE {name}"], os.environ, capture_output=True)
    return base.rsplit("/", 1)[0] + "/" + name


def prepare(database, size):
    """A fresh database with `size` articles; returns the environment that serves it."""
    WORK.mkdir(parents=True, exist_ok=True)
    if database == "sqlite":
        path = WORK / f"sqlite-{size}" / "db.sqlite3"
        shutil.rmtree(path.parent, ignore_errors=True)
        path.parent.mkdir(parents=True)
        url = f"sqlite:///{path}"
    else:
        url = postgres_url(f"bench_{size}")
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
        "VOLUNTEER_RATE_LIMIT": "1000000/60",
    }
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "createcachetable")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "seed_demo")
    manage(env, "generate_articles", str(size - 25))
    return env


@contextlib.contextmanager
def gunicorn(env):
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    command = [sys.executable, "-m", "gunicorn", "-c", "portal/gunicorn.conf.py", "portal.wsgi"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), urllib.request.urlopen(base + "/healthz", timeout=2):
                break
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def first_article_path(base):
    with urllib.request.urlopen(base + "/kk/news/") as response:
        html = response.read().decode()
    return re.search(r'href="(/kk/news/\d+-[a-z0-9-]+/)"', html).group(1)


def wrk(url, seconds, script):
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url]
    if script:
        command[1:1] = ["-s", str(LUA / script)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {p: to_ms(v) for p, v in re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.MULTILINE)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, latency["50"], latency["99"], int(errors.group(1)) if errors else 0


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def measure(base, pages, seconds, rounds):
    results = {}
    for name, path, script in pages:
        wrk(base + path, 1, script)  # warm up: caches, connections, lazy imports
        samples = [wrk(base + path, seconds, script) for _ in range(rounds)]
        results[name] = {
            "rate": statistics.median(s[0] for s in samples),
            "p50": statistics.median(s[1] for s in samples),
            "p99": statistics.median(s[2] for s in samples),
            "errors": sum(s[3] for s in samples),
        }
    return results


def table(all_results):
    lines = [
        "| database | articles | page | requests/s | ratio to reference | p50 ms | p99 ms | non-2xx/3xx |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for (database, size), results in all_results.items():
        reference = next(iter(results.values()))["rate"]
        for name, row in results.items():
            lines.append(
                f"| {database} | {size:,} | {name} | {row['rate']:.0f} | {row['rate'] / reference:.2f} | "
                f"{row['p50']:.1f} | {row['p99']:.1f} | {row['errors']} |"
            )
    return "\n".join(lines)


def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "")
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="SQLite, 1 000 articles, 3-second rounds")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance-bench.md")
    args = parser.parse_args()
    if args.quick:
        args.databases, args.sizes, args.seconds = "sqlite", "1000", 3
    if not shutil.which("wrk"):
        sys.exit("bench: wrk is not installed (apt-get install wrk)")

    all_results = {}
    try:
        for database in args.databases.split(","):
            for size in map(int, args.sizes.split(",")):
                print(f"== {database}, {size:,} articles: preparing", flush=True)
                env = prepare(database, size)
                with gunicorn(env) as base:
                    pages = page_list(first_article_path(base))
                    all_results[(database, size)] = measure(base, pages, args.seconds, args.rounds)
                print(table({(database, size): all_results[(database, size)]}), flush=True)
    finally:
        if PG_DIR.exists():
            subprocess.run(["bash", ".ci/postgres.sh", "stop", str(PG_DIR)], cwd=ROOT, capture_output=True)

    report = (
        f"Measured {datetime.date.today():%Y-%m-%d} on {machine()}; gunicorn with {WORKERS} sync workers, "
        f"wrk with {CONNECTIONS} connections on the same machine, medians of {args.rounds} rounds of "
        f"{args.seconds} s. Command: `python bench/run.py --databases {args.databases} --sizes {args.sizes} "
        f"--seconds {args.seconds} --rounds {args.rounds}`.\n\n{table(all_results)}\n"
    )
    args.output.write_text(report)
    print(f"\nWritten to {args.output}")


if __name__ == "__main__":
    main()
