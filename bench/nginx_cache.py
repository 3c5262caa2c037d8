"""The article page served from nginx's cache, as a ratio to the reference view measured in the same run.

    make bench                                  # bench/run.py calls measure() for each database and size
    .venv/bin/python bench/nginx_cache.py       # alone: SQLite, 1 000 articles, into docs/performance.md

nginx runs the shipped site (deploy/nginx/birgemiz.conf, rendered for local ports by deploy/check/kit.py, with a
throw-away certificate) in front of the benchmark's gunicorn. wrk loads the article over HTTPS through nginx, where
it is a cache hit (checked first), and, in turn, the reference view straight from gunicorn; each ratio is the median
of these paired rounds, as in bench/run.py. nginx serving a static file is measured the same way for comparison.
Needs Debian's nginx, openssl and wrk.
"""

import argparse
import contextlib
import datetime
import os
import re
import statistics
import sys
import tempfile
import urllib.request
from pathlib import Path

from site_copy import ROOT, WORK, WORKERS, first_article_path, gunicorn, prepare, update_section

sys.path.insert(0, str(ROOT / "deploy" / "check"))
import kit  # deploy/check/kit.py renders the shipped nginx site
from web import Client

TARGETS = {"article, nginx cache": 3.0}  # issue 13: at least three times the reference view


@contextlib.contextmanager
def nginx_in_front(base):
    """The shipped nginx site in front of the gunicorn at `base`; yields its https:// base URL."""
    with tempfile.TemporaryDirectory(prefix="bench-nginx-") as folder:
        machine = kit.Machine.create(Path(folder) / "machine")
        machine.app_port = int(base.rsplit(":", 1)[1])
        machine.make_folders()
        # The benchmark's collected static files and uploads (bench/site_copy.py), where the site expects them.
        (machine.app_dir / "var").mkdir(parents=True)
        (machine.app_dir / "var" / "static").symlink_to(WORK / "static")
        machine.path("/var/lib/birgemiz/media").rmdir()
        machine.path("/var/lib/birgemiz/media").symlink_to(WORK / "media")
        machine.render_nginx()
        machine.make_certificate()
        with kit.nginx(machine):
            yield f"https://127.0.0.1:{machine.https_port}", machine


def cache_hit(url, machine):
    client = Client(str(machine.certificate))
    statuses = [client.request("GET", url).header("X-Cache-Status") for _ in range(2)]
    if statuses[-1] != "HIT":
        raise RuntimeError(f"{url} through nginx: {statuses}, not a cache hit")


def static_path(base):
    with urllib.request.urlopen(base + "/kk/") as response:
        html = response.read().decode()
    return re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', html).group(1)


def measure(base, reference_url, wrk, seconds, rounds):
    """{"article, nginx cache": figures, "static file, nginx": figures} for the site at `base` (gunicorn), in
    bench/run.py's format: wrk() is run.py's, and "ratio" is to the reference view at `reference_url`, served
    straight from a gunicorn with the same config."""
    article_path = first_article_path(base)
    pages = {"article, nginx cache": article_path, "static file, nginx": static_path(base)}
    samples = {name: [] for name in pages}
    with nginx_in_front(base) as (front, machine):
        for name, path in pages.items():
            if name.startswith("article"):
                cache_hit(front + path, machine)
            wrk(front + path, 1, None)  # warm up: TLS sessions, nginx's workers
            for _round in range(rounds):
                reference = wrk(reference_url, seconds, None)
                page = wrk(front + path, seconds, None)
                samples[name].append(
                    {**page, "ratio": page["rate"] / reference["rate"], "reference": reference["rate"]}
                )
    return {
        name: {figure: summary(figure, [run[figure] for run in runs]) for figure in runs[0]}
        for name, runs in samples.items()
    }


def table(results):
    lines = [
        "| page | requests/s | ratio to reference | target | p50 ms | p99 ms | non-2xx/3xx |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, row in results.items():
        target = ""
        if name in TARGETS:
            target = f"≥ {TARGETS[name]:.1f} {'met' if row['ratio'] >= TARGETS[name] else 'MISSED'}"
        lines.append(
            f"| {name} | {row['rate']:.0f} | {row['ratio']:.2f} | {target} | {row['p50']:.1f} | {row['p99']:.1f} | "
            f"{row['errors']} |"
        )
    return "\n".join(lines)


def summary(figure, values):
    return sum(values) if figure == "errors" else statistics.median(values)


def main():
    import run  # bench/run.py: its wrk() and table(); imported here only, run.py imports this module

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args()
    environment = prepare("sqlite", extra_articles=1000 - 25, name="1000", reuse=True)
    reference_env = {**os.environ, "GUNICORN_WORKERS": str(WORKERS)}
    with gunicorn(environment) as base, gunicorn(reference_env, run.REFERENCE_APPLICATION, "/") as reference:
        results = measure(base, reference + "/", run.wrk, args.seconds, args.rounds)
    text = table(results)
    print(text)
    report = (
        f"Measured {datetime.date.today():%Y-%m-%d} on {run.machine()}; gunicorn with {WORKERS} sync workers behind "
        f"the nginx of deploy/nginx/birgemiz.conf (HTTPS, wrk with {run.CONNECTIONS} connections on the same "
        f"machine), medians of {args.rounds} paired rounds of {args.seconds} s against the reference view (a fixed "
        f"HttpResponse through startproject's default middleware, bench/reference_site.py) straight from a gunicorn "
        f"with the same config, {results['article, nginx cache']['reference']:.0f} requests/s. "
        f"Command: `python bench/nginx_cache.py`.\n\n{text}\n"
    )
    update_section(args.output, "nginx-cache", report)
    missed = [name for name, target in TARGETS.items() if results[name]["ratio"] < target]
    if missed:
        sys.exit(f"nginx_cache: target missed for {missed}")


if __name__ == "__main__":
    main()
