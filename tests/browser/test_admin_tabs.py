"""Every translated model's admin form shows one tab per language (portal.admin.TabbedAdmin), served by us: no
request leaves the site and the console stays clean."""

import pytest
from django.contrib.auth import get_user_model

from tests.browser.admin_crawl import PASSWORD, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FORMS = [
    ("/admin/volunteers/direction/add/", "name"),
    ("/admin/news/category/add/", "name"),
    ("/admin/news/article/add/", "title"),
]


@pytest.mark.parametrize(("path", "field"), FORMS)
def test_each_translated_form_has_working_language_tabs(live_server, chromium, path, field):
    get_user_model().objects.create_superuser("әкімші", "akimshi@birgemiz.kz", PASSWORD)
    context = chromium.new_context(locale="kk-KZ", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    elsewhere, problems = [], []
    page.on(
        "request", lambda request: None if request.url.startswith(live_server.url) else elsewhere.append(request.url)
    )
    page.on("console", lambda message: problems.append(message) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(error))
    sign_in(page, live_server.url, "әкімші", PASSWORD)

    page.goto(live_server.url + path)
    page.wait_for_load_state("networkidle")
    kk, ru = page.locator(f"#tab_id_{field}_kk"), page.locator(f"#tab_id_{field}_ru")
    assert kk.is_visible()
    assert not ru.is_visible()
    page.locator(f"a[href='#tab_id_{field}_ru']").click()
    assert ru.is_visible()
    assert not kk.is_visible()
    assert page.locator(f"a[href='#tab_id_{field}_ru']").get_attribute("aria-selected") == "true"
    page.select_option("#modeltranslation-main-switch", "2")  # every field group at once, to English
    assert page.locator(f"#tab_id_{field}_en").is_visible()
    context.close()
    assert elsewhere == []
    # The admin asks for /favicon.ico, which may be missing (not this test's concern).
    assert [
        getattr(p, "text", str(p))
        for p in problems
        if not getattr(p, "location", {}).get("url", "").endswith("/favicon.ico")
    ] == []
