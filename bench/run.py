"""Throughput and latency of the portal's pages, as ratios to a minimal view measured in the same run.

    make bench                                   # SQLite and PostgreSQL, 1 000 and 100 000 articles
    .venv/bin/python bench/run.py --quick        # SQLite, 1 000 articles, short rounds

For each database and size it makes a fresh database with production settings, generates the articles, serves the
site with gunicorn (portal/gunicorn.conf.py, 3 sync workers) on 127.0.0.1 and loads each page with wrk
(16 connections, medians of several rounds). The table goes to stdout and to docs/performance.md.
Needs Debian's wrk and, for PostgreSQL, the postgresql package (.ci/postgres.sh starts a private server).
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path

from site_copy import ROOT, WORKERS, first_article_path, gunicorn, prepare, stop_postgres, update_section

LUA = Path(__file__).resolve().parent / "lua"
CONNECTIONS = 16


def page_list(article_path):
    """(name, path, wrk Lua script or None): the reference first."""
    return [
        ("reference: robots.txt", "/robots.txt", None),
        ("home, cached", "/kk/", None),
        ("home, cache miss", "/kk/", "cache_miss.lua"),
        ("news list, cached", "/kk/news/", None),
        ("news list, cache miss", "/kk/news/", "cache_miss.lua"),
        ("news list page 2, cache miss", "/kk/news/?page=2", "cache_miss.lua"),
        ("article, cached", article_path, None),
        ("article, cache miss", article_path, "cache_miss.lua"),
        ("view recording URL", re.sub(r"/(\d+)-[^/]+/$", r"/\1/seen/", article_path), "seen.lua"),
        ("volunteer form", "/kk/volunteer/", None),
        ("volunteer form submission", "/kk/volunteer/", "apply.lua"),
    ]


def form_credentials(base):
    """A CSRF cookie and token and a direction id, for apply.lua to send the form many times."""
    with urllib.request.urlopen(base + "/kk/volunteer/") as response:
        html = response.read().decode()
        cookie = re.search(r"csrftoken=([^;]+)", response.headers["Set-Cookie"]).group(1)
    return {
        "BENCH_CSRF_COOKIE": cookie,
        "BENCH_CSRF_TOKEN": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1),
        "BENCH_DIRECTION": re.search(r'name="directions" value="(\d+)"', html).group(1),
    }


def wrk(url, seconds, script, env=None):
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url]
    if script:
        command[1:1] = ["-s", str(LUA / script)]
    output = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {p: to_ms(v) for p, v in re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.MULTILINE)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, latency["50"], latency["99"], int(errors.group(1)) if errors else 0


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def measure(base, pages, seconds, rounds):
    results = {}
    env = {**os.environ, **form_credentials(base)}
    for name, path, script in pages:
        wrk(base + path, 1, script, env)  # warm up: caches, connections, lazy imports
        samples = [wrk(base + path, seconds, script, env) for _ in range(rounds)]
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
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
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
                env = prepare(database, extra_articles=size - 25, name=str(size))
                with gunicorn(env) as base:
                    pages = page_list(first_article_path(base))
                    all_results[(database, size)] = measure(base, pages, args.seconds, args.rounds)
                print(table({(database, size): all_results[(database, size)]}), flush=True)
    finally:
        stop_postgres()

    report = (
        f"Measured {datetime.date.today():%Y-%m-%d} on {machine()}; gunicorn with {WORKERS} sync workers, "
        f"wrk with {CONNECTIONS} connections on the same machine, medians of {args.rounds} rounds of "
        f"{args.seconds} s. Command: `python bench/run.py --databases {args.databases} --sizes {args.sizes} "
        f"--seconds {args.seconds} --rounds {args.rounds}`.\n\n{table(all_results)}\n"
    )
    update_section(args.output, "bench", report)
    print(f"\nWritten to {args.output}")


if __name__ == "__main__":
    main()
