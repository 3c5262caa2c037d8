"""Lighthouse and axe-core on the public pages, in kk, ru and en: `make audit`.

Serves a production-like copy of the site (demo content, gunicorn) on 127.0.0.1, runs Lighthouse (npm package,
Debian's Chromium) on home, news list, article and volunteer form, mobile and desktop, and axe-core (injected with
Playwright) at 390 px and 1280 px. Prints the scores and writes them to docs/performance.md. Exits non-zero when a
target is missed: Lighthouse performance ≥ 95 on mobile, accessibility, best practices and SEO 100, axe 0 violations.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from site_copy import ROOT, first_article_path, gunicorn, prepare, update_section

BENCH = Path(__file__).resolve().parent
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
AXE = BENCH / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def pages(base):
    for language in ("kk", "ru", "en"):
        yield language, "home", f"/{language}/"
        yield language, "news list", f"/{language}/news/"
        yield language, "article", first_article_path(base, language)
        yield language, "volunteer form", f"/{language}/volunteer/"


def lighthouse(url, form_factor):
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        command = [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report.name}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROME_FLAGS}",
        ]
        if form_factor == "desktop":
            command.append("--preset=desktop")
        for attempt in range(3):  # Chromium now and then fails to start under load: try again
            finished = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True)
            if finished.returncode == 0:
                break
            if attempt == 2:
                raise RuntimeError(f"lighthouse failed on {url}: {finished.stderr.decode()[-500:]}")
        result = json.loads(Path(report.name).read_text())
    scores = {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}
    failed = [
        audit["id"]
        for audit in result["audits"].values()
        if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") == "binary"
    ]
    return scores, failed


def axe(base, paths):
    """Violations per page and width."""
    from playwright.sync_api import sync_playwright

    script = AXE.read_text()
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS.split()[1:])
        for width in (390, 1280):
            # bypass_csp: axe is injected as an inline script, which the site's policy rightly forbids.
            context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
            page = context.new_page()
            for path in paths:
                page.goto(base + path)
                page.add_script_tag(content=script)
                violations = page.evaluate(
                    "async () => (await axe.run()).violations.map(v => v.id + ' (' + v.nodes.length + ')')"
                )
                results[(path, width)] = violations
            context.close()
        browser.close()
    return results


def main():
    if not LIGHTHOUSE.exists():
        sys.exit("audit: run `npm ci --prefix bench` first (make audit does)")
    env = prepare("sqlite", name="audit")
    rows, misses = [], []
    with gunicorn(env) as base:
        all_pages = list(pages(base))
        for language, name, path in all_pages:
            for form_factor in ("mobile", "desktop"):
                scores, failed = lighthouse(base + path, form_factor)
                rows.append((language, name, form_factor, scores, failed))
                print(language, name, form_factor, scores, failed, flush=True)
                for category, target in TARGETS.items():
                    if scores[category] < target and (category != "performance" or form_factor == "mobile"):
                        misses.append(f"{language} {name} {form_factor}: {category} {scores[category]} < {target}")
        violations = axe(base, [path for _language, _name, path in all_pages])
    for (path, width), found in violations.items():
        if found:
            misses.append(f"axe {path} at {width}px: {', '.join(found)}")

    lines = [
        "| language | page | device | performance | accessibility | best practices | SEO |",
        "|---|---|---|---|---|---|---|",
    ]
    for language, name, form_factor, scores, _failed in rows:
        lines.append(
            f"| {language} | {name} | {form_factor} | {scores['performance']} | {scores['accessibility']} | "
            f"{scores['best-practices']} | {scores['seo']} |"
        )
    total = sum(len(found) for found in violations.values())
    report = (
        "Lighthouse 12 (mobile: simulated slow 4G and a mid-range phone; desktop preset) and axe-core 4 at 390 px and "
        "1280 px, on Debian's Chromium. Command: `make audit`.\n\n" + "\n".join(lines) + "\n\n"
        f"axe-core: {total} violations on {len(violations)} page views."
        + ("" if not misses else "\n\nMissed targets:\n" + "\n".join(f"- {miss}" for miss in misses))
    )
    update_section(ROOT / "docs" / "performance.md", "audit", report)
    print(report)
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
