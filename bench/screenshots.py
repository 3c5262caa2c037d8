"""Full-page screenshots of every public page at 390 px and 1280 px, and of the Kazakh admin at 1280 px, into
docs/screenshots/: `make screenshots`.

Images that load lazily are loaded first, so that the pictures show the whole page as a reader scrolling it sees it.
The low-vision version is shown once (the home page, white on black with the larger text) from the browser storage
where the site keeps it.
"""

import json
import os
import subprocess
import sys

from playwright.sync_api import sync_playwright
from site_copy import ROOT, first_article_path, gunicorn, prepare

sys.path.insert(0, str(ROOT))
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
OUTPUT = ROOT / "docs" / "screenshots"
LOW_VISION = {"on": True, "size": 2, "theme": "dark"}


def shoot(page, url, target):
    page.goto(url, wait_until="networkidle")
    page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(image => { image.loading = 'eager'; })")
    page.wait_for_load_state("networkidle")
    # Not wait_for_function: it evaluates a string in the page, which the site's Content-Security-Policy forbids.
    page.evaluate("() => Promise.all([...document.images].map(image => image.decode().catch(() => null)))")
    page.screenshot(path=target, full_page=True)
    print(target.relative_to(ROOT))


def main():
    env = prepare("sqlite", name="screenshots")
    add_staff_and_an_application({**env, "DJANGO_SETTINGS_MODULE": "portal.settings", "PYTHONPATH": str(ROOT)})
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with gunicorn(env) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        pages = {
            "home": "/kk/",
            "news-list": "/ru/news/",
            "article": first_article_path(base, "en"),
            "volunteer-form": "/kk/volunteer/",
            "volunteer-status": "/ru/volunteer/status/",
            "areas-of-volunteering": "/ru/directions/",
            "area-page": "/kk/directions/environment/",
            "regional-offices": "/en/regions/",
            "about": "/kk/about/",
            "privacy-policy": "/ru/privacy/",
            "not-found": "/en/no-such-page/",
        }
        for width in (390, 1280):
            context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
            page = context.new_page()
            for name, path in pages.items():
                shoot(page, base + path, OUTPUT / f"{name}-{width}.png")
            context.close()
            context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
            context.add_init_script(
                f"localStorage.setItem('birgemiz-low-vision', {json.dumps(json.dumps(LOW_VISION))})"
            )
            shoot(context.new_page(), base + "/kk/", OUTPUT / f"home-low-vision-{width}.png")
            context.close()
        admin_screenshots(browser, base)
        browser.close()


# The admin as a Kazakh-speaking superuser sees it, with one application to work on (tests/browser/admin_crawl.py
# makes the accounts and data of the admin's language test).
ADMIN_PAGES = {
    "admin-index-kk": "/admin/",
    "admin-article-kk": "/admin/news/article/add/",
    "admin-applications-kk": "/admin/volunteers/application/",
}


def add_staff_and_an_application(env):
    code = "import django; django.setup(); from tests.browser.admin_crawl import PASSWORD, populate; populate(PASSWORD)"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)


def admin_screenshots(browser, base):
    from tests.browser.admin_crawl import PASSWORD, sign_in

    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1, locale="kk-KZ")
    page = context.new_page()
    sign_in(page, base, "әкімші", PASSWORD)
    for name, path in ADMIN_PAGES.items():
        page.goto(base + path, wait_until="networkidle")
        target = OUTPUT / f"{name}-1280.png"
        page.screenshot(path=target, full_page=True)
        print(target.relative_to(ROOT))
    context.close()


if __name__ == "__main__":
    main()
