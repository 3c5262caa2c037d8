"""Subscribing, confirming, changing the language and unsubscribing: the one way to do each, for views, admin and tests.

Double opt-in: a subscription waits until the owner of the address presses the button behind the link that was
mailed to it. Nothing here tells the caller whether an address was known, so the pages can answer every visitor alike.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from newsletter.models import Email, Subscriber, fingerprint, new_token
from portal import outbox

# However often an address is typed into the form, it gets at most one confirmation request in this time: the form
# must not become a way to flood someone's mailbox.
CONFIRMATION_INTERVAL = timedelta(minutes=15)


def confirmation_window():
    return timedelta(days=settings.NEWSLETTER_CONFIRMATION_DAYS)


def subscribe(address, language, page_language, now=None):
    """Ask `address` to confirm a subscription to letters in `language`; the request is written in `page_language`.

    A new address, or one that unsubscribed earlier, is stored as waiting and sent the request; one still waiting
    is sent it again (at most once per CONFIRMATION_INTERVAL); a confirmed subscriber is left as it is.
    """
    now = now or timezone.now()
    with transaction.atomic():
        subscriber = locked_subscriber(address, language)
        if subscriber.state == Subscriber.State.CONFIRMED:
            return
        if subscriber.state == Subscriber.State.UNSUBSCRIBED:
            # A new subscription: the links of the old one stop working.
            subscriber.token = new_token()
        recently_asked = (
            subscriber.state == Subscriber.State.PENDING
            and subscriber.confirmation_sent_at
            and subscriber.confirmation_sent_at > now - CONFIRMATION_INTERVAL
        )
        subscriber.email = address
        subscriber.language = language
        subscriber.state = Subscriber.State.PENDING
        if not recently_asked:
            subscriber.confirmation_sent_at = now
            request = Email.objects.create(
                subscriber=subscriber, kind=Email.Kind.CONFIRMATION, recipient=address, language=page_language
            )
            outbox.enqueue_after_commit(Email, [request.pk])
        subscriber.save()


def locked_subscriber(address, language):
    """The row of `address`, locked until the end of the transaction, made (waiting) when there is none."""
    # get_or_create looks again when a simultaneous request has just made the row.
    return Subscriber.objects.select_for_update().get_or_create(
        address_hash=fingerprint(address), defaults={"email": address, "language": language}
    )[0]


def confirm(subscriber, now=None):
    """Confirm a waiting subscription whose request has not expired; True when the subscriber is now confirmed."""
    now = now or timezone.now()
    if subscriber.state == Subscriber.State.CONFIRMED:
        return True
    confirmed = Subscriber.objects.filter(
        pk=subscriber.pk,
        state=Subscriber.State.PENDING,
        confirmation_sent_at__gt=now - confirmation_window(),
    ).update(state=Subscriber.State.CONFIRMED, confirmed_at=now, updated_at=now)
    subscriber.refresh_from_db()
    return bool(confirmed)


def has_expired(subscriber, now=None):
    """A waiting subscription whose confirmation link is too old to be used."""
    now = now or timezone.now()
    return subscriber.state == Subscriber.State.PENDING and (
        subscriber.confirmation_sent_at is None or subscriber.confirmation_sent_at <= now - confirmation_window()
    )


def change_language(subscriber, language):
    Subscriber.objects.filter(pk=subscriber.pk).update(language=language, updated_at=timezone.now())
    # Letters already written but not yet sent go out in the new language too.
    subscriber.emails.filter(kind=Email.Kind.LETTER, status=Email.Status.PENDING).update(language=language)
    subscriber.language = language


def unsubscribe(subscriber, now=None):
    """End a subscription (or a waiting one) at once: nothing more is sent, and the address is forgotten.

    Only its fingerprint stays, with the dates and the language: what is needed to know that it unsubscribed.
    Doing it again changes nothing.
    """
    now = now or timezone.now()
    with transaction.atomic():
        ended = Subscriber.objects.filter(pk=subscriber.pk).exclude(state=Subscriber.State.UNSUBSCRIBED)
        if ended.update(state=Subscriber.State.UNSUBSCRIBED, email="", unsubscribed_at=now, updated_at=now):
            forget_emails(Email.objects.filter(subscriber=subscriber))
    subscriber.refresh_from_db()


def forget_emails(emails):
    """Cancel what has not been sent and remove the address (and errors that may quote it) from every e-mail."""
    emails.filter(status__in=[Email.Status.PENDING, Email.Status.FAILED]).update(status=Email.Status.CANCELLED)
    emails.update(recipient="", last_error="")


def forget_unconfirmed(now=None):
    """Forget the addresses whose confirmation request has expired unanswered; returns how many.

    Rows of addresses that had unsubscribed before go back to that state (fingerprint only); the others go.
    """
    now = now or timezone.now()
    expired = Subscriber.objects.filter(state=Subscriber.State.PENDING).filter(
        Q(confirmation_sent_at__isnull=True) | Q(confirmation_sent_at__lte=now - confirmation_window())
    )
    with transaction.atomic():
        forget_emails(Email.objects.filter(subscriber__in=expired))
        returning = expired.filter(unsubscribed_at__isnull=False)
        count = returning.update(state=Subscriber.State.UNSUBSCRIBED, email="", updated_at=now)
        count += expired.delete()[1].get(Subscriber._meta.label, 0)
    return count
