"""E-mail about applications: what is queued when, and how each kind is written.

Every e-mail here is a Notification row in the outbox (portal/outbox.py), written in the same transaction as what it
is about and sent afterwards by the background worker, retried, and visible to staff in admin:
- a new application: its region's coordinators are told, and the applicant gets a confirmation;
- a status change to contacted, accepted or declined: the applicant is told, a few minutes later, the status the
  application has then (so that a status changed back and forth gives one e-mail, or none);
- every day: each coordinator gets the list of their regions' applications still waiting for an answer.
"""

from datetime import timedelta

from django.conf import settings
from django.tasks import task
from django.urls import reverse
from django.utils import timezone, translation

from portal import outbox
from portal.mail import absolute, compose
from volunteers.models import Application, CoordinatorProfile, Notification

# The statuses an applicant is told about: "new" is what they already know, "closed" is the coordinators' own record.
TOLD_STATUSES = [Application.Status.CONTACTED, Application.Status.ACCEPTED, Application.Status.DECLINED]


def create_for(application):
    """The notifications a new application gets: its region's coordinators, and the applicant when they gave an
    email. Returns their ids."""
    coordinators = CoordinatorProfile.objects.for_region(application.region).filter(receives_notifications=True)
    rows = [
        Notification(
            application=application,
            coordinator=profile,
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


def enqueue(notification_ids, at=None):
    """Queue the sending of these notifications, now or at `at`."""
    outbox.enqueue(Notification, notification_ids, at)


@task()
def send_notification(notification_id):
    """Tasks queued before every e-mail went through portal.outbox.send_email name this one: send them the same way."""
    return outbox.deliver(Notification, notification_id)


def tell_applicants(applications, message=""):
    """Queue an e-mail to each applicant whose application has just moved to a status they are told about, with the
    coordinator's `message`. Returns how many applicants will be told.

    It is sent VOLUNTEERS_STATUS_EMAIL_DELAY seconds later, with the status the application has then. Another
    change in that time updates the e-mail that waits (and its message) instead of adding one.
    """
    now = timezone.now()
    due = now + timedelta(seconds=settings.VOLUNTEERS_STATUS_EMAIL_DELAY)
    told = [
        application
        for application in applications
        if application.status in TOLD_STATUSES and application.email and not application.anonymized_at
    ]
    waiting = Notification.objects.filter(
        application__in=told, kind=Notification.Kind.STATUS, status=Notification.Status.PENDING
    )
    already_waiting = set(waiting.values_list("application_id", flat=True))
    waiting.update(message=message, updated_at=now)
    rows = [
        Notification(
            application=application,
            kind=Notification.Kind.STATUS,
            recipient=application.email,
            language=application.language,
            message=message,
            next_attempt_at=due,
        )
        for application in told
        if application.pk not in already_waiting
    ]
    created = Notification.objects.bulk_create(rows)
    outbox.enqueue_after_commit(Notification, [notification.pk for notification in created], due)
    return len(told)


def queue_digests():
    """Queue for every coordinator with waiting applications in their regions the digest of them; returns how many.

    The list is made when the e-mail is sent, so it is never out of date; a digest still waiting from an earlier day
    gives way to today's.
    """
    profiles = (
        CoordinatorProfile.objects.filter(user__is_active=True, receives_notifications=True)
        .exclude(user__email="")
        .select_related("user")
        .prefetch_related("regions")
    )
    rows = [
        Notification(
            coordinator=profile,
            kind=Notification.Kind.DIGEST,
            recipient=profile.user.email,
            language=profile.language,
        )
        for profile in profiles
        if Application.objects.waiting().in_regions(profile.region_codes).exists()
    ]
    Notification.objects.filter(kind=Notification.Kind.DIGEST, status=Notification.Status.PENDING).update(
        status=Notification.Status.CANCELLED, updated_at=timezone.now()
    )
    created = Notification.objects.bulk_create(rows)
    outbox.enqueue_after_commit(Notification, [notification.pk for notification in created])
    return len(created)


# --- Writing each kind --------------------------------------------------------------------------------------------


@outbox.writer(Notification)
def build_message(notification):
    """The e-mail of `notification`, or None when it is no longer needed."""
    builders = {
        Notification.Kind.COORDINATOR: new_application_message,
        Notification.Kind.CONFIRMATION: confirmation_message,
        Notification.Kind.STATUS: status_message,
        Notification.Kind.DIGEST: digest_message,
    }
    if not notification.recipient:
        return None  # the applicant's data has been anonymised since
    return builders[notification.kind](notification)


def status_url(language):
    with translation.override(language):
        return absolute(reverse("volunteers:status"))


def new_application_message(notification):
    application = notification.application
    context = {"application": application, "admin_url": absolute(application.get_admin_url())}
    # A coordinator who answers the email writes to the applicant.
    reply_to = [application.email] if application.email else None
    return compose(
        "volunteers/email/new_application",
        context,
        notification.language,
        to=[notification.recipient],
        reply_to=reply_to,
    )


def confirmation_message(notification):
    context = {"application": notification.application, "status_url": status_url(notification.language)}
    return compose("volunteers/email/confirmation", context, notification.language, to=[notification.recipient])


def status_message(notification):
    """The status the application has now, unless the applicant has already been told it (or it is not told)."""
    application = notification.application
    status = application.status
    last_told = (
        Notification.objects.filter(
            application=application, kind=Notification.Kind.STATUS, status=Notification.Status.SENT
        )
        .order_by("-sent_at", "-pk")
        .values_list("told_status", flat=True)
        .first()
    )
    if status not in TOLD_STATUSES or status == last_told or application.anonymized_at:
        return None
    Notification.objects.filter(pk=notification.pk).update(told_status=status)
    context = {
        "application": application,
        "status": Application.Status(status),
        "message": notification.message,
        "status_url": status_url(notification.language),
    }
    return compose("volunteers/email/status", context, notification.language, to=[notification.recipient])


def digest_message(notification):
    profile = notification.coordinator
    if not (profile.receives_notifications and profile.user.is_active):
        return None
    now = timezone.now()
    waiting = list(Application.objects.waiting(now).in_regions(profile.region_codes).order_by("submitted_at", "pk"))
    if not waiting:
        return None
    context = {
        "applications": [(application, absolute(application.get_admin_url())) for application in waiting],
        "count": len(waiting),
        "list_url": absolute(reverse("admin:volunteers_application_changelist") + "?waiting=yes"),
        "now": now,
    }
    return compose("volunteers/email/digest", context, notification.language, to=[notification.recipient])
