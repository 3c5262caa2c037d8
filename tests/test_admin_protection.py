"""Staff logins: a wrong password five times locks that account out from that address, in every process."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

LOGIN = f"/{settings.ADMIN_PATH}login/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", password="correct horse battery staple", is_staff=True)


def attempt(client, password, address="203.0.113.5"):
    return client.post(LOGIN, {"username": "editor", "password": password}, REMOTE_ADDR=address)


def test_five_wrong_passwords_lock_the_account_out_from_that_address(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "wrong").status_code == 200  # the login form again, with its error
    locked = attempt(client, "wrong")
    assert locked.status_code == 429
    # Even the right password is refused while locked out.
    assert attempt(client, "correct horse battery staple").status_code == 429


def test_the_lockout_does_not_spread_to_other_addresses(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "wrong")
    response = attempt(client, "correct horse battery staple", address="198.51.100.7")
    assert response.status_code == 302


def test_the_lockout_page_is_translated(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            LOGIN, {"username": "editor", "password": "wrong"}, REMOTE_ADDR="203.0.113.9", HTTP_ACCEPT_LANGUAGE="ru"
        )
    assert response.status_code == 429
    assert "Слишком много запросов" in response.text


def test_the_admin_path_is_configurable(client):
    assert settings.ADMIN_PATH == "admin/"  # the default; DJANGO_ADMIN_PATH moves it
    assert client.get("/admin/").status_code == 302


def test_robots_txt_does_not_tell_where_the_admin_is(client, settings):
    """robots.txt once listed `Disallow: /staff-7f3a/`, the address an operator had chosen to keep unguessable."""
    settings.ADMIN_PATH = "staff-7f3a/"
    assert "staff-7f3a" not in client.get("/robots.txt").text


def test_admin_pages_ask_not_to_be_indexed(client):
    response = client.get(LOGIN)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_staff_sessions_expire():
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_COOKIE_AGE <= 8 * 60 * 60
