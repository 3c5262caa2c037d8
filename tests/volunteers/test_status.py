"""The status check: reference + phone in, the status out, and nothing else to anyone else."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from tests.factories import localized
from tests.volunteers.helpers import LANGUAGES, make_application
from volunteers.models import Application

pytestmark = pytest.mark.django_db

NOT_FOUND = "We found no application with this reference number and phone number. Check both and try again."


def check(client, reference, phone, language="en"):
    return client.post(localized("volunteers:status", language), {"reference": reference, "phone": phone})


def result_of(response):
    """The answer box only, without the form (which repeats what was typed)."""
    match = re.search(r'<div class="message[^"]*" role="status" id="status-result">(.*?)</div>', response.text, re.S)
    return match.group(1).strip() if match else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_right_pair_shows_the_status_in_the_language(client, directions, language):
    application = make_application(directions)
    Application.objects.filter(pk=application.pk).set_status(Application.Status.CONTACTED)
    response = check(client, application.reference.lower(), "+7 701 123 45 67", language)
    assert response.status_code == 200
    with translation.override(language):
        status = gettext("Contacted")
        expected = gettext("Status of your application: <strong>%(status)s</strong>.") % {"status": status}
    assert expected in result_of(response)


def test_wrong_pairs_and_unknown_references_get_the_same_answer(client, directions):
    application = make_application(directions)
    other = make_application(directions, phone="8 777 000 11 22")
    answers = {
        result_of(check(client, application.reference, "8 777 000 11 22")),  # someone else's phone
        result_of(check(client, other.reference, "8 701 123 45 67")),  # crossed pair
        result_of(check(client, "ZZZZ-ZZZZ", "8 701 123 45 67")),  # unknown reference
        result_of(check(client, application.reference, "12345")),  # not a phone at all
    }
    assert answers == {f"<p>{escape(NOT_FOUND)}</p>"}


def test_the_answer_shows_nothing_but_the_status(client, directions):
    application = make_application(directions)
    html = check(client, application.reference, "87011234567").text
    assert "Сейітқали" not in html
    assert "astana" not in result_of(check(client, application.reference, "87011234567"))


def test_anonymised_applications_are_not_found(client, directions):
    application = make_application(directions)
    application.anonymize()
    assert result_of(check(client, application.reference, "87011234567")) == f"<p>{escape(NOT_FOUND)}</p>"


def test_a_lookup_costs_one_query_besides_the_rate_limit(client, directions, django_assert_num_queries):
    application = make_application(directions)
    check(client, application.reference, "87011234567")  # the client's first: its rate-limit window is made
    # The rate limit: one UPDATE. Then the one query.
    with django_assert_num_queries(2):
        check(client, application.reference, "87011234567")


def test_the_status_check_is_rate_limited(client, directions, settings):
    settings.VOLUNTEERS_STATUS_RATE = "3/600"
    application = make_application(directions)
    for _ in range(3):
        assert check(client, "AAAA-AAAA", "87011234567").status_code == 200
    response = check(client, application.reference, "87011234567", "ru")
    assert response.status_code == 429
    with translation.override("ru"):
        message = gettext(
            "Too many checks have been made from your connection in a short time. Please wait a few minutes and "
            "try again."
        )
    assert escape(message) in response.text
    assert result_of(response) is None  # not even the right pair gets through now


def test_the_phone_never_goes_into_the_address(client):
    html = client.get(localized("volunteers:status", "kk")).text
    assert '<form method="post" action="/kk/volunteer/status/"' in html
    assert client.get(localized("volunteers:status", "kk")).headers["Cache-Control"].startswith("max-age=0")


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_long_fields_are_explained_in_the_language(client, language):
    response = check(client, "К" * 21, "8" * 31, language)
    with translation.override(language):
        message = gettext("Use at most %(limit_value)d characters (you have used %(show_value)d).")
    assert escape(message % {"limit_value": 20, "show_value": 21}) in response.text
    assert escape(message % {"limit_value": 30, "show_value": 31}) in response.text


def test_empty_fields_are_explained(client):
    response = client.post(localized("volunteers:status", "en"), {"reference": "", "phone": ""})
    assert "Enter the reference number." in response.text
    assert '<a href="#id_reference">' in response.text
