"""The coordinators' admin: their regions only, filters, search, status actions, notes and notifications."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from tests.volunteers.helpers import make_application, make_coordinator
from volunteers.models import Application, CoordinatorProfile, Note, Notification, Region

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:volunteers_application_changelist")


@pytest.fixture
def applications(directions):
    return {
        "astana": make_application(directions, region="astana", phone="8 701 111 11 11", full_name="Айгерім Астанова"),
        "almaty": make_application(
            directions, region="almaty-city", phone="8 702 222 22 22", full_name="Бауыржан Алматов"
        ),
        "shymkent": make_application(
            directions, region="shymkent", phone="8 705 333 33 33", full_name="Гүлнар Шымкентова"
        ),
    }


def translated_region(code, language="kk"):
    with translation.override(language):
        return str(Region(code).label)


def logged_in(client, user, language="en"):
    """The user's admin in `language`: it follows the browser's language (Kazakh when the browser says none)."""
    client.force_login(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    return client


def listed(response):
    return {application.reference for application in response.context["cl"].result_list}


# --- Region scoping -----------------------------------------------------------------------------------------------


def test_a_coordinator_sees_only_their_regions_applications(client, applications):
    coordinator = make_coordinator("astana", regions=["astana", "shymkent"])
    response = logged_in(client, coordinator).get(CHANGELIST)
    assert response.status_code == 200
    assert listed(response) == {applications["astana"].reference, applications["shymkent"].reference}


def test_another_regions_application_cannot_be_opened_or_changed(client, applications):
    coordinator = make_coordinator("astana", regions=["astana"])
    client = logged_in(client, coordinator)
    foreign = applications["almaty"]
    response = client.get(reverse("admin:volunteers_application_change", args=[foreign.pk]))
    assert response.status_code == 302  # "does not exist", back to the admin
    response = client.post(
        CHANGELIST, {"action": "mark_declined", "_selected_action": [foreign.pk, applications["astana"].pk]}
    )
    foreign.refresh_from_db()
    assert foreign.status == Application.Status.NEW
    assert Application.objects.get(pk=applications["astana"].pk).status == Application.Status.DECLINED


def test_all_regions_coordinators_and_superusers_see_everything(client, applications):
    everywhere = make_coordinator("head", all_regions=True)
    assert len(listed(logged_in(client, everywhere).get(CHANGELIST))) == 3
    admin = get_user_model().objects.create_superuser("root", "root@birgemiz.kz")
    assert len(listed(logged_in(client, admin).get(CHANGELIST))) == 3


def test_a_coordinator_without_regions_sees_nothing_and_is_told_why(client, applications):
    coordinator = make_coordinator("new")
    CoordinatorProfile.objects.filter(user=coordinator).delete()
    response = logged_in(client, coordinator).get(CHANGELIST, follow=True)
    assert listed(response) == set()
    assert "not tied to any region" in response.text


def test_the_region_filter_offers_the_coordinators_regions_only(client, applications):
    coordinator = make_coordinator("astana", regions=["astana", "shymkent"])
    html = logged_in(client, coordinator).get(CHANGELIST).text
    assert "?region=astana" in html and "?region=shymkent" in html
    assert "?region=almaty-city" not in html


def test_coordinators_cannot_widen_their_own_access(client, applications):
    coordinator = make_coordinator("astana", regions=["astana"])
    client = logged_in(client, coordinator)
    profile = coordinator.coordinator_profile
    assert client.get(reverse("admin:volunteers_coordinatorprofile_changelist")).status_code == 403
    assert client.get(reverse("admin:volunteers_coordinatorprofile_change", args=[profile.pk])).status_code == 403


def test_a_superuser_ties_an_account_to_regions(client):
    admin = get_user_model().objects.create_superuser("root", "root@birgemiz.kz")
    staff = get_user_model().objects.create_user("aigul", "aigul@birgemiz.kz", is_staff=True)
    response = logged_in(client, admin).post(
        reverse("admin:volunteers_coordinatorprofile_add"),
        {"user": staff.pk, "region_codes": ["astana", "akmola"], "language": "ru", "receives_notifications": "on"},
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    profile = CoordinatorProfile.objects.get(user=staff)
    assert sorted(profile.region_codes) == ["akmola", "astana"]

    response = client.post(
        reverse("admin:volunteers_coordinatorprofile_change", args=[profile.pk]),
        {"user": staff.pk, "region_codes": [], "language": "ru"},
    )
    assert response.status_code == 200  # neither a region nor "all regions": refused
    assert "Choose at least one region" in response.text


# --- The list: columns, filters, search ---------------------------------------------------------------------------


def test_the_list_shows_what_coordinators_work_with(client, applications, directions):
    duplicate = make_application(directions, region="astana", phone="+7 701 111 11 11")
    coordinator = make_coordinator("astana", regions=["astana"])
    html = logged_in(client, coordinator, "kk").get(CHANGELIST).text
    for text in [
        duplicate.reference,
        "Айгерім Астанова",
        "+77011111111",
        str(translated_region("astana")),
        directions["environment"].name_kk,
        "img/icon-yes.",  # the duplicate flag
        "img/icon-no.",
    ]:
        assert text in html


def test_the_list_costs_a_constant_number_of_queries(client, directions, django_assert_max_num_queries):
    coordinator = make_coordinator("astana", regions=["astana"])
    client = logged_in(client, coordinator)
    make_application(directions, phone="8 701 000 00 01")
    client.get(CHANGELIST)
    with django_assert_max_num_queries(20) as few:
        client.get(CHANGELIST)
    for number in range(2, 12):
        make_application(directions, phone=f"8 701 000 00 {number:02d}")
    with django_assert_max_num_queries(len(few)):
        client.get(CHANGELIST)


def test_waiting_filter_shows_applications_still_new_after_three_days(client, directions):
    old = make_application(directions, phone="8 701 000 00 01", submitted_days_ago=4)
    answered = make_application(directions, phone="8 701 000 00 02", submitted_days_ago=5)
    Application.objects.filter(pk=answered.pk).set_status(Application.Status.CONTACTED)
    make_application(directions, phone="8 701 000 00 03", submitted_days_ago=2)
    coordinator = make_coordinator("astana", regions=["astana"])
    response = logged_in(client, coordinator).get(CHANGELIST + "?waiting=yes")
    assert listed(response) == {old.reference}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=new", {"astana", "almaty", "shymkent"}),
        ("region=almaty-city", {"almaty"}),
        ("language__exact=kk", {"astana", "almaty", "shymkent"}),
        ("language__exact=ru", set()),
    ],
)
def test_filters(client, applications, query, expected):
    admin = get_user_model().objects.create_superuser("root", "root@birgemiz.kz")
    response = logged_in(client, admin).get(f"{CHANGELIST}?{query}")
    assert listed(response) == {applications[key].reference for key in expected}


def test_the_direction_and_date_filters(client, applications, directions):
    animals = make_application(directions, phone="8 701 000 00 09", directions=[directions["animals"].pk])
    admin = get_user_model().objects.create_superuser("root", "root@birgemiz.kz")
    client = logged_in(client, admin)
    assert listed(client.get(f"{CHANGELIST}?directions__id__exact={directions['animals'].pk}")) == {animals.reference}
    since = (timezone.localtime() - timedelta(days=7)).isoformat()
    assert len(listed(client.get(CHANGELIST, {"submitted_at__gte": since}))) == 4
    assert listed(client.get(CHANGELIST, {"submitted_at__lt": since})) == set()


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("Алматов", "almaty"),
        ("бауыржан", "almaty"),
        ("8 705 333 33 33", "shymkent"),  # as heard on the phone
        ("+7 (705) 333-33-33", "shymkent"),
        ("3333333", "shymkent"),
        ("aliya@example", None),  # every test application has this email
    ],
)
def test_search_by_name_phone_and_email(client, applications, term, expected):
    admin = get_user_model().objects.create_superuser("root", "root@birgemiz.kz")
    response = logged_in(client, admin).get(CHANGELIST, {"q": term})
    found = listed(response)
    if expected is None:
        assert len(found) == 3
    else:
        assert found == {applications[expected].reference}


# --- Work on an application ---------------------------------------------------------------------------------------


def test_status_actions_change_the_selection_and_are_logged(client, applications):
    coordinator = make_coordinator("head", all_regions=True)
    selection = [applications["astana"].pk, applications["almaty"].pk]
    response = logged_in(client, coordinator).post(
        CHANGELIST, {"action": "mark_contacted", "_selected_action": selection}, follow=True
    )
    assert response.status_code == 200
    statuses = dict(Application.objects.values_list("pk", "status"))
    assert [statuses[pk] for pk in selection] == ["contacted", "contacted"]
    assert statuses[applications["shymkent"].pk] == "new"
    assert LogEntry.objects.filter(user=coordinator).count() == 2


def test_a_coordinator_changes_the_status_and_adds_a_note(client, applications):
    coordinator = make_coordinator("astana", regions=["astana"])
    application = applications["astana"]
    client = logged_in(client, coordinator)
    url = reverse("admin:volunteers_application_change", args=[application.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "Айгерім Астанова" in page.text
    data = {
        "status": "accepted",
        "notes-TOTAL_FORMS": "1",
        "notes-INITIAL_FORMS": "0",
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
        "notes-0-text": "Қоңырау шалдым, сенбіде келеді.",
        "notifications-TOTAL_FORMS": "0",
        "notifications-INITIAL_FORMS": "0",
        "notifications-MIN_NUM_FORMS": "0",
        "notifications-MAX_NUM_FORMS": "1000",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    application.refresh_from_db()
    assert application.status == "accepted"
    assert application.status_changed_at > application.submitted_at
    note = Note.objects.get()
    assert (note.application, note.author, note.text) == (application, coordinator, "Қоңырау шалдым, сенбіде келеді.")


def test_what_the_applicant_sent_is_read_only(client, applications):
    coordinator = make_coordinator("astana", regions=["astana"])
    application = applications["astana"]
    form = (
        logged_in(client, coordinator)
        .get(reverse("admin:volunteers_application_change", args=[application.pk]))
        .context["adminform"]
        .form
    )
    assert list(form.fields) == ["status", "message_to_applicant"]  # the message goes to the applicant, not the record


def test_notifications_and_their_state_are_shown_with_the_application(client, directions):
    coordinator = make_coordinator("astana", regions=["astana"])
    application = make_application(directions)
    Notification.objects.filter(application=application).update(
        status=Notification.Status.FAILED, attempts=6, last_error="SMTPServerDisconnected: gone"
    )
    html = (
        logged_in(client, coordinator).get(reverse("admin:volunteers_application_change", args=[application.pk])).text
    )
    assert "SMTPServerDisconnected: gone" in html
    assert "astana@birgemiz.kz" in html


def test_notifications_list_is_scoped_too(client, directions):
    make_coordinator("almaty", regions=["almaty-city"])
    make_application(directions, region="astana")
    coordinator = make_coordinator("astana", regions=["astana"])
    foreign = make_application(directions, region="almaty-city", phone="8 702 000 00 00")
    response = logged_in(client, coordinator).get(reverse("admin:volunteers_notification_changelist"))
    shown = {notification.application_id for notification in response.context["cl"].result_list}
    assert foreign.pk not in shown and shown


def test_applications_cannot_be_added_in_admin(client):
    coordinator = make_coordinator("astana", regions=["astana"])
    assert logged_in(client, coordinator).get(reverse("admin:volunteers_application_add")).status_code == 403
