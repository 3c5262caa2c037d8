"""Full-page screenshots of every public page at 390 px and 1280 px into docs/screenshots/: `make screenshots`."""

import os

from playwright.sync_api import sync_playwright
from site_copy import ROOT, first_article_path, gunicorn, prepare

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
OUTPUT = ROOT / "docs" / "screenshots"


def main():
    env = prepare("sqlite", name="screenshots")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with gunicorn(env) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        pages = {
            "home": "/kk/",
            "news-list": "/ru/news/",
            "article": first_article_path(base, "en"),
            "volunteer-form": "/kk/volunteer/",
            "volunteer-status": "/ru/volunteer/status/",
            "not-found": "/en/no-such-page/",
        }
        for width in (390, 1280):
            context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
            page = context.new_page()
            for name, path in pages.items():
                page.goto(base + path, wait_until="networkidle")
                target = OUTPUT / f"{name}-{width}.png"
                page.screenshot(path=target, full_page=True)
                print(target.relative_to(ROOT))
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
