"""What only a browser shows on the public pages: the phone header's menu, the low-vision version kept across pages,
the form opened from an area of volunteering, and the guardian's checkbox with and without JavaScript."""

import pytest

from tests.browser.conftest import PHONE_USER_AGENT
from tests.volunteers.helpers import years_ago

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def box_of(page, direction):
    return page.locator(f"input[name=directions][value='{direction.pk}']")


# --- The header on a phone ----------------------------------------------------------------------------------------


def test_the_phone_header_is_one_row_with_a_menu(live_server, page):
    page.goto(live_server.url + "/kk/")
    header = page.locator(".site-header__inner").bounding_box()
    assert header["height"] <= 72  # one row, not three
    news = page.locator(".site-nav a[href='/kk/news/']")
    assert not news.is_visible()
    assert page.locator(".site-header__cta").is_visible()
    page.click(".site-menu__toggle")
    assert news.is_visible()
    assert page.locator(".language-switcher a[hreflang=ru]").is_visible()
    page.keyboard.press("Escape")  # site.js: Escape closes it and gives the keyboard back to the button
    assert not news.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('site-menu__toggle')")
    page.click(".site-menu__toggle")
    news.click()
    page.wait_for_url("**/kk/news/")


def test_the_menu_opens_without_javascript(live_server, chromium):
    context = chromium.new_context(
        java_script_enabled=False, user_agent=PHONE_USER_AGENT, viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    page.goto(live_server.url + "/ru/")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".lv-toggle").is_visible()  # it needs JavaScript: not offered without it
    page.click(".site-menu__toggle")
    page.click(".site-nav a[href='/ru/regions/']")
    page.wait_for_url("**/ru/regions/")
    context.close()


def test_on_a_wide_screen_the_menu_stands_in_the_header(live_server, page, directions):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/en/")
    assert not page.locator(".site-menu__toggle").is_visible()
    assert page.locator(".site-nav a[href='/en/directions/']").is_visible()
    assert page.locator(".site-header__inner").bounding_box()["height"] <= 80
    tiles = [tile.bounding_box() for tile in page.locator(".tile").all()[:2]]
    assert tiles[0]["y"] == tiles[1]["y"]  # the areas side by side, two to a row
    page.click(".site-nav a[href='/en/about/']")
    page.wait_for_url("**/en/about/")


# --- The low-vision version ---------------------------------------------------------------------------------------


def html_classes(page):
    return page.evaluate("document.documentElement.className").split()


def test_the_low_vision_version_is_kept_from_page_to_page_without_a_cookie(live_server, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/kk/")
    font_size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    # By keyboard, as some low-vision readers use it: to the toggle, then Enter.
    page.focus("[data-lv-toggle]")
    page.keyboard.press("Enter")
    assert "lv" in html_classes(page)
    assert page.get_attribute("[data-lv-toggle]", "aria-pressed") == "true"
    assert page.locator("[data-lv-panel]").is_visible()
    assert page.evaluate("document.activeElement.dataset.lvSize") == "1"  # the keyboard is on the settings
    page.click("[data-lv-size='3']")
    page.click("[data-lv-theme='dark']")
    page.click("[data-lv-images]")
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= font_size * 1.8
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"

    # Another page, and a reload: applied before the first paint (the class is there when the body starts).
    page.goto(live_server.url + "/kk/news/")
    assert {"lv", "lv-size-3", "lv-dark", "lv-no-images"} <= set(html_classes(page))
    page.reload()
    assert page.get_attribute("[data-lv-size='3']", "aria-pressed") == "true"
    assert page.get_attribute("[data-lv-images]", "aria-pressed") == "false"
    assert page.context.cookies() == []  # kept in the browser: every reader is sent the same page

    # Back to the normal version, kept as well.
    page.click("[data-lv-off]")
    assert "lv" not in html_classes(page)
    page.reload()
    assert "lv" not in html_classes(page)
    assert not page.locator("[data-lv-panel]").is_visible()


def test_hidden_images_leave_their_place_empty(live_server, page):
    from tests.factories import make_article, make_image, make_upload

    article = make_article(cover_alt_kk="Сурет")
    article.cover = make_upload("cover.jpg", make_image(800, 450))
    article.save()
    page.add_init_script("localStorage.setItem('birgemiz-low-vision', JSON.stringify({on: true, images: false}))")
    page.goto(live_server.url + "/kk/")
    assert page.locator(".card").first.is_visible()
    assert not page.locator(".card img").first.is_visible()


# --- The form -----------------------------------------------------------------------------------------------------


def test_the_form_opened_from_an_area_has_it_ticked(live_server, page, directions):
    page.goto(live_server.url + "/kk/directions/health/")
    page.click(".cta-box a.button")
    page.wait_for_url("**/kk/volunteer/?direction=health")
    assert box_of(page, directions["health"]).is_checked()
    assert not box_of(page, directions["environment"]).is_checked()


def test_the_guardians_box_appears_once_the_date_of_birth_makes_a_minor(live_server, page, directions):
    page.goto(live_server.url + "/kk/volunteer/")
    guardian = page.locator("#id_guardian_consent")
    assert not guardian.is_visible()
    page.fill("#id_birth_date", years_ago(16).isoformat())
    assert guardian.is_visible()
    page.fill("#id_birth_date", years_ago(30).isoformat())
    assert not guardian.is_visible()
    page.fill("#id_birth_date", years_ago(18, days=-1).isoformat())  # 18 tomorrow: still a minor today
    assert guardian.is_visible()


def test_without_javascript_the_box_is_shown_and_the_server_still_asks_minors(live_server, chromium, directions):
    context = chromium.new_context(java_script_enabled=False, user_agent=PHONE_USER_AGENT)
    page = context.new_page()
    page.goto(live_server.url + "/en/volunteer/")
    guardian = page.locator("#id_guardian_consent")
    assert guardian.is_visible()  # nobody knows the age yet: shown, marked "only for applicants under 18"

    page.fill("#id_full_name", "Aigerim Serikkyzy")
    page.fill("#id_birth_date", years_ago(30).isoformat())
    page.click("button[type=submit]")  # other fields missing: the form comes back
    assert not guardian.is_visible()  # an adult: not asked

    page.fill("#id_birth_date", years_ago(16).isoformat())
    page.click("button[type=submit]")
    assert guardian.is_visible()
    assert "Applicants under 18 need the consent" in page.inner_text("#id_guardian_consent_error")
    context.close()


def test_pagination_arrows_stand_apart_from_their_words(live_server, page):
    from news.views import LIST_PAGE_SIZE
    from tests.factories import make_article

    for days in range(LIST_PAGE_SIZE + 1):
        make_article(days_ago=days + 1)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/en/news/?page=2")
    gap = page.evaluate(
        """() => {
            const link = document.querySelector('.pagination__link[rel=prev]');
            const arrow = link.querySelector('[aria-hidden]').getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(link.lastChild);
            return range.getBoundingClientRect().left - arrow.right;
        }"""
    )
    assert gap >= 6  # px: the arrow and "Newer" do not touch
    assert page.locator(".card").count() == 1
    card = page.locator(".card").bounding_box()
    assert card["width"] > 1100  # the last page's lone card takes the whole row of the three-column grid
