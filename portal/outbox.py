"""The outbox: every e-mail the site sends is a stored row, sent afterwards by a background task and retried.

An e-mail is written to the database in the same transaction as what it is about (an application, a status change,
a subscription, a newsletter letter), so that nothing is promised that is not stored. A task (send_email, run by
`manage.py db_worker`) sends it; a failure is recorded and retried after the delays of
VOLUNTEERS_NOTIFICATION_RETRY_DELAYS, then marked failed. Staff see every e-mail's state in admin and can send a failed
one again. The rows are concrete models of portal.models.OutgoingEmail, one per app; each app registers the function
that writes its e-mails at send time, in the recipient's language (`@outbox.writer(Model)`).
"""

import logging
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.tasks import task
from django.utils import timezone

from portal.models import EmailStatus, OutgoingEmail

logger = logging.getLogger(__name__)

# An e-mail still "sending" after this long belongs to a worker that died; one still waiting this long after it was
# due has lost its task (the queue was cleared, or enqueuing failed after the commit).
STALE_AFTER = timedelta(minutes=30)


_writers = {}


def writer(model):
    """Register the decorated function as the writer of `model`'s e-mails: it takes a row and returns the message to
    send, or None when it is no longer needed (it is then marked cancelled)."""

    def register(function):
        _writers[model] = function
        return function

    return register


def outbox_models():
    return [model for model in apps.get_models() if issubclass(model, OutgoingEmail)]


def enqueue(model, ids, at=None):
    """Queue the sending of these e-mails, now or at `at`."""
    send = send_email.using(run_after=at) if at else send_email
    for pk in ids:
        send.enqueue(model._meta.label, pk)


def enqueue_after_commit(model, ids, at=None):
    """Queue them once the current transaction has committed (a failure to queue loses nothing: see requeue_stale)."""
    ids = list(ids)
    if ids:
        transaction.on_commit(lambda: enqueue(model, ids, at), robust=True)


@task()
def send_email(model_label, pk):
    """The background task: send one stored e-mail (see deliver())."""
    return deliver(apps.get_model(model_label), pk)


def deliver(model, pk):
    """Send one e-mail if it is still waiting; record the outcome and schedule a retry on failure."""
    now = timezone.now()
    # Claiming with one UPDATE makes sure that two workers (or a retry and a manual resend) never both send it.
    claimed = model.objects.filter(pk=pk, status=EmailStatus.PENDING).update(
        status=EmailStatus.SENDING, attempts=F("attempts") + 1, next_attempt_at=None, updated_at=now
    )
    if not claimed:
        return "skipped"
    email = model.objects.get(pk=pk)
    try:
        message = _writers[model](email)
        if message is None:
            model.objects.filter(pk=pk).update(status=EmailStatus.CANCELLED, updated_at=timezone.now())
            return "cancelled"
        message.send()
    except Exception as error:  # any failure of the mail server (or of a template) is recorded and retried
        return _record_failure(email, error)
    model.objects.filter(pk=pk).update(
        status=EmailStatus.SENT, sent_at=timezone.now(), last_error="", updated_at=timezone.now()
    )
    return "sent"


def _record_failure(email, error):
    model = type(email)
    delays = settings.VOLUNTEERS_NOTIFICATION_RETRY_DELAYS
    message = f"{type(error).__name__}: {error}"[:2000]
    now = timezone.now()
    changes = {"last_error": message, "updated_at": now}
    if email.attempts <= len(delays):
        delay = timedelta(seconds=delays[email.attempts - 1])
        with transaction.atomic():
            model.objects.filter(pk=email.pk).update(status=EmailStatus.PENDING, next_attempt_at=now + delay, **changes)
            enqueue(model, [email.pk], now + delay)
        logger.warning(
            "%s %s not sent (attempt %s), retrying in %s: %s", model.__name__, email.pk, email.attempts, delay, message
        )
        return "retry"
    model.objects.filter(pk=email.pk).update(status=EmailStatus.FAILED, **changes)
    logger.error("%s %s failed after %s attempts: %s", model.__name__, email.pk, email.attempts, message)
    return "failed"


def send_again(emails):
    """Queue unsent e-mails once more, with a fresh set of attempts (the admin's "send again")."""
    model = emails.model
    ids = list(emails.exclude(status__in=[EmailStatus.SENT, EmailStatus.CANCELLED]).values_list("pk", flat=True))
    model.objects.filter(pk__in=ids).update(
        status=EmailStatus.PENDING, attempts=0, next_attempt_at=None, updated_at=timezone.now()
    )
    enqueue_after_commit(model, ids)
    return len(ids)


def requeue_stale(now=None):
    """Queue again the e-mails whose task was lost, in every outbox; returns how many."""
    cutoff = (now or timezone.now()) - STALE_AFTER
    count = 0
    for model in outbox_models():
        model.objects.filter(status=EmailStatus.SENDING, updated_at__lt=cutoff).update(status=EmailStatus.PENDING)
        stale = model.objects.filter(status=EmailStatus.PENDING).filter(
            Q(next_attempt_at__lt=cutoff) | Q(next_attempt_at__isnull=True, updated_at__lt=cutoff)
        )
        ids = list(stale.values_list("pk", flat=True))
        enqueue(model, ids)
        count += len(ids)
    return count
