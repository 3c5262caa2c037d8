"""An applicant makes mistakes, fixes them and is thanked; a coordinator then finds the application in admin."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from tests.volunteers.helpers import make_coordinator, years_ago
from volunteers.models import Application

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def kk(message):
    with translation.override("kk"):
        return gettext(message)


def focused_id(page):
    return page.evaluate("document.activeElement && document.activeElement.id")


def test_an_applicant_fixes_their_mistakes_and_a_coordinator_finds_the_application(live_server, page, directions):
    make_coordinator("astana", regions=["astana"], password="Coordinator-2026!")
    page.goto(live_server.url + "/kk/volunteer/")

    # First try: a name with digits, a minor choosing emergencies without a guardian, a short phone, no consent.
    page.fill("#id_full_name", "Айгерім 2")
    page.fill("#id_birth_date", years_ago(16).isoformat())
    page.fill("#id_phone", "8 701 12")
    page.select_option("#id_region", "astana")
    page.check(f"input[name=directions][value='{directions['emergencies'].pk}']")
    page.fill("#id_about", "Мектепте волонтер болдым.")
    with page.expect_navigation():
        page.click("button[type=submit]")

    summary = page.locator("[data-error-summary]")
    assert summary.is_visible()
    assert summary.locator("li").count() == 5
    assert focused_id(page) == "id_full_name"  # the keyboard is on the first mistake
    assert kk("Enter your name in letters; hyphens and apostrophes are allowed.") in page.inner_text(
        "#id_full_name_error"
    )
    assert page.input_value("#id_phone") == "8 701 12"  # nothing typed is lost
    assert page.input_value("#id_about") == "Мектепте волонтер болдым."
    assert page.is_checked(f"input[name=directions][value='{directions['emergencies'].pk}']")
    assert page.get_attribute("#id_phone", "aria-invalid") == "true"

    # The summary's links take the keyboard to the field.
    summary.locator("a[href='#id_phone']").click()
    assert focused_id(page) == "id_phone"

    # Second try: everything fixed.
    page.fill("#id_full_name", "Айгерім Серікқызы")
    page.fill("#id_phone", "8 701 123 45 67")
    page.check("#id_guardian_consent")
    page.uncheck(f"input[name=directions][value='{directions['emergencies'].pk}']")
    page.check(f"input[name=directions][value='{directions['environment'].pk}']")
    page.check("#id_consent")
    page.click("button[type=submit]")

    page.wait_for_url("**/kk/volunteer/thanks/**")
    assert page.inner_text("h1") == "Рақмет! Өтінішіңіз жіберілді."
    application = Application.objects.get()
    assert application.reference in page.inner_text(".reference__number")
    assert application.phone == "+77011234567"

    # The coordinator of Astana logs in and finds it.
    page.goto(live_server.url + reverse("admin:index"))
    page.fill("#id_username", "astana")
    page.fill("#id_password", "Coordinator-2026!")
    with page.expect_navigation():
        page.click("input[type=submit]")
    page.goto(live_server.url + reverse("admin:volunteers_application_changelist"))
    page.fill("#searchbar", "8 701 123 45 67")
    with page.expect_navigation():
        page.press("#searchbar", "Enter")
    row = page.locator("#result_list tbody tr")
    assert row.count() == 1
    assert application.reference in row.inner_text()
    with page.expect_navigation():
        row.locator(f"a:has-text('{application.reference}')").click()
    assert "Айгерім Серікқызы" in page.inner_text("#content")


def test_the_form_works_without_javascript(live_server, chromium, directions):
    from tests.browser.conftest import PHONE_USER_AGENT

    context = chromium.new_context(java_script_enabled=False, user_agent=PHONE_USER_AGENT, locale="ru-RU")
    page = context.new_page()
    page.goto(live_server.url + "/ru/volunteer/")
    page.fill("#id_full_name", "Наталья Ёлкина")
    page.fill("#id_birth_date", years_ago(30).isoformat())
    page.fill("#id_phone", "+7 (701) 765-43-21")
    page.select_option("#id_region", "almaty-city")
    page.check(f"input[name=directions][value='{directions['animals'].pk}']")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.locator("[data-error-summary]").is_visible()  # consent missing
    page.check("#id_consent")
    page.click("button[type=submit]")
    page.wait_for_url("**/ru/volunteer/thanks/**")
    assert Application.objects.get().language == "ru"
    context.close()
