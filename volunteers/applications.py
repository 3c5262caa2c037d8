"""Submitting an application: the one way in, used by the form, the tests and anything else that takes one."""

import hashlib

from django.db import connection, transaction
from django.utils import timezone

from volunteers import notifications
from volunteers.models import Application


def submit_application(
    *,
    full_name,
    birth_date,
    phone,
    region,
    directions,
    language,
    consent_version,
    guardian_consent=False,
    email="",
    city="",
    languages=(),
    availability=(),
    about="",
):
    """Store an application with its notifications, then have them sent once the transaction has committed.

    Takes values already validated (ApplicationForm.application_data()); `phone` is in E.164. Nothing is sent from
    here: the background worker sends the mail, so a slow or broken mail server never slows or fails the form.
    """
    with transaction.atomic():
        _serialize_same_phone(phone)
        # Taken once it is this application's turn: the earliest submitted is then always the one the later ones
        # repeat (taken before, a request could wait behind a later one and be stored as earlier than its original).
        now = timezone.now()
        application = Application.objects.create(
            full_name=full_name,
            birth_date=birth_date,
            guardian_consent=guardian_consent,
            phone=phone,
            email=email,
            region=region,
            city=city,
            languages=list(languages),
            availability=list(availability),
            about=about,
            consent_version=consent_version,
            consent_language=language,
            consent_given_at=now,
            language=language,
            submitted_at=now,
            status_changed_at=now,
            # Nothing is ever refused for being a repeat: it is stored and flagged for the coordinator.
            duplicate_of=Application.objects.filter(phone=phone).order_by("submitted_at", "pk").only("pk").first(),
        )
        application.directions.add(*directions)
        pending = notifications.create_for(application)
        transaction.on_commit(lambda: notifications.enqueue(pending), robust=True)
    return application


def _serialize_same_phone(phone):
    """Make concurrent applications with one phone number take turns, so the second always sees the first.

    SQLite transactions here begin IMMEDIATE and already take turns; PostgreSQL gets a transaction-scoped lock.
    """
    if connection.vendor == "postgresql":
        key = int.from_bytes(hashlib.sha256(phone.encode()).digest()[:8], "big", signed=True)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])
