"""Management commands: the daily digest of waiting applications and the retention of personal data."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from tests.volunteers.helpers import make_application, make_coordinator, run_worker
from volunteers.models import Application, Note, Notification

pytestmark = pytest.mark.django_db


def digest(*args):
    out, err = StringIO(), StringIO()
    call_command("send_waiting_digest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


# --- Daily digest -------------------------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)  # the digests are queued after the commit
def test_each_coordinator_gets_a_digest_of_their_regions_waiting_applications(directions, settings):
    settings.SITE_URL = "https://birgemiz.example"
    waiting = make_application(directions, region="astana", submitted_days_ago=4)
    make_application(directions, region="astana", phone="8 701 000 00 01", submitted_days_ago=1)  # not yet
    answered = make_application(directions, region="astana", phone="8 701 000 00 02", submitted_days_ago=6)
    Application.objects.filter(pk=answered.pk).set_status(Application.Status.CONTACTED)
    elsewhere = make_application(directions, region="shymkent", phone="8 701 000 00 03", submitted_days_ago=5)
    make_coordinator("astana", regions=["astana"], language="ru")
    make_coordinator("almaty", regions=["almaty-city"])
    make_coordinator("head", all_regions=True, language="en")
    make_coordinator("quiet", regions=["astana"], receives_notifications=False)

    out, _err = digest()
    assert "Digests queued: 2." in out
    assert mail.outbox == []  # the worker sends them
    run_worker()
    # The applicants' confirmations, and the digests of the coordinators (made after the applications).
    by_recipient = {message.to[0]: message for message in mail.outbox if message.to != ["aliya@example.kz"]}
    assert set(by_recipient) == {"astana@birgemiz.kz", "head@birgemiz.kz"}

    astana = by_recipient["astana@birgemiz.kz"]
    assert waiting.reference in astana.body
    assert answered.reference not in astana.body and elsewhere.reference not in astana.body
    site = "https://birgemiz.example"
    assert site + reverse("admin:volunteers_application_change", args=[waiting.pk]) in astana.body
    assert site + reverse("admin:volunteers_application_changelist") + "?waiting=yes" in astana.body
    with translation.override("ru"):
        subject = ngettext(
            "%(count)s volunteer application is waiting for an answer",
            "%(count)s volunteer applications are waiting for an answer",
            1,
        ) % {"count": 1}
    assert astana.subject == subject

    head = by_recipient["head@birgemiz.kz"]
    assert head.subject == "2 volunteer applications are waiting for an answer"
    assert waiting.reference in head.body and elsewhere.reference in head.body


@pytest.mark.django_db(transaction=True)  # the digests are queued after the commit
def test_no_digest_when_nothing_waits(directions):
    make_application(directions, submitted_days_ago=1, email="")
    make_coordinator("astana", regions=["astana"])
    out, _err = digest()
    run_worker()
    assert mail.outbox == []
    assert "Digests queued: 0." in out


def test_the_operator_is_told_about_regions_nobody_covers(directions):
    make_application(directions, region="ulytau", submitted_days_ago=4)
    make_coordinator("astana", regions=["astana"])
    _out, err = digest()
    with translation.override("kk"):
        assert "Waiting applications in regions without a coordinator" in err


@pytest.mark.django_db(transaction=True)  # the digests are queued after the commit
def test_a_failed_digest_is_retried_and_shown_to_staff(directions, settings):
    settings.MAILERS = {"default": {"BACKEND": "tests.volunteers.test_notifications.BrokenMailServer"}}
    make_application(directions, submitted_days_ago=4, email="")
    make_coordinator("astana", regions=["astana"])
    Notification.objects.all().delete()
    digest()
    run_worker()
    failed = Notification.objects.get(kind=Notification.Kind.DIGEST)
    assert (failed.status, failed.recipient, failed.attempts) == ("pending", "astana@birgemiz.kz", 1)
    assert "SMTPServerDisconnected" in failed.last_error and failed.next_attempt_at


@pytest.mark.django_db(transaction=True)  # the digests are queued after the commit
def test_the_list_is_made_when_the_digest_is_sent_and_yesterdays_gives_way(directions):
    waiting = make_application(directions, submitted_days_ago=4, email="")
    make_coordinator("astana", regions=["astana"])
    digest()
    digest()  # the worker was down yesterday: one digest, not two
    Application.objects.filter(pk=waiting.pk).set_status(Application.Status.CONTACTED)
    run_worker()
    assert mail.outbox == []
    assert list(Notification.objects.filter(kind="digest").values_list("status", flat=True)) == ["cancelled"] * 2


def test_the_digest_queues_stale_notifications_again(directions, django_capture_on_commit_callbacks):
    make_coordinator("astana", regions=["astana"])
    application = make_application(directions, email="")
    Notification.objects.filter(application=application).update(updated_at=timezone.now() - timedelta(hours=2))
    with django_capture_on_commit_callbacks():
        out, _err = digest()
    assert "E-mails queued again: 1." in out


# --- Retention ----------------------------------------------------------------------------------------------------


def aged(application, status, months):
    moment = timezone.now() - timedelta(days=round(months * 30.44) + 1)
    Application.objects.filter(pk=application.pk).update(status=status, status_changed_at=moment)
    return application


def test_old_declined_and_closed_applications_are_anonymised(directions, settings):
    settings.VOLUNTEERS_RETENTION_MONTHS = 24
    declined = aged(make_application(directions, phone="8 701 000 00 01"), "declined", 25)
    closed = aged(make_application(directions, phone="8 701 000 00 02"), "closed", 30)
    recent = aged(make_application(directions, phone="8 701 000 00 03"), "declined", 23)
    accepted = aged(make_application(directions, phone="8 701 000 00 04"), "accepted", 40)
    Note.objects.create(application=declined, text="Телефон: 8 701 000 00 01")
    staff = get_user_model().objects.create_user("coordinator", is_staff=True)
    for application in (declined, closed):
        LogEntry.objects.log_actions(staff.pk, [application], CHANGE, "status")

    out = StringIO()
    call_command("anonymize_applications", stdout=out)
    assert "2 application(s) anonymised." in out.getvalue()

    for application in (declined, closed):
        application.refresh_from_db()
        assert application.anonymized_at is not None
        assert (application.full_name, application.phone, application.email, application.city, application.about) == (
            "—",
            "",
            "",
            "",
            "",
        )
        assert application.birth_date.month == application.birth_date.day == 1  # the year stays for statistics
        assert application.region == "astana" and application.directions.exists()
        assert not application.notes.exists()
        assert set(application.notifications.filter(kind="confirmation").values_list("recipient", flat=True)) == {""}
        assert "Сейітқали" not in LogEntry.objects.get(object_id=str(application.pk)).object_repr
    for application in (recent, accepted):
        application.refresh_from_db()
        assert application.anonymized_at is None
        assert application.full_name == "Әлия Нұрланқызы Сейітқали"


def test_retention_months_and_dry_run_are_options(directions):
    application = aged(make_application(directions), "declined", 7)
    out = StringIO()
    call_command("anonymize_applications", "--months=6", "--dry-run", stdout=out)
    assert "1 application(s) would be anonymised." in out.getvalue()
    application.refresh_from_db()
    assert application.anonymized_at is None
    call_command("anonymize_applications", "--months=6", stdout=StringIO())
    application.refresh_from_db()
    assert application.anonymized_at is not None
    call_command("anonymize_applications", "--months=6", stdout=out)  # running again changes nothing
    assert "0 application(s) anonymised." in out.getvalue()


def test_retention_refuses_nonsense(directions):
    with pytest.raises(CommandError):
        call_command("anonymize_applications", "--months=0")
