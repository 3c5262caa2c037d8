"""What only a browser shows: the language switcher, the view beacon, the phone layout."""

import time

import pytest

from news.models import Article
from tests.factories import localized, make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def views_after(article, expected, timeout=5.0):
    """The article's counter once it reaches `expected`, or its value when the time is up."""
    deadline = time.monotonic() + timeout
    while (views := Article.objects.get(pk=article.pk).views) != expected and time.monotonic() < deadline:
        time.sleep(0.1)
    return views


def test_switching_language_on_an_article_lands_on_the_same_article(live_server, page):
    article = make_article(title_kk="Еріктілер саябақты тазалады", title_ru="Волонтёры убрали парк")
    page.goto(live_server.url + localized(article))
    assert page.locator("h1").inner_text() == "Еріктілер саябақты тазалады"
    page.click(".site-menu__toggle")  # on a phone the switcher is in the menu
    page.locator(".language-switcher a[hreflang=ru]").click()
    page.wait_for_url(f"**/ru/news/{article.pk}-{article.slug}/")
    assert page.locator("h1").inner_text() == "Волонтёры убрали парк"
    assert page.locator("html").get_attribute("lang") == "ru"
    # The choice is remembered: the bare address now opens the Russian site.
    page.goto(live_server.url + "/")
    assert page.url == live_server.url + "/ru/"


def test_opening_an_article_counts_one_view_and_a_reload_does_not(live_server, page):
    article = make_article()
    page.goto(live_server.url + localized(article))
    assert views_after(article, 1) == 1
    page.reload()
    page.goto(live_server.url + "/kk/")
    page.go_back()
    assert views_after(article, 2, timeout=2) == 1


def test_a_reader_without_javascript_is_counted_by_the_image(live_server, chromium):
    from tests.browser.conftest import PHONE_USER_AGENT

    article = make_article()
    context = chromium.new_context(java_script_enabled=False, user_agent=PHONE_USER_AGENT)
    context.new_page().goto(live_server.url + localized(article))
    assert views_after(article, 1) == 1
    context.close()


LARGEST_LOW_VISION = '{"on": true, "size": 3, "theme": "dark"}'


@pytest.mark.parametrize(("width", "low_vision"), [(320, False), (390, False), (320, True)])
def test_pages_fit_a_phone_screen(live_server, page, width, low_vision):
    article = make_article(
        title_kk="Халықаралық еріктілер жылы: өңірлердегі еріктілер орталықтарының жаңа бағдарламалары", days_ago=2
    )
    make_article(days_ago=3)
    page.set_viewport_size({"width": width, "height": 800})
    if low_vision:  # the largest text of the low-vision version still fits, wrapping rather than scrolling sideways
        page.add_init_script(f"localStorage.setItem('birgemiz-low-vision', '{LARGEST_LOW_VISION}')")
    for path in ["/kk/", "/kk/news/", localized(article), "/kk/volunteer/", "/kk/regions/", "/kk/directions/",
                 "/kk/directions/environment/", "/kk/privacy/", "/kk/about/"]:  # fmt: skip
        page.goto(live_server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} is {overflow}px wider than a {width}px screen"
