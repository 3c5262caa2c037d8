"""A valid application: stored first with its consent record, then 303 to the thank-you page; duplicates flagged."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import localized
from tests.volunteers.helpers import LANGUAGES, form_data, make_application
from volunteers.applications import submit_application
from volunteers.models import Application, Notification, normalize_reference

pytestmark = pytest.mark.django_db

THANK_YOU = {
    "kk": "Рақмет! Өтінішіңіз жіберілді.",
    "ru": "Спасибо! Ваша заявка отправлена.",
    "en": "Thank you! Your application has been sent.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_valid_application_is_stored_and_answered_with_303_and_the_exact_thanks(client, directions, language):
    response = client.post(localized("volunteers:apply", language), form_data(directions))
    assert response.status_code == 303
    application = Application.objects.get()
    assert response["Location"].startswith(f"/{language}/volunteer/thanks/")

    page = client.get(response["Location"])
    assert page.status_code == 200
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page.text, re.S).group(1).strip()
    assert h1 == THANK_YOU[language]
    assert application.reference in page.text
    assert f'<html lang="{language}">' in page.text


def test_the_application_keeps_what_was_sent_and_the_consent_record(client, directions):
    before = timezone.now()
    client.post(localized("volunteers:apply", "ru"), form_data(directions))
    application = Application.objects.get()
    assert application.full_name == "Әлия Нұрланқызы Сейітқали"
    assert application.phone == "+77011234567"
    assert application.region == "astana"
    assert set(application.directions.values_list("slug", flat=True)) == {"environment", "education"}
    assert application.languages == ["kk", "ru"]
    assert application.availability == ["weekends"]
    assert application.status == Application.Status.NEW
    assert application.language == "ru"
    assert application.consent_version == "2026-01"  # the privacy policy in force, which the form linked
    assert application.consent_language == "ru"
    assert before <= application.consent_given_at <= timezone.now()
    assert application.duplicate_of is None
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", application.reference)


def test_nothing_is_sent_during_the_request_only_stored(client, directions, mailoutbox):
    from tests.volunteers.helpers import make_coordinator

    make_coordinator("astana", regions=["astana"])
    client.post(localized("volunteers:apply", "kk"), form_data(directions))
    assert mailoutbox == []
    assert set(Notification.objects.values_list("kind", "status")) == {
        (Notification.Kind.COORDINATOR, Notification.Status.PENDING),
        (Notification.Kind.CONFIRMATION, Notification.Status.PENDING),
    }


def test_the_thank_you_page_cannot_be_forged(client):
    assert client.get("/kk/volunteer/thanks/not-a-signed-reference/").status_code == 404


def test_the_thank_you_page_follows_the_language_switcher(client, directions):
    response = client.post(localized("volunteers:apply", "kk"), form_data(directions))
    html = client.get(response["Location"]).text
    token = response["Location"].split("/")[-2]
    assert f"/ru/volunteer/thanks/{token}/" in html


def test_a_second_application_with_the_same_phone_is_stored_and_flagged(directions):
    first = make_application(directions, phone="8 701 123 45 67")
    second = make_application(directions, phone="+7 (701) 123-45-67", full_name="Әлия Сейітқали")
    third = make_application(directions, phone="87011234567")
    other = make_application(directions, phone="8 777 000 11 22")
    assert Application.objects.count() == 4
    assert first.duplicate_of is None
    assert second.duplicate_of == first
    assert third.duplicate_of == first  # the earliest one, so a coordinator sees the whole chain in one place
    assert other.duplicate_of is None


def test_submit_application_is_the_one_way_in(directions):
    application = submit_application(
        full_name="Ерлан Серікұлы",
        birth_date=timezone.localdate() - timedelta(days=365 * 30),
        phone="+77021112233",
        region="shymkent",
        directions=[directions["events"]],
        language="en",
        consent_version="2026-01",
    )
    assert Application.objects.get() == application
    assert application.consent_language == "en"
    assert not application.notifications.exists()  # no email given, no coordinator for Shymkent yet


@pytest.mark.parametrize("typed", ["k7qx-9mpa", "K7QX 9MPA", " k7qx9mpa "])
def test_reference_numbers_are_read_as_people_type_them(typed):
    assert normalize_reference(typed) == "K7QX-9MPA"
