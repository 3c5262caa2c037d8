"""Every e-mail of the site, through the outbox and a real SMTP server on 127.0.0.1: what arrives, in which
language, as text and HTML; the newsletter from subscription to unsubscribe; an applicant hearing of their status."""

import io
import re
from datetime import timedelta
from email.utils import parseaddr

import pytest
import time_machine
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from news.models import Article
from newsletter.models import Email, Subscriber
from portal.mail import ConsoleBackend
from portal.settings import mailers_from_url
from tests.factories import localized, make_article
from tests.volunteers.helpers import make_application, make_coordinator, run_worker
from volunteers.models import Application, Notification

pytestmark = pytest.mark.django_db(transaction=True)

SITE = "https://birgemiz.example"
CHANGELIST = reverse("admin:volunteers_application_changelist")


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = SITE


def text_of(message):
    return message.get_body(("plain",)).get_content()


def html_of(message):
    return message.get_body(("html",)).get_content()


def translated(language, text):
    with translation.override(language):
        return gettext(text)


def link_in(message, name):
    """The site path of the first link to the newsletter page `name` in the e-mail's text."""
    return re.search(re.escape(SITE) + r"(/\w\w/newsletter/" + name + r"/[\w-]+/)", text_of(message)).group(1)


def newsletter(*arguments):
    out = io.StringIO()
    call_command("send_newsletter", *arguments, stdout=out)
    return out.getvalue()


# --- The newsletter, from the form to the unsubscribe ---------------------------------------------------------------


