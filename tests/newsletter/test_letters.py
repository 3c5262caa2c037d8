"""`manage.py send_newsletter`: who gets a letter, with which articles, in which language, and never twice."""

import io
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from news.models import Article
from newsletter import letters, subscriptions
from newsletter.models import Email, Subscriber
from portal import outbox
from tests.factories import make_article
from tests.volunteers.helpers import run_worker

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = "https://birgemiz.example"


def subscriber(email, language="kk"):
    subscriptions.subscribe(email, language, language)
    found = Subscriber.objects.get(email=email)
    subscriptions.confirm(found)
    Email.objects.filter(kind=Email.Kind.CONFIRMATION).update(status=Email.Status.CANCELLED)  # not these tests' topic
    return found


def send_newsletter(*arguments):
    out = io.StringIO()
    call_command("send_newsletter", *arguments, stdout=out)
    return out.getvalue()


def letters_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_each_subscriber_gets_the_weeks_articles_in_their_language_with_the_sites_fallback():
    both = make_article(
        days_ago=2, title_kk="Астанада сенбілік өтті", title_ru="В Астане прошёл субботник", title_en=""
    )
    kazakh_only = make_article(days_ago=4, title_kk="Тек қазақша", title_ru="", title_en="")
    make_article(days_ago=9, title_kk="Өткен аптаның жаңалығы")
    make_article(days_ago=1, title_kk="Жоспар", status=Article.Status.DRAFT)
    make_article(days_ago=-1, title_kk="Ертеңгі жаңалық")  # scheduled
    subscriber("kk@example.kz", "kk")
    subscriber("ru@example.kz", "ru")
    subscriber("en@example.kz", "en")
    assert "Letters queued: 3." in send_newsletter()
    run_worker()

    [kazakh] = letters_to("kk@example.kz")
    assert kazakh.body.index("Астанада сенбілік өтті") < kazakh.body.index("Тек қазақша")  # newest first
    assert "Өткен аптаның" not in kazakh.body and "Жоспар" not in kazakh.body and "Ертеңгі" not in kazakh.body
    [russian] = letters_to("ru@example.kz")
    assert "В Астане прошёл субботник" in russian.body and "Тек қазақша" in russian.body
    assert f"/ru/news/{both.pk}-" in russian.body and f"/ru/news/{kazakh_only.pk}-" in russian.body
    [english] = letters_to("en@example.kz")
    assert "Астанада сенбілік өтті" in english.body  # no English title: kk comes first in the fallback
    assert "(In Kazakh)" in english.body


def test_letters_carry_a_one_click_unsubscribe_and_a_visible_link():
    make_article(days_ago=1)
    reader = subscriber("reader@example.kz", "ru")
    send_newsletter()
    run_worker()
    [letter] = mail.outbox
    address = f"https://birgemiz.example/ru/newsletter/unsubscribe/{reader.token}/"
    assert letter.extra_headers["List-Unsubscribe"] == f"<{address}>"
    assert letter.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert address in letter.body
    html, mimetype = letter.alternatives[0]
    assert mimetype == "text/html" and f'href="{address}"' in html


def test_no_news_no_letter_and_running_again_writes_nothing():
    reader = subscriber("reader@example.kz")
    assert "Letters queued: 0." in send_newsletter()  # nothing published this week
    make_article(days_ago=1)
    assert "Letters queued: 1." in send_newsletter()
    assert "Letters queued: 0." in send_newsletter()
    assert "Letters queued: 0." in send_newsletter("--every", "1")  # even when asked for daily letters
    run_worker()
    assert len(letters_to(reader.email)) == 1


def test_next_week_brings_only_what_was_published_since_the_last_letter():
    make_article(days_ago=1, title_kk="Бірінші апта")
    reader = subscriber("reader@example.kz")
    send_newsletter()
    run_worker()
    with time_machine.travel(timezone.now() + timedelta(days=3)):
        make_article(days_ago=0, title_kk="Екінші апта")
        assert "Letters queued: 0." in send_newsletter()  # the weekly rhythm: not yet
    with time_machine.travel(timezone.now() + timedelta(days=7)):
        assert "Letters queued: 1." in send_newsletter()
        run_worker()
    first, second = letters_to(reader.email)
    assert "Бірінші апта" in first.body and "Екінші апта" in second.body and "Бірінші апта" not in second.body


def test_two_runs_at_once_write_one_letter_per_subscriber():
    make_article(days_ago=1)
    reader = subscriber("reader@example.kz")
    seen_by_both = Subscriber.objects.get(pk=reader.pk)  # both runs read the subscriber before either writes
    now = timezone.now()
    assert letters.write_letter(seen_by_both, [1], now - timedelta(days=7), now)
    assert not letters.write_letter(seen_by_both, [1], now - timedelta(days=7), now)
    assert Email.objects.filter(kind=Email.Kind.LETTER).count() == 1
    with pytest.raises(IntegrityError):  # and the database would refuse a second letter for the period anyway
        Email.objects.create(subscriber=reader, kind=Email.Kind.LETTER, language="kk", news_until=now)


def test_a_letter_whose_task_was_lost_is_sent_once_by_the_next_run():
    make_article(days_ago=1)
    reader = subscriber("reader@example.kz")
    send_newsletter()
    DBTaskResult.objects.all().delete()  # killed between the commit and the queueing, or the queue was lost
    with time_machine.travel(timezone.now() + outbox.STALE_AFTER + timedelta(minutes=1)):
        assert "E-mails queued again: 1." in send_newsletter()
        run_worker()
        send_newsletter()
        run_worker()
    assert len(letters_to(reader.email)) == 1


def test_an_unsubscribe_before_the_letter_leaves_cancels_it():
    make_article(days_ago=1)
    reader = subscriber("reader@example.kz")
    send_newsletter()
    subscriptions.unsubscribe(reader)
    run_worker()
    assert mail.outbox == []
    letter = Email.objects.get(kind=Email.Kind.LETTER)
    assert (letter.status, letter.recipient) == (Email.Status.CANCELLED, "")


def test_an_article_unpublished_before_the_letter_leaves_is_not_in_it():
    make_article(days_ago=1, title_kk="Қалады")
    withdrawn = make_article(days_ago=2, title_kk="Алынып тасталды")
    reader = subscriber("reader@example.kz")
    send_newsletter()
    Article.objects.filter(pk=withdrawn.pk).update(status=Article.Status.DRAFT)
    run_worker()
    [letter] = letters_to(reader.email)
    assert "Қалады" in letter.body and "Алынып тасталды" not in letter.body


def test_the_language_chosen_after_the_letter_was_written_is_the_one_it_is_sent_in():
    make_article(days_ago=1, title_kk="Жаңалық", title_ru="Новость")
    reader = subscriber("reader@example.kz", "kk")
    send_newsletter()
    subscriptions.change_language(reader, "ru")
    run_worker()
    [letter] = letters_to(reader.email)
    assert "Новость" in letter.body
