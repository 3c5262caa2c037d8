"""The periodic letter: each confirmed subscriber gets the articles published since their last one.

`manage.py send_newsletter` (weekly from cron or a timer) calls write_letters(). Each subscriber's letter is
recorded, and the subscriber moved past its articles, in one transaction before anything is sent; the outbox sends
it afterwards. A second run, a run killed half-way and run again, or two runs at once therefore never write (or
send) a subscriber's letter twice: the conditional UPDATE lets one run claim each subscriber, and the database
refuses a second letter for the same period.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from news.models import Article
from newsletter.models import Email, Subscriber
from portal import outbox


def due_subscribers(today, every_days):
    """Confirmed subscribers whose last letter is at least `every_days` calendar days old (or who had none yet).

    Days, not hours: a weekly run that starts a few seconds earlier than last week's still finds them due.
    """
    last_day = today - timedelta(days=every_days)
    return Subscriber.objects.confirmed().filter(Q(last_letter_at__isnull=True) | Q(last_letter_at__date__lte=last_day))


def write_letters(every_days=7, now=None):
    """Record and queue the letters of every subscriber due one; returns how many were written.

    A subscriber's first letter carries the articles of the last `every_days` days.
    """
    now = now or timezone.now()
    articles_since = {}  # subscribers who had their last letter at the same time get the same articles
    written = 0
    for subscriber in due_subscribers(timezone.localdate(now), every_days).order_by("pk").iterator():
        news_from = subscriber.news_until or now - timedelta(days=every_days)
        if news_from not in articles_since:
            published = Article.objects.published().filter(published_at__gt=news_from, published_at__lte=now)
            articles_since[news_from] = list(published.order_by("-published_at", "-pk").values_list("pk", flat=True))
        if articles_since[news_from] and write_letter(subscriber, articles_since[news_from], news_from, now):
            written += 1
    return written


def write_letter(subscriber, article_ids, news_from, now):
    """Record one subscriber's letter and move them past its articles, if no other run has just done so."""
    with transaction.atomic():
        claimed = Subscriber.objects.filter(
            pk=subscriber.pk,
            state=Subscriber.State.CONFIRMED,
            last_letter_at=subscriber.last_letter_at,
            news_until=subscriber.news_until,
        ).update(last_letter_at=now, news_until=now, updated_at=now)
        if not claimed:
            return False
        letter = Email.objects.create(
            subscriber=subscriber,
            kind=Email.Kind.LETTER,
            recipient=subscriber.email,
            language=subscriber.language,
            article_ids=article_ids,
            news_from=news_from,
            news_until=now,
        )
        outbox.enqueue_after_commit(Email, [letter.pk])
    return True
