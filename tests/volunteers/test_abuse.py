"""Honeypot, rate limits and CSRF: bots and floods are turned away, people are never left without an answer."""

import pytest
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from tests.factories import localized
from tests.volunteers.helpers import LANGUAGES, form_data
from volunteers.models import Application, Notification

pytestmark = pytest.mark.django_db

LIMITED = (
    "Too many applications have been sent from your connection in a short time. Please wait a few minutes and send "
    "the form again: everything you typed is still here."
)


def test_a_bot_filling_the_honeypot_gets_the_usual_thanks_and_nothing_is_stored(client, directions):
    response = client.post(localized("volunteers:apply", "en"), form_data(directions, website="http://spam.example"))
    assert response.status_code == 303
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Thank you! Your application has been sent." in page.text
    assert not Application.objects.exists()
    assert not Notification.objects.exists()


def test_a_bot_is_answered_even_when_its_data_is_invalid(client, directions):
    response = client.post(localized("volunteers:apply", "kk"), {"website": "x", "full_name": "buy now"})
    assert response.status_code == 303
    assert not Application.objects.exists()


def test_the_honeypot_is_hidden_from_people(client, directions):
    html = client.get(localized("volunteers:apply", "kk")).text
    assert '<div class="hp" aria-hidden="true">' in html
    assert 'name="website" id="id_website" value="" tabindex="-1" autocomplete="off"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_limited_applicant_gets_429_their_language_and_keeps_their_input(client, directions, settings, language):
    settings.VOLUNTEERS_APPLY_RATE = "2/600"
    url = localized("volunteers:apply", language)
    assert client.post(url, form_data(directions, phone="8 701 000 00 01")).status_code == 303
    assert client.post(url, form_data(directions, phone="8 701 000 00 02")).status_code == 303
    response = client.post(url, form_data(directions, phone="8 701 000 00 03", about="Менің тәжірибем"))
    assert response.status_code == 429
    with translation.override(language):
        assert escape(gettext(LIMITED)) in response.text
    assert 'value="8 701 000 00 03"' in response.text
    assert "Менің тәжірибем</textarea>" in response.text
    assert Application.objects.count() == 2


def test_the_limit_is_per_client(directions, settings):
    settings.VOLUNTEERS_APPLY_RATE = "1/600"
    url = localized("volunteers:apply", "kk")
    first, second = Client(REMOTE_ADDR="10.0.0.1"), Client(REMOTE_ADDR="10.0.0.2")
    assert first.post(url, form_data(directions, phone="8 701 000 00 01")).status_code == 303
    assert first.post(url, form_data(directions, phone="8 701 000 00 02")).status_code == 429
    assert second.post(url, form_data(directions, phone="8 701 000 00 03")).status_code == 303


def test_behind_a_trusted_proxy_the_forwarded_client_is_limited(directions, settings):
    settings.VOLUNTEERS_APPLY_RATE = "1/600"
    settings.TRUSTED_PROXY_COUNT = 1
    url = localized("volunteers:apply", "kk")
    proxy = Client(REMOTE_ADDR="10.0.0.254")
    assert proxy.post(url, form_data(directions), HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 303
    assert proxy.post(url, form_data(directions), HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 303
    assert proxy.post(url, form_data(directions), HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429


def test_mistakes_do_not_use_up_the_limit(client, directions, settings):
    settings.VOLUNTEERS_APPLY_RATE = "1/600"
    url = localized("volunteers:apply", "kk")
    for _ in range(3):
        assert client.post(url, form_data(directions, phone="")).status_code == 200
    assert client.post(url, form_data(directions)).status_code == 303


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_form_without_its_csrf_token_gets_a_friendly_page_in_the_language(directions, language):
    client = Client(enforce_csrf_checks=True)
    response = client.post(localized("volunteers:apply", language), form_data(directions))
    assert response.status_code == 403
    with translation.override(language):
        assert gettext("The form could not be sent") in response.text
    assert f'<html lang="{language}">' in response.text
    assert f'href="/{language}/volunteer/"' in response.text
    assert "CSRF" not in response.text  # no technical reasons leaked
    assert not Application.objects.exists()


def test_with_its_token_the_form_goes_through(directions):
    client = Client(enforce_csrf_checks=True)
    page = client.get(localized("volunteers:apply", "kk"))
    token = page.context["csrf_token"]
    response = client.post(localized("volunteers:apply", "kk"), {**form_data(directions), "csrfmiddlewaretoken": token})
    assert response.status_code == 303
