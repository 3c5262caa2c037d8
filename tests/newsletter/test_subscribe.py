"""Subscribing from the newsletter page or any page's footer: double opt-in, the same answer for every address,
errors in the reader's language, honeypot, rate limit; the subscriber's own page; unsubscribing; the admin."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from newsletter import subscriptions
from newsletter.models import Email, Subscriber, fingerprint
from tests.factories import localized

pytestmark = pytest.mark.django_db
LANGUAGES = ["kk", "ru", "en"]


def subscribe(client, email="dana@example.kz", language="ru", page="kk", **headers):
    return client.post(localized("newsletter:subscribe", page), {"email": email, "language": language}, **headers)


def translated(language, text):
    with translation.override(language):
        return gettext(text)


def confirmations():
    return Email.objects.filter(kind=Email.Kind.CONFIRMATION)


# --- The page and the footer form ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_is_the_same_for_everyone_and_kept_whole(client, language):
    response = client.get(localized("newsletter:subscribe", language))
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in response.text and not response.cookies
    assert "max-age=" in response["Cache-Control"]  # kept by the page cache
    assert translated(language, "Language of the letters") in response.text
    assert f'value="{language}" required id="id_language_' in response.text  # the page's language is chosen
    assert "checked" in response.text
    note = translated(
        language,
        "We use your address only to send you the news, once a week at most. Every letter has a link to unsubscribe "
        "in one click; after that we keep only a fingerprint of the address, not the address itself.",
    )
    assert note in response.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_the_footer_form_posting_to_the_newsletter_page(client, language):
    html = client.get(localized("home", language)).text
    form = re.search(r'<form class="footer-newsletter" method="post" action="([^"]+)"', html)
    assert form.group(1) == f"/{language}/newsletter/"
    assert f'<input type="hidden" name="language" value="{language}">' in html
    assert 'name="website"' in html  # the honeypot
    assert "csrfmiddlewaretoken" not in html


# --- Double opt-in -------------------------------------------------------------------------------------------------


def test_subscribing_waits_for_a_confirmation_sent_in_the_pages_language(client):
    response = subscribe(client, page="kk", language="ru")
    assert response.status_code == 303
    assert response["Location"] == localized("newsletter:check-inbox", "kk")
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.state) == ("dana@example.kz", "ru", "pending")
    [request] = confirmations()
    assert (request.recipient, request.language, request.status) == ("dana@example.kz", "kk", "pending")
    page = client.get(response["Location"])
    assert translated("kk", "Check your inbox") in page.text


def test_the_form_answers_the_same_whatever_the_address_and_floods_no_mailbox(client):
    first = subscribe(client)
    again = subscribe(client)  # within a quarter of an hour: no second request
    assert (first.status_code, first["Location"]) == (again.status_code, again["Location"])
    assert confirmations().count() == 1
    subscriber = Subscriber.objects.get()
    subscriptions.confirm(subscriber)
    known = subscribe(client, email="DANA@example.kz")  # a confirmed address, in other letter case
    assert (known.status_code, known["Location"]) == (first.status_code, first["Location"])
    assert confirmations().count() == 1 and Subscriber.objects.count() == 1
    with time_machine.travel(timezone.now() + timedelta(minutes=20)):
        subscribe(client, email="other@example.kz")
        subscribe(client, email="other@example.kz")
    assert confirmations().count() == 2


def test_only_the_button_behind_the_link_confirms(client):
    subscribe(client)
    subscriber = Subscriber.objects.get()
    url = localized("newsletter:confirm", "ru", token=subscriber.token)
    page = client.get(url)
    assert page.status_code == 200 and "dana@example.kz" in page.text
    assert Subscriber.objects.get().state == "pending"  # opening the link (a mail scanner) confirms nothing
    response = client.post(url)
    assert response.status_code == 303
    assert response["Location"] == localized("newsletter:subscription", "ru", token=subscriber.token)
    subscriber.refresh_from_db()
    assert subscriber.state == "confirmed" and subscriber.confirmed_at
    assert translated("ru", "Your subscription is confirmed. Thank you!") in client.get(response["Location"]).text
    assert client.get(localized("newsletter:confirm", "ru", token="unknown")).status_code == 404


def test_an_expired_request_cannot_be_confirmed_and_the_address_is_forgotten(client):
    subscribe(client)
    subscriber = Subscriber.objects.get()
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        response = client.post(localized("newsletter:confirm", "kk", token=subscriber.token))
        assert response.status_code == 410
        assert translated("kk", "Subscribe again") in response.text
        assert subscriptions.forget_unconfirmed() == 1
    assert not Subscriber.objects.exists() and not Email.objects.exists()


# --- Bad input, bots, floods, other sites ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bad_address_gets_a_translated_error_and_keeps_what_was_typed(client, language):
    response = subscribe(client, email="dana@example", page=language, language="en")
    assert response.status_code == 200
    assert translated(language, "Enter an email address like name@example.com.") in response.text
    assert 'value="dana@example"' in response.text
    assert len(re.findall(r"<h1[\s>]", response.text)) == 1
    too_long = "a" * 64 + "@" + ("b" * 50 + ".") * 4 + "kz"  # a valid address, longer than mail servers take
    response = subscribe(client, email=too_long, page=language)
    assert len(too_long) == 271 and "271" in response.text and too_long in response.text
    empty = subscribe(client, email="", page=language)
    assert translated(language, "Enter your email address.") in empty.text
    assert not Subscriber.objects.exists()


def test_an_unknown_language_is_refused_with_a_translated_error(client):
    response = subscribe(client, language="de", page="ru")
    assert translated("ru", "Choose the language of the letters from the list.") in response.text
    assert not Subscriber.objects.exists()


def test_a_bot_filling_the_honeypot_gets_the_usual_answer_and_stores_nothing(client):
    response = client.post(
        localized("newsletter:subscribe", "kk"), {"email": "bot@example.kz", "language": "kk", "website": "x"}
    )
    assert (response.status_code, response["Location"]) == (303, localized("newsletter:check-inbox", "kk"))
    assert not Subscriber.objects.exists()


def test_the_rate_limit_holds_and_keeps_what_was_typed(client, settings):
    settings.NEWSLETTER_SUBSCRIBE_RATE = "2/600"
    assert subscribe(client, email="one@example.kz").status_code == 303
    assert subscribe(client, email="two@example.kz").status_code == 303
    response = subscribe(client, email="three@example.kz", page="ru")
    assert response.status_code == 429
    assert 'value="three@example.kz"' in response.text
    too_many = translated(
        "ru",
        "Too many subscriptions have been sent from your connection in a short time. Please wait a few minutes and "
        "send the form again: everything you typed is still here.",
    )
    assert too_many in response.text
    assert Subscriber.objects.count() == 2


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_SEC_FETCH_SITE": "cross-site"}, {"HTTP_ORIGIN": "https://evil.example"}, {"HTTP_ORIGIN": "null"}],
)
def test_a_form_on_another_site_cannot_post_here(client, headers):
    assert subscribe(client, **headers).status_code == 403
    assert not Subscriber.objects.exists()


def test_our_own_pages_post_with_their_origin(client):
    assert subscribe(client, HTTP_SEC_FETCH_SITE="same-origin").status_code == 303
    assert subscribe(client, email="b@example.kz", HTTP_ORIGIN="http://testserver").status_code == 303


# --- The subscriber's page and unsubscribing -----------------------------------------------------------------------


def confirmed(email="dana@example.kz", language="ru"):
    subscriptions.subscribe(email, language, language)
    subscriber = Subscriber.objects.get(email=email)
    subscriptions.confirm(subscriber)
    return subscriber


def test_the_subscriber_changes_the_language_of_the_letters(client):
    subscriber = confirmed()
    url = localized("newsletter:subscription", "ru", token=subscriber.token)
    assert "dana@example.kz" in client.get(url).text
    response = client.post(url, {"language": "kk"})
    assert response.status_code == 303
    subscriber.refresh_from_db()
    assert subscriber.language == "kk"
    response = client.post(url, {"language": "xx"})
    assert translated("ru", "Choose the language of the letters from the list.") in response.text


def test_unsubscribing_asks_on_get_and_works_by_post_without_login_or_token(client):
    subscriber = confirmed()
    url = localized("newsletter:unsubscribe", "ru", token=subscriber.token)
    page = client.get(url)
    assert page.status_code == 200 and 'method="post"' in page.text
    assert Subscriber.objects.get().state == "confirmed"  # a link scanner opening it unsubscribes nobody
    response = Client(enforce_csrf_checks=True).post(url)
    assert response.status_code == 200
    assert translated("ru", "You are unsubscribed") in response.text
    subscriber.refresh_from_db()
    assert (subscriber.state, subscriber.email, subscriber.address_hash) == (
        "unsubscribed",
        "",
        fingerprint("dana@example.kz"),
    )
    assert Client(enforce_csrf_checks=True).post(url).status_code == 200  # again: the same answer


def test_only_the_unsubscribe_address_skips_the_csrf_check(client):
    subscriber = confirmed()
    strict = Client(enforce_csrf_checks=True)
    assert (
        strict.post(localized("newsletter:subscription", "ru", token=subscriber.token), {"language": "kk"}).status_code
        == 403
    )
    assert strict.post(localized("newsletter:confirm", "ru", token=subscriber.token)).status_code == 403


def test_after_an_unsubscribe_only_a_fingerprint_remains_and_the_address_may_come_back(client):
    subscriber = confirmed()
    old_token = subscriber.token
    subscriptions.unsubscribe(subscriber)
    assert Email.objects.exclude(recipient="").count() == 0  # the confirmation request forgot it too
    subscribe(client, email="dana@example.kz", language="en")
    subscriber.refresh_from_db()
    assert (subscriber.state, subscriber.email, subscriber.language) == ("pending", "dana@example.kz", "en")
    assert subscriber.token != old_token  # the old letters' links no longer act on the new subscription
    assert Subscriber.objects.count() == 1


# --- Admin -----------------------------------------------------------------------------------------------------------


def test_the_admin_lists_subscribers_with_state_language_dates_and_counts(client):
    confirmed("a@example.kz", "kk")
    confirmed("b@example.kz", "ru")
    gone = confirmed("c@example.kz", "en")
    subscriptions.unsubscribe(gone)
    Email.objects.create(
        subscriber=Subscriber.objects.get(email="a@example.kz"), kind="letter", language="kk", status="sent"
    )
    admin = get_user_model().objects.create_superuser("admin", "admin@birgemiz.kz", None)
    client.force_login(admin)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    changelist = reverse("admin:newsletter_subscriber_changelist")
    html = client.get(changelist).text
    assert "a@example.kz" in html and "b@example.kz" in html
    assert "c@example.kz" not in html
    assert "only a fingerprint is kept" in html
    assert "Subscribed (2)" in html and "Unsubscribed (1)" in html  # the filters count
    rows = {row.email: row.letters for row in client.get(changelist).context["cl"].result_list}
    assert rows["a@example.kz"] == 1 and rows["b@example.kz"] == 0
    found = client.get(changelist, {"q": "C@example.kz"}).context["cl"].result_list
    assert [row.pk for row in found] == [gone.pk]  # "did this address unsubscribe?" answered, without storing it
    assert client.get(reverse("admin:newsletter_subscriber_add")).status_code == 403


# --- Cost ------------------------------------------------------------------------------------------------------------


def test_the_pages_cost_a_bounded_number_of_queries(client, django_assert_num_queries, django_assert_max_num_queries):
    with django_assert_num_queries(1):  # the footer's front office (then kept); the forms read nothing
        client.get(localized("newsletter:subscribe", "ru"))
    with django_assert_num_queries(0):
        client.get(localized("newsletter:subscribe", "kk"))
    # The rate limit (an UPDATE finding no row, the row inserted in a savepoint, ended windows deleted), the
    # subscriber looked up and inserted in a savepoint, the confirmation request, the subscriber saved, and the
    # task queued after the commit.
    with django_assert_max_num_queries(14):
        subscribe(client)
    subscriber = Subscriber.objects.get()
    with django_assert_num_queries(1):
        client.get(localized("newsletter:confirm", "ru", token=subscriber.token))
    with django_assert_max_num_queries(3):
        client.post(localized("newsletter:confirm", "ru", token=subscriber.token))
    with django_assert_max_num_queries(1):
        client.get(localized("newsletter:subscription", "ru", token=subscriber.token))
    # The subscriber; in a savepoint, its row changed and its e-mails cancelled and emptied; the row read again.
    with django_assert_max_num_queries(7):
        client.post(localized("newsletter:unsubscribe", "ru", token=subscriber.token))
