"""Applicants hear back: a status change to contacted, accepted or declined e-mails the applicant, once, a few
minutes later, in the language they applied in, with the coordinator's message."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from tests.volunteers.helpers import make_application, make_coordinator, run_worker
from volunteers import notifications
from volunteers.models import Application, Notification

pytestmark = pytest.mark.django_db(transaction=True)

CHANGELIST = reverse("admin:volunteers_application_changelist")


@pytest.fixture
def coordinator(client):
    user = make_coordinator("head", all_regions=True, receives_notifications=False)
    client.force_login(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return user


def later(minutes=6):
    """After the delay that lets a coordinator change their mind."""
    return time_machine.travel(timezone.now() + timedelta(minutes=minutes))


def change_form(client, application, status, message=""):
    url = reverse("admin:volunteers_application_change", args=[application.pk])
    data = {
        "status": status,
        "message_to_applicant": message,
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
        "notifications-TOTAL_FORMS": "0",
        "notifications-INITIAL_FORMS": "0",
    }
    return client.post(url, data)


def status_notifications(application):
    return application.notifications.filter(kind=Notification.Kind.STATUS)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_change_form_emails_the_applicant_in_their_language_with_the_message(
    client, directions, coordinator, language
):
    application = make_application(directions, language=language)
    run_worker()
    mail.outbox.clear()
    response = change_form(client, application, "accepted", "Сенбіде сағат 10:00-де күтеміз.")
    assert response.status_code == 302
    assert "1 applicant will be told by e-mail in a few minutes." in client.get(CHANGELIST).text
    run_worker()
    assert mail.outbox == []
    with later():
        run_worker()
    [message] = mail.outbox
    assert message.to == ["aliya@example.kz"]
    with translation.override(language):
        accepted = str(Application.Status.ACCEPTED.label)
        assert message.subject == gettext("Your application %(reference)s: %(status)s") % {
            "reference": application.reference,
            "status": accepted,
        }
        assert gettext("Message from the coordinator:") in message.body
    assert "Сенбіде сағат 10:00-де күтеміз." in message.body
    assert application.reference in message.body
    assert f"/{language}/volunteer/status/" in message.body
    html, _mimetype = message.alternatives[0]
    assert "Сенбіде сағат 10:00-де күтеміз." in html and f'lang="{language}"' in html


def test_a_bulk_change_sends_one_email_per_applicant(client, directions, coordinator):
    applications = [
        make_application(directions, phone=f"8 701 000 00 0{number}", email=f"a{number}@example.kz")
        for number in range(3)
    ]
    without_email = make_application(directions, phone="8 701 000 00 09", email="")
    run_worker()
    mail.outbox.clear()
    selected = [application.pk for application in [*applications, without_email]]
    response = client.post(
        CHANGELIST,
        {"action": "mark_declined", "_selected_action": selected, "message": "Рақмет!"},
        follow=True,
    )
    assert "4 applications are now “Declined”." in response.text
    assert "3 applicants will be told by e-mail in a few minutes." in response.text
    with later():
        run_worker()
    assert sorted(message.to[0] for message in mail.outbox) == ["a0@example.kz", "a1@example.kz", "a2@example.kz"]
    assert all("Рақмет!" in message.body for message in mail.outbox)


def test_changing_back_and_forth_within_minutes_sends_one_email_with_the_latest_status(client, directions, coordinator):
    application = make_application(directions, language="en")
    run_worker()
    mail.outbox.clear()
    for status in ["contacted", "accepted", "declined", "contacted"]:
        change_form(client, application, status)
    with later():
        run_worker()
    [message] = mail.outbox
    assert message.subject == f"Your application {application.reference}: Contacted"
    assert status_notifications(application).count() == 1

    # Told "contacted"; then accepted and back within minutes: nothing new to tell.
    change_form(client, application, "accepted")
    change_form(client, application, "contacted")
    with later(20):
        run_worker()
    assert len(mail.outbox) == 1
    assert list(status_notifications(application).values_list("status", flat=True).order_by("pk")) == [
        "sent",
        "cancelled",
    ]


def test_a_status_set_back_to_new_or_closed_sends_nothing(client, directions, coordinator):
    application = make_application(directions)
    run_worker()
    mail.outbox.clear()
    change_form(client, application, "accepted")
    change_form(client, application, "new")
    change_form(client, application, "closed")
    with later():
        run_worker()
    assert mail.outbox == []
    assert status_notifications(application).get().status == "cancelled"


def test_no_address_no_email_and_the_form_says_so(client, directions, coordinator):
    application = make_application(directions, email="")
    url = reverse("admin:volunteers_application_change", args=[application.pk])
    assert "This applicant gave no e-mail address: nothing is sent to them." in client.get(url).text
    change_form(client, application, "accepted")
    with later():
        run_worker()
    assert mail.outbox == [] and not status_notifications(application).exists()


def test_an_application_anonymised_before_the_email_leaves_gets_nothing(directions):
    application = make_application(directions)
    run_worker()
    mail.outbox.clear()
    Application.objects.filter(pk=application.pk).set_status(Application.Status.DECLINED)
    notifications.tell_applicants(Application.objects.filter(pk=application.pk), "Жеке хабар")
    Application.objects.get(pk=application.pk).anonymize()
    with later():
        run_worker()
    assert mail.outbox == []
    notification = status_notifications(application).get()
    assert (notification.status, notification.recipient, notification.message) == ("cancelled", "", "")


def test_staff_see_the_status_email_and_its_message_with_the_application(client, directions, coordinator):
    application = make_application(directions)
    change_form(client, application, "contacted", "Ертең хабарласамын.")
    html = client.get(reverse("admin:volunteers_application_change", args=[application.pk])).text
    assert "Status change, to the applicant" in html and "Ертең хабарласамын." in html
