"""An editor's day, in a real browser: write in Kazakh, translate into Russian, add a photo, publish, check the site."""

import pytest

from news.models import Article
from tests.factories import localized, make_image, make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE_KK = "Еріктілер Өскеменде саябаққа 500 ағаш отырғызды"
TITLE_RU = "Волонтёры посадили 500 деревьев в парке Усть-Каменогорска"
BODY_KK = "Сенбілікке қала тұрғындары мен студенттер қатысты."
BODY_RU = "В субботнике участвовали жители города и студенты."


@pytest.fixture
def desk(chromium):
    """A desktop browser whose owner reads Kazakh."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="kk-KZ")
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    yield page, problems
    context.close()


def switch_language(page, index):
    """modeltranslation's switch above the form: every field group shows the same language tab."""
    page.select_option("#modeltranslation-main-switch", str(index))


def type_into_editor(page, field, text):
    editor = page.locator(f"#tab_id_{field} .ProseMirror[contenteditable=true]")
    editor.click()
    editor.press_sequentially(text)


def test_an_editor_writes_translates_illustrates_and_publishes(live_server, desk, tmp_path):
    page, problems = desk
    make_staff("aigerim", groups=["Editors"], password="secret-pass-123")
    photo = tmp_path / "park.jpg"
    photo.write_bytes(make_image(2000, 1125))

    page.goto(live_server.url + "/admin/login/?next=/admin/news/article/add/")
    page.fill("#id_username", "aigerim")
    page.fill("#id_password", "secret-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/news/article/add/")

    # One tab per language for each translated field; the rich-text editor in each body tab.
    assert page.locator("#tab_id_title_kk").is_visible()
    assert not page.locator("#tab_id_title_ru").is_visible()
    assert page.locator(".ProseMirror[contenteditable=true]").count() == 3

    switch_language(page, 0)
    page.fill("#id_title_kk", TITLE_KK)
    page.fill("#id_lead_kk", "Көктемгі сенбілік.")
    type_into_editor(page, "body_kk", BODY_KK)
    page.fill("#id_cover_alt_kk", "Еріктілер ағаш отырғызып жатыр")

    switch_language(page, 1)
    assert page.locator("#tab_id_title_ru").is_visible()
    page.fill("#id_title_ru", TITLE_RU)
    type_into_editor(page, "body_ru", BODY_RU)

    page.set_input_files("#id_cover", str(photo))
    page.locator(".cover-input__new").wait_for(state="visible", timeout=5000)  # the chosen photo, before upload
    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/news/article/")
    assert page.locator(".messagelist .success").count() == 1

    article = Article.objects.get()
    assert article.body_kk == f"<p>{BODY_KK}</p>"
    assert article.body_ru == f"<p>{BODY_RU}</p>"
    assert len(article.cover_renditions) == 4

    for language, title, body, title_lang in [
        ("kk", TITLE_KK, BODY_KK, None),
        ("ru", TITLE_RU, BODY_RU, None),
        ("en", TITLE_KK, BODY_KK, "kk"),  # nothing in English yet: the Kazakh text, marked as Kazakh
    ]:
        page.goto(live_server.url + localized(article, language))
        heading = page.locator("h1")
        assert heading.inner_text() == title
        assert heading.get_attribute("lang") == title_lang
        assert page.locator(".prose").inner_text() == body
        cover = page.locator(".article__cover img")
        cover.wait_for()
        page.wait_for_function("document.querySelector('.article__cover img').complete")
        assert cover.evaluate("img => img.naturalWidth") > 0
        assert ".webp" in cover.evaluate("img => img.currentSrc")  # a rendition, never the original
    assert problems == []
