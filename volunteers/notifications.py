"""Email about applications.

Each email is a Notification row, written in the same transaction as the application, so that nothing is promised
that is not stored. A background task (send_notification below, run by `manage.py db_worker`) sends it;
a failure is recorded and retried after the delays of VOLUNTEERS_NOTIFICATION_RETRY_DELAYS, then marked failed.
Staff see every notification's state in admin and can send a failed one again.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from volunteers.models import Application, CoordinatorProfile, Notification

logger = logging.getLogger(__name__)

# A notification still "sending" after this long belongs to a worker that died; one still waiting this long after
# it was due has lost its task (the queue was cleared, or enqueuing failed after the commit).
STALE_AFTER = timedelta(minutes=30)


def create_for(application):
    """The notifications a new application gets: its region's coordinators, and the applicant when they gave an
    email. Returns their ids."""
    coordinators = CoordinatorProfile.objects.for_region(application.region).filter(receives_notifications=True)
    rows = [
        Notification(
            application=application,
            kind=Notification.Kind.COORDINATOR,
            recipient=profile.user.email,
            language=profile.language,
        )
        for profile in coordinators
    ]
    if application.email:
        rows.append(
            Notification(
                application=application,
                kind=Notification.Kind.CONFIRMATION,
                recipient=application.email,
                language=application.language,
            )
        )
    return [notification.pk for notification in Notification.objects.bulk_create(rows)]


def enqueue(notification_ids, delay=None):
    """Queue the sending of these notifications, now or after `delay`."""
    task = send_notification.using(run_after=timezone.now() + delay) if delay else send_notification
    for pk in notification_ids:
        task.enqueue(pk)


@task()
def send_notification(notification_id):
    """The background task: send one stored notification (see deliver())."""
    return deliver(notification_id)


def deliver(notification_id):
    """Send one notification if it is still waiting; record the outcome and schedule a retry on failure."""
    now = timezone.now()
    # Claiming with one UPDATE makes sure that two workers (or a retry and a manual resend) never both send it.
    claimed = Notification.objects.filter(pk=notification_id, status=Notification.Status.PENDING).update(
        status=Notification.Status.SENDING, attempts=F("attempts") + 1, next_attempt_at=None, updated_at=now
    )
    if not claimed:
        return "skipped"
    notification = Notification.objects.select_related("application").get(pk=notification_id)
    try:
        build_message(notification).send()
    except Exception as error:  # any failure of the mail server is recorded and retried
        return _record_failure(notification, error)
    Notification.objects.filter(pk=notification_id).update(
        status=Notification.Status.SENT, sent_at=timezone.now(), last_error="", updated_at=timezone.now()
    )
    return "sent"


def _record_failure(notification, error):
    delays = settings.VOLUNTEERS_NOTIFICATION_RETRY_DELAYS
    message = f"{type(error).__name__}: {error}"[:2000]
    now = timezone.now()
    changes = {"last_error": message, "updated_at": now}
    if notification.attempts <= len(delays):
        delay = timedelta(seconds=delays[notification.attempts - 1])
        with transaction.atomic():
            Notification.objects.filter(pk=notification.pk).update(
                status=Notification.Status.PENDING, next_attempt_at=now + delay, **changes
            )
            enqueue([notification.pk], delay)
        logger.warning(
            "Notification %s not sent (attempt %s), retrying in %s: %s",
            notification.pk,
            notification.attempts,
            delay,
            message,
        )
        return "retry"
    Notification.objects.filter(pk=notification.pk).update(status=Notification.Status.FAILED, **changes)
    logger.error("Notification %s failed after %s attempts: %s", notification.pk, notification.attempts, message)
    return "failed"


def send_again(notifications):
    """Queue unsent notifications once more, with a fresh set of attempts (the admin's "send again")."""
    ids = list(notifications.exclude(status=Notification.Status.SENT).values_list("pk", flat=True))
    Notification.objects.filter(pk__in=ids).update(
        status=Notification.Status.PENDING, attempts=0, next_attempt_at=None, updated_at=timezone.now()
    )
    transaction.on_commit(lambda: enqueue(ids))
    return len(ids)


def requeue_stale(now=None):
    """Queue again the notifications whose task was lost; returns how many."""
    cutoff = (now or timezone.now()) - STALE_AFTER
    Notification.objects.filter(status=Notification.Status.SENDING, updated_at__lt=cutoff).update(
        status=Notification.Status.PENDING
    )
    stale = Notification.objects.filter(status=Notification.Status.PENDING).filter(
        Q(next_attempt_at__lt=cutoff) | Q(next_attempt_at__isnull=True, updated_at__lt=cutoff)
    )
    ids = list(stale.values_list("pk", flat=True))
    enqueue(ids)
    return len(ids)


def absolute(path):
    return settings.SITE_URL + path


def render_email(template, context, language):
    """Subject and body of an email in `language`, from volunteers/email/<template>_subject.txt and <template>.txt."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"volunteers/email/{template}_subject.txt", context).split())
        body = render_to_string(f"volunteers/email/{template}.txt", context)
    return subject, body


def build_message(notification):
    application = notification.application
    with translation.override(notification.language):
        context = {
            "application": application,
            "admin_url": absolute(application.get_admin_url()),
            "status_url": absolute(reverse("volunteers:status")),
        }
    if notification.kind == Notification.Kind.COORDINATOR:
        subject, body = render_email("new_application", context, notification.language)
        # A coordinator who answers the email writes to the applicant.
        reply_to = [application.email] if application.email else None
        return EmailMessage(subject, body, to=[notification.recipient], reply_to=reply_to)
    subject, body = render_email("confirmation", context, notification.language)
    return EmailMessage(subject, body, to=[notification.recipient])


def send_digests(now=None):
    """Email every coordinator the applications of their regions still waiting for an answer.

    Returns (emails sent, coordinators whose email failed). Sent directly, not queued: the command runs daily,
    so tomorrow's run is the retry.
    """
    now = now or timezone.now()
    sent, failed = 0, []
    profiles = (
        CoordinatorProfile.objects.filter(user__is_active=True, receives_notifications=True)
        .exclude(user__email="")
        .select_related("user")
        .prefetch_related("regions")
    )
    for profile in profiles:
        waiting = list(Application.objects.waiting(now).in_regions(profile.region_codes).order_by("submitted_at", "pk"))
        if not waiting:
            continue
        context = {
            "applications": [(application, absolute(application.get_admin_url())) for application in waiting],
            "count": len(waiting),
            "list_url": absolute(reverse("admin:volunteers_application_changelist") + "?waiting=yes"),
            "now": now,
        }
        subject, body = render_email("digest", context, profile.language)
        try:
            EmailMessage(subject, body, to=[profile.user.email]).send()
        except Exception as error:  # one coordinator's failure must not stop the others' digests
            logger.error("Digest to %s not sent: %s", profile.user.email, error)
            failed.append(profile)
        else:
            sent += 1
    return sent, failed