def test_a_subscriber_confirms_gets_one_letter_in_their_language_unsubscribes_in_one_click_and_hears_nothing_more(
    client, smtp
):
    translated_article = make_article(days_ago=2, title_ru="Волонтёры посадили тысячу деревьев в Астане")
    kazakh_only = make_article(days_ago=3, title_kk="Шымкенттегі еріктілер қарттарға көмектесті", title_ru="")
    old = make_article(days_ago=12, title_ru="Старая новость")
    draft = make_article(days_ago=1, title_ru="Черновик", status=Article.Status.DRAFT)

    # The footer of a Kazakh page: the letters chosen in Russian.
    response = client.post(localized("newsletter:subscribe", "kk"), {"email": "dana@example.kz", "language": "ru"})
    assert response.status_code == 303
    run_worker()
    [request] = smtp.to("dana@example.kz")
    assert request["Subject"] == translated("kk", "Confirm your subscription to the Birgemiz news")
    confirm = link_in(request, "confirm")
    assert client.get(confirm).status_code == 200  # a link scanner opening it subscribes nobody
    assert Subscriber.objects.get().state == Subscriber.State.PENDING
    assert client.post(confirm).status_code == 303
    assert Subscriber.objects.get().state == Subscriber.State.CONFIRMED

    assert "Letters queued: 1." in newsletter()
    assert "Letters queued: 0." in newsletter()  # run again: nothing more
    run_worker()
    [_request, letter] = smtp.to("dana@example.kz")
    text = text_of(letter)
    assert translated_article.title_ru in text
    assert kazakh_only.title_kk in text and f"({translated('ru', 'In Kazakh')})" in text  # the site's fallback
    assert f"{SITE}/ru/news/{translated_article.pk}-" in text
    assert old.title_ru not in text and draft.title_ru not in text
    assert f'lang="kk">{kazakh_only.title_kk}</a>' in html_of(letter)

    # RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click" to the https address, without cookies or token.
    assert letter["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = letter["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith(f"{SITE}/ru/newsletter/unsubscribe/")
    assert unsubscribe.removeprefix(SITE) == link_in(letter, "unsubscribe")  # the visible link is the same
    mail_program = Client(enforce_csrf_checks=True)
    response = mail_program.post(
        unsubscribe.removeprefix(SITE), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert (subscriber.state, subscriber.email) == (Subscriber.State.UNSUBSCRIBED, "")

    make_article(days_ago=0, title_ru="Новость следующей недели")
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        assert "Letters queued: 0." in newsletter()
        run_worker()
    assert len(smtp.to("dana@example.kz")) == 2


def test_a_sender_killed_half_way_and_run_again_sends_every_letter_once(client, smtp, monkeypatch):
    from newsletter import letters

    make_article(days_ago=1)
    addresses = [f"reader{number}@example.kz" for number in range(4)]
    for address in addresses:
        confirmed_subscriber(client, smtp, address)
    written = 0
    real_write_letter = letters.write_letter

    def killed_after_two(*args):
        nonlocal written
        if written == 2:
            raise KeyboardInterrupt  # what SIGINT does; SIGKILL stops it at the same point, with less cleanup
        written += 1
        return real_write_letter(*args)

    monkeypatch.setattr(letters, "write_letter", killed_after_two)
    with pytest.raises(KeyboardInterrupt):
        newsletter()
    monkeypatch.setattr(letters, "write_letter", real_write_letter)
    assert "Letters queued: 2." in newsletter()
    newsletter()
    run_worker()
    for address in addresses:
        assert [message["Subject"] for message in smtp.to(address)][1:] == [letter_subject("kk", 1)]
    assert Email.objects.filter(kind=Email.Kind.LETTER).count() == 4


def confirmed_subscriber(client, smtp, address, language="kk"):
    client.post(localized("newsletter:subscribe", language), {"email": address, "language": language})
    run_worker()
    client.post(link_in(smtp.to(address)[-1], "confirm"))
    return Subscriber.objects.get(email=address)


def letter_subject(language, count):
    from django.utils.translation import ngettext

    with translation.override(language):
        return ngettext("Birgemiz news: %(count)s new article", "Birgemiz news: %(count)s new articles", count) % {
            "count": count
        }


# --- Applicants hear back -------------------------------------------------------------------------------------------


def test_a_status_change_sends_one_email_in_the_applicants_language(client, smtp, directions):
    application = make_application(directions, language="ru")
    run_worker()
    [confirmation] = smtp.to("aliya@example.kz")
    coordinator = make_coordinator("head", all_regions=True, language="kk")
    client.force_login(coordinator)
    selected = {"_selected_action": [application.pk]}
    # Contacted, then accepted a minute later: the applicant hears once, of the latest status, with its message.
    client.post(CHANGELIST, {"action": "mark_contacted", "message": "Позвоню завтра.", **selected})
    client.post(CHANGELIST, {"action": "mark_accepted", "message": "Ждём вас в субботу в 10:00.", **selected})
    run_worker()
    assert smtp.to("aliya@example.kz") == [confirmation]  # not yet: a few minutes to change one's mind

    with time_machine.travel(timezone.now() + timedelta(minutes=6)):
        run_worker()
    [_confirmation, status] = smtp.to("aliya@example.kz")
    accepted = translated("ru", "Accepted")
    assert status["Subject"] == f"Ваша заявка {application.reference}: {accepted}"
    text = text_of(status)
    assert "Ждём вас в субботу в 10:00." in text and "Позвоню завтра." not in text
    assert f"{SITE}/ru/volunteer/status/" in text
    assert application.reference in text
    notification = Notification.objects.get(kind=Notification.Kind.STATUS)
    assert (notification.status, notification.told_status) == ("sent", Application.Status.ACCEPTED)


# --- Every e-mail: text and HTML, readable, in the recipient's language --------------------------------------------


def test_every_email_arrives_as_text_and_html_in_the_recipients_language(client, smtp, directions):
    """One e-mail of each kind, as the SMTP server received it (run with -s to read their text parts)."""
    make_coordinator("astana", regions=["astana"], language="ru")
    make_article(days_ago=1, title_kk="Еріктілер Ұлытауда ағаш отырғызды")
    application = make_application(directions, language="kk", submitted_days_ago=4)
    confirmed_subscriber(client, smtp, "erlan@example.kz")
    newsletter()
    call_command("send_waiting_digest", stdout=io.StringIO(), stderr=io.StringIO())
    run_worker()
    Application.objects.filter(pk=application.pk).set_status(Application.Status.DECLINED)
    from volunteers import notifications

    notifications.tell_applicants(
        Application.objects.filter(pk=application.pk), "Көктемгі «Таза Қазақстан» акциясына қайта өтініш беріңіз."
    )
    with time_machine.travel(timezone.now() + timedelta(minutes=6)):
        run_worker()

    kinds = {
        "confirmation": smtp.to("aliya@example.kz")[0],
        "status": smtp.to("aliya@example.kz")[1],
        "new_application": smtp.to("astana@birgemiz.kz")[0],
        "digest": smtp.to("astana@birgemiz.kz")[1],
        "subscription": smtp.to("erlan@example.kz")[0],
        "letter": smtp.to("erlan@example.kz")[1],
    }
    languages = {"new_application": "ru", "digest": "ru"}
    for kind, message in kinds.items():
        language = languages.get(kind, "kk")
        assert message.get_content_type() == "multipart/alternative", kind
        html = html_of(message)
        assert f'<html lang="{language}">' in html, kind
        assert translated(language, "Birgemiz: time to act") in html and "#0b5d4b" in html, kind
        assert parseaddr(message["From"])[1] == "noreply@birgemiz.kz"
        assert not re.search(r"[ӘҒҚҢӨҰҮҺІәғқңөұүһі]", message["Subject"]) or language == "kk", kind
        print(f"\n===== {kind}: {message['Subject']}\n{text_of(message)}")
    assert "Әлия Нұрланқызы Сейітқали" in text_of(kinds["confirmation"])  # Kazakh letters survive the trip
    assert translated("kk", "Declined") in kinds["status"]["Subject"]
    assert "Көктемгі «Таза Қазақстан» акциясына қайта өтініш беріңіз." in text_of(kinds["status"])


def test_the_console_prints_mail_people_can_read():
    """Development (no EMAIL_URL): a Kazakh e-mail with long lines prints as it reads, not as base64."""
    stream = io.StringIO()
    long_line = "Өңіріңіздің үйлестірушісі сізбен телефон арқылы хабарласады. " * 5
    message = EmailMultiAlternatives("Сіздің өтінішіңіз: K7QX-9MPA", long_line, to=["aliya@example.kz"])
    message.attach_alternative(f"<p>{long_line}</p>", "text/html")
    ConsoleBackend(stream=stream).send_messages([message])
    printed = stream.getvalue()
    assert "Subject: Сіздің өтінішіңіз: K7QX-9MPA" in printed
    assert long_line in printed and f"<p>{long_line}</p>" in printed
    assert "base64" not in printed and "=?utf-8?" not in printed
    assert mailers_from_url("") == {"default": {"BACKEND": "portal.mail.ConsoleBackend"}}  # what `make run` uses
