"""Playwright driving Debian's Chromium (never a downloaded browser) against a live server."""

import importlib
import os
import shutil

import pytest

from tests.servers import require

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# A phone browser's user agent: headless Chromium announces itself as "HeadlessChrome", which the view counter
# rightly ignores as a robot.
PHONE_USER_AGENT = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"
)


@pytest.fixture
def directions():
    """The ten areas of volunteering of the data migration, for browser tests: their transactional database starts
    empty (the project-wide fixture asks for the non-transactional one)."""
    from django.apps import apps

    from volunteers.models import Direction

    if not Direction.objects.exists():
        importlib.import_module("volunteers.migrations.0002_seed_directions").seed_directions(apps, None)
    return {direction.slug: direction for direction in Direction.objects.all()}


@pytest.fixture(scope="package")
def chromium():
    require(shutil.which(CHROMIUM), f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread while the browser is open; the tests' own ORM calls
    # are still synchronous, so Django is told not to refuse them, for as long as the browser runs and no longer.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(user_agent=PHONE_USER_AGENT, viewport={"width": 390, "height": 844}, locale="kk-KZ")
    page = context.new_page()
    yield page
    context.close()
