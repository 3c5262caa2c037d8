"""Every admin page a staff member reaches, in Chromium, reads in their language: no English word of the admin's
vocabulary (the English messages of Django, the admin, auth, axes, the task queue and the rich-text editor) is left
on any screen, including the text that JavaScript makes (calendar, clock, filters, editor dialogs)."""

import re

import pytest

from tests.browser.admin_crawl import (
    PASSWORD,
    USER_AGENT,
    crawl,
    english_words,
    populate,
    read_signed_out_pages,
    sign_in,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LOCALES = {"kk": "kk-KZ", "ru": "ru-RU"}
# Text that only shows once the walk has opened things: the calendar and clock, the editor's link dialog, the
# selection boxes of the user form, the index's recent actions, the note for a browser in another time zone.
OPENED = {
    "kk": ["Бүгін", "Қазір", "Сілтемені өзгерту", "Барлығын таңдау", "Соңғы әрекеттер", "Ескерту: уақытты"],
    "ru": ["Сегодня", "Сейчас", "Изменить ссылку", "Выбрать все", "Последние действия", "Внимание: время"],
}


@pytest.fixture
def office(directions, settings):
    settings.VOLUNTEERS_APPLY_RATE = "1000/600"
    return populate(PASSWORD)


def browser_page(chromium, language):
    context = chromium.new_context(
        locale=LOCALES[language],
        viewport={"width": 1280, "height": 900},
        user_agent=USER_AGENT,
        timezone_id="Europe/Moscow",  # two hours behind the site's Asia/Almaty
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


def english_on(reading):
    """One line per page that shows English words, each with the text around it, for a readable failure."""
    lines = []
    for label, text in reading.pages.items():
        for word in english_words(text):
            where = re.search(rf"(?<![A-Za-z]){word}(?![A-Za-z])", text)
            lines.append(f"{label}: {word!r} in {text[max(where.start() - 40, 0) : where.end() + 40]!r}")
    return "\n".join(lines)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_superuser_reads_every_admin_page_in_their_language(live_server, chromium, office, language):
    context, page = browser_page(chromium, language)
    sign_in(page, live_server.url, "әкімші", PASSWORD)
    reading = crawl(page, live_server.url)
    read_signed_out_pages(page, live_server.url, reading, username="бөгде", wrong_password="қате", lock_out=1)
    read_signed_out_pages(page, live_server.url, reading, username="бөгде", wrong_password="қате", lock_out=5)
    context.close()
    assert len(reading.pages) > 20
    everything = "\n".join(reading.pages.values())
    assert [text for text in OPENED[language] if text not in everything] == []
    assert english_on(reading) == ""
    assert reading.errors == []


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("username", ["редактор", "үйлестіруші"])
def test_editors_and_coordinators_read_their_pages_in_their_language(live_server, chromium, office, language, username):
    context, page = browser_page(chromium, language)
    sign_in(page, live_server.url, username, PASSWORD)
    reading = crawl(page, live_server.url, details=False)
    context.close()
    assert english_on(reading) == ""
    assert reading.errors == []
