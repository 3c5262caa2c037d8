"""Lighthouse and axe-core on the public pages, in kk, ru and en, in the normal and the low-vision version.

Serves a production-like copy of the site (demo content, gunicorn) on 127.0.0.1, runs Lighthouse (npm package,
Debian's Chromium) on every kind of public page, mobile and desktop, and again on mobile in the low-vision version,
and axe-core (injected with Playwright) at 390 px and 1280 px in the normal version and both low-vision colour
schemes (on phones also with the menu open). Prints the scores and writes them to docs/performance.md. Exits
non-zero when a target is missed: Lighthouse performance ≥ 95 on mobile, accessibility, best practices and SEO 100,
axe 0 violations.

The low-vision version lives in the browser's localStorage (static/js/preferences.js), so Lighthouse runs it in a
Chromium profile whose storage holds the setting (a fresh copy for each run, so that its cache starts cold) and is
told not to clear it.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from site_copy import ROOT, WORK, first_article_path, gunicorn, prepare, update_section

BENCH = Path(__file__).resolve().parent
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
AXE = BENCH / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
STORAGE_KEY = "birgemiz-low-vision"  # static/js/preferences.js
LOW_VISION = {
    "light": {"on": True, "size": 1, "theme": "light"},
    "dark": {"on": True, "size": 2, "theme": "dark", "images": False},
}
LIGHTHOUSE_LOW_VISION = "dark"  # the larger text, the other colours and no images: the furthest from normal


def pages(base):
    for language in ("kk", "ru", "en"):
        yield language, "home", f"/{language}/"
        yield language, "news list", f"/{language}/news/"
        yield language, "article", first_article_path(base, language)
        yield language, "volunteer form", f"/{language}/volunteer/"
        yield language, "about", f"/{language}/about/"
        yield language, "privacy policy", f"/{language}/privacy/"
        yield language, "regional offices", f"/{language}/regions/"
        yield language, "areas of volunteering", f"/{language}/directions/"
        yield language, "area page", f"/{language}/directions/environment/"


def low_vision_profile(base, settings):
    """A Chromium profile whose localStorage for the site holds the low-vision `settings` (set on robots.txt, so that
    no page is in its cache)."""
    from playwright.sync_api import sync_playwright

    profile = WORK / "audit-low-vision-profile"
    shutil.rmtree(profile, ignore_errors=True)
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROME_FLAGS.split()[1:], headless=True
        )
        page = context.new_page()
        page.goto(base + "/robots.txt")
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, json.dumps(settings)])
        context.close()
    return profile


def lighthouse(url, form_factor, profile=None):
    with tempfile.NamedTemporaryFile(suffix=".json") as report, tempfile.TemporaryDirectory() as copy:
        flags = CHROME_FLAGS
        if profile:
            shutil.copytree(profile, copy, dirs_exist_ok=True)
            flags += f" --user-data-dir={copy}"  # after Lighthouse's own, so it is the one Chromium takes
        command = [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report.name}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={flags}",
        ]
        if form_factor == "desktop":
            command.append("--preset=desktop")
        if profile:
            command.append("--disable-storage-reset")  # keep the low-vision setting
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
    """Violations per page, width and version (normal, and each low-vision colour scheme)."""
    from playwright.sync_api import sync_playwright

    script = AXE.read_text()
    modes = {"normal": None, **{f"low vision ({name})": settings for name, settings in LOW_VISION.items()}}
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS.split()[1:])
        for mode, settings in modes.items():
            for width in (390, 1280):
                # bypass_csp: axe is injected as an inline script, which the site's policy rightly forbids.
                context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
                if settings:
                    context.add_init_script(f"localStorage.setItem({STORAGE_KEY!r}, {json.dumps(settings)!r})")
                page = context.new_page()
                for path in paths:
                    page.goto(base + path)
                    results[(path, width, mode)] = run_axe(page, script)
                    if width == 390 and path.count("/") == 2:  # a home page: once more with the phone's menu open
                        page.click(".site-menu__toggle")
                        results[(path + " (menu open)", width, mode)] = run_axe(page, script)
                context.close()
        browser.close()
    return results


def run_axe(page, script):
    page.add_script_tag(content=script)
    return page.evaluate("async () => (await axe.run()).violations.map(v => v.id + ' (' + v.nodes.length + ')')")


def main():
    if not LIGHTHOUSE.exists():
        sys.exit("audit: run `npm ci --prefix bench` first (make audit does)")
    env = prepare("sqlite", name="audit")
    rows, misses = [], []
    with gunicorn(env) as base:
        all_pages = list(pages(base))
        profile = low_vision_profile(base, LOW_VISION[LIGHTHOUSE_LOW_VISION])
        runs = [("normal", "mobile", None), ("normal", "desktop", None), ("low vision", "mobile", profile)]
        for language, name, path in all_pages:
            for mode, form_factor, run_profile in runs:
                scores, failed = lighthouse(base + path, form_factor, run_profile)
                rows.append((language, name, mode, form_factor, scores, failed))
                print(language, name, mode, form_factor, scores, failed, flush=True)
                for category, target in TARGETS.items():
                    if scores[category] < target and (category != "performance" or form_factor == "mobile"):
                        misses.append(
                            f"{language} {name} {mode} {form_factor}: {category} {scores[category]} < {target}"
                        )
        violations = axe(base, [path for _language, _name, path in all_pages])
    for (path, width, mode), found in violations.items():
        if found:
            misses.append(f"axe {path} at {width}px, {mode}: {', '.join(found)}")

    lines = [
        "| language | page | version | device | performance | accessibility | best practices | SEO |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for language, name, mode, form_factor, scores, _failed in rows:
        lines.append(
            f"| {language} | {name} | {mode} | {form_factor} | {scores['performance']} | {scores['accessibility']} | "
            f"{scores['best-practices']} | {scores['seo']} |"
        )
    total = sum(len(found) for found in violations.values())
    report = (
        "Lighthouse 12 (mobile: simulated slow 4G and a mid-range phone; desktop preset) and axe-core 4 at 390 px and "
        "1280 px, on Debian's Chromium. Command: `make audit`. The low-vision version is measured as a reader who "
        "chose it sees it: white on black, the larger text, images hidden (Lighthouse, mobile); axe also checks it in "
        "black on white, and the phone's menu open.\n\n" + "\n".join(lines) + "\n\n"
        f"axe-core: {total} violations on {len(violations)} page views "
        f"({len(all_pages)} pages, 390 and 1280 px, normal and two low-vision colour schemes, the menu open on phones)."
        + ("" if not misses else "\n\nMissed targets:\n" + "\n".join(f"- {miss}" for miss in misses))
    )
    update_section(ROOT / "docs" / "performance.md", "audit", report)
    print(report)
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
