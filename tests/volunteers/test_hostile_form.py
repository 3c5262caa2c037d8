"""Hostile submissions of the application form: a clear form error or a 400, nothing stored, nothing reflected raw."""

import pytest
from django.test import Client

from tests.factories import localized
from tests.volunteers.helpers import form_data
from volunteers.models import Application

pytestmark = pytest.mark.django_db
SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def url():
    return localized("volunteers:apply", "ru")


@pytest.mark.parametrize(
    "changes",
    [
        {"full_name": "Айгерім\x00Нұрланқызы"},
        {"full_name": "А" * 151},
        {"full_name": "А" * 100_000},
        {"full_name": SCRIPT},
        {"full_name": "'; DROP TABLE volunteers_application; --"},
        {"phone": "+7 701 123 45 67" + "0" * 50},
        {"phone": "javascript:alert(1)"},
        {"phone": "\x00"},
        {"email": "a@b@c"},
        {"email": f"{SCRIPT}@example.kz"},
        {"region": "mars"},
        {"region": ""},
        {"directions": ["999999"]},
        {"directions": ["abc"]},
        {"directions": ["-1"]},
        {"directions": ["9223372036854775808"]},
        {"directions": ["١٢"]},
        {"languages": ["klingon"]},
        {"availability": ["always"]},
        {"birth_date": "2026-02-30"},
        {"birth_date": "9999-12-31"},
        {"birth_date": "1900-01-01"},
        {"birth_date": "0000-00-00"},
        {"birth_date": "../../etc/passwd"},
        {"about": "я" * 2001},
        {"consent": None},
        {"city": "Б" * 101},
    ],
)
def test_bad_fields_get_a_form_error_and_nothing_is_stored(client, directions, url, changes):
    response = client.post(url, form_data(directions, **changes))
    assert response.status_code == 200
    assert response.context["form"].errors
    assert Application.objects.count() == 0
    assert SCRIPT not in response.text


def test_broken_utf8_is_an_error_not_a_crash(directions, url):
    client = Client(enforce_csrf_checks=False)
    body = b"full_name=%FF%FE%FD&phone=8701%E0%A4&consent=on"
    response = client.post(url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code in {200, 400}
    assert Application.objects.count() == 0


def test_an_oversized_body_is_refused(client, directions, url):
    response = client.post(url, {**form_data(directions), "about": "x" * (3 * 1024 * 1024)})
    assert response.status_code == 400
    assert Application.objects.count() == 0


def test_too_many_fields_are_refused(client, directions, url):
    data = {**form_data(directions), **{f"field{number}": "x" for number in range(1200)}}
    response = client.post(url, data)
    assert response.status_code == 400
    assert Application.objects.count() == 0


def test_json_instead_of_a_form_is_an_error(client, directions, url):
    response = client.post(url, '{"full_name": "Bot"}', content_type="application/json")
    assert response.status_code == 200
    assert response.context["form"].errors
    assert Application.objects.count() == 0


def test_missing_csrf_token_is_refused_and_stores_nothing(directions, url):
    response = Client(enforce_csrf_checks=True).post(url, form_data(directions))
    assert response.status_code == 403
    assert Application.objects.count() == 0
