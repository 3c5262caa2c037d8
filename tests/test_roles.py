"""Staff roles: Editors manage news, the newsletter and the site's pages, Coordinators answer volunteer applications
and nothing more; both groups exist after `migrate`, and the admin holds every role to its rights whatever a group
is given."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from portal.roles import ensure_groups
from tests.factories import make_staff
from tests.volunteers.helpers import make_coordinator
from volunteers.models import Direction

pytestmark = pytest.mark.django_db

# What a coordinator's work needs: read and answer applications, write notes, see notifications and send them again.
# The site's pages and front offices; the privacy policy is the superusers' (what applicants consent to).
EDITOR_PAGE_PERMISSIONS = {
    ("pages", "view_page"),
    ("pages", "change_page"),
    ("pages", "view_office"),
    ("pages", "add_office"),
    ("pages", "change_office"),
    ("pages", "delete_office"),
}
COORDINATOR_PERMISSIONS = {
    ("volunteers", "view_application"),
    ("volunteers", "change_application"),
    ("volunteers", "view_note"),
    ("volunteers", "add_note"),
    ("volunteers", "view_notification"),
    ("volunteers", "change_notification"),
}


def permissions_of(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("content_type__app_label", "codename"))


def app_permissions(app_label):
    return set(
        Permission.objects.filter(content_type__app_label=app_label).values_list("content_type__app_label", "codename")
    )


def test_both_groups_exist_after_migrate_with_exactly_their_permissions():
    editor_permissions = app_permissions("news") | app_permissions("newsletter") | EDITOR_PAGE_PERMISSIONS
    assert permissions_of("Editors") == editor_permissions
    assert {codename for _app, codename in permissions_of("Editors")} >= {
        "add_article",
        "change_article",
        "delete_article",
        "view_article",
        "add_category",
        "change_category",
        "view_category",
    }
    assert permissions_of("Coordinators") == COORDINATOR_PERMISSIONS
    assert not permissions_of("Editors") & permissions_of("Coordinators")


def test_migrate_puts_back_exactly_the_role_permissions():
    editors = Group.objects.get(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="delete_user"))
    Group.objects.get(name="Coordinators").delete()
    call_command("migrate", verbosity=0)
    editor_permissions = app_permissions("news") | app_permissions("newsletter") | EDITOR_PAGE_PERMISSIONS
    assert permissions_of("Editors") == editor_permissions
    assert permissions_of("Coordinators") == COORDINATOR_PERMISSIONS


def test_ensure_groups_is_idempotent():
    ensure_groups()
    ensure_groups()
    assert Group.objects.filter(name__in=["Editors", "Coordinators"]).count() == 2


def test_an_editor_manages_news_and_nothing_else(client):
    editor = make_staff(groups=["Editors"])
    assert editor.has_perms(["news.add_article", "news.change_article", "news.delete_article", "news.add_category"])
    assert not editor.has_perm("auth.change_user")
    assert not any(editor.has_perm(f"volunteers.{codename}") for _app, codename in app_permissions("volunteers"))
    client.force_login(editor)
    assert client.get(reverse("admin:news_article_changelist")).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_a_coordinator_works_with_applications_and_not_with_news(client):
    coordinator = make_staff(groups=["Coordinators"])
    assert all(coordinator.has_perm(f"{app}.{codename}") for app, codename in COORDINATOR_PERMISSIONS)
    for codename in ["change_direction", "delete_direction", "add_direction", "change_coordinatorprofile"]:
        assert not coordinator.has_perm(f"volunteers.{codename}")
    assert not coordinator.has_perm("volunteers.delete_application")
    assert not coordinator.has_perm("news.change_article")
    assert not coordinator.has_perm("news.view_article")
    client.force_login(coordinator)
    assert client.get(reverse("admin:news_article_changelist")).status_code == 403
    assert client.get(reverse("admin:news_article_add")).status_code == 403


def test_staff_without_a_role_see_no_news(client):
    client.force_login(make_staff())
    assert client.get(reverse("admin:news_article_changelist")).status_code == 403


# --- Directions are national: superusers only ---------------------------------------------------------------------


def direction_data(direction, **changes):
    data = {
        "name_kk": direction.name_kk,
        "name_ru": direction.name_ru,
        "name_en": direction.name_en,
        "slug": direction.slug,
        "position": direction.position,
        "is_active": "on",
        **changes,
    }
    return {name: value for name, value in data.items() if value is not None}


@pytest.mark.parametrize("given_every_permission", [False, True], ids=["coordinator", "coordinator given rights"])
def test_a_regional_coordinator_cannot_touch_a_national_direction(client, directions, given_every_permission):
    """Even with the Direction permissions added to their group by mistake: the admin itself refuses."""
    coordinator = make_coordinator("astana", regions=["astana"])
    if given_every_permission:
        Group.objects.get(name="Coordinators").permissions.add(
            *Permission.objects.filter(content_type__app_label="volunteers")
        )
    client.force_login(coordinator)
    emergencies = directions["emergencies"]
    change = reverse("admin:volunteers_direction_change", args=[emergencies.pk])
    assert client.get(reverse("admin:volunteers_direction_changelist")).status_code == 403
    assert client.get(change).status_code == 403
    assert client.post(change, direction_data(emergencies, is_hazardous=None)).status_code == 403
    delete = reverse("admin:volunteers_direction_delete", args=[emergencies.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert (
        client.post(reverse("admin:volunteers_direction_add"), direction_data(emergencies, slug="new")).status_code
        == 403
    )
    emergencies.refresh_from_db()
    assert emergencies.is_hazardous
    assert Direction.objects.count() == len(directions)
    assert "volunteers/direction/" not in client.get(reverse("admin:index")).text


def test_a_superuser_edits_directions(admin_client, directions):
    animals = directions["animals"]
    response = admin_client.post(
        reverse("admin:volunteers_direction_change", args=[animals.pk]),
        direction_data(animals, name_kk="Жануарларға көмек", is_hazardous="on"),
    )
    assert response.status_code == 302
    animals.refresh_from_db()
    assert (animals.name_kk, animals.is_hazardous) == ("Жануарларға көмек", True)


# --- What a coordinator does: answer, note, send failed notifications again -----------------------------------------


@pytest.fixture
def failed_notification(directions):
    from tests.volunteers.helpers import make_application
    from volunteers.models import Notification

    application = make_application(directions, region="astana")
    Notification.objects.filter(application=application).update(status=Notification.Status.FAILED, attempts=6)
    return Notification.objects.get(application=application)


@pytest.mark.parametrize(
    ("changelist", "action", "selected"),
    [
        ("admin:volunteers_notification_changelist", "send_again", lambda notification: notification.pk),
        ("admin:volunteers_application_changelist", "send_notifications_again", lambda n: n.application_id),
    ],
    ids=["from the notifications", "from the applications"],
)
def test_a_coordinator_sends_failed_notifications_again(client, failed_notification, changelist, action, selected):
    client.force_login(make_coordinator("astana", regions=["astana"]))
    response = client.post(reverse(changelist), {"action": action, "_selected_action": [selected(failed_notification)]})
    assert response.status_code == 302
    failed_notification.refresh_from_db()
    assert (failed_notification.status, failed_notification.attempts) == ("pending", 0)


def test_a_notification_is_a_record_that_a_coordinator_reads_but_does_not_edit(client, failed_notification):
    client.force_login(make_coordinator("astana", regions=["astana"]))
    url = reverse("admin:volunteers_notification_change", args=[failed_notification.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="_save"' not in page.text
    assert client.post(url, {}).status_code == 403


def test_a_coordinator_cannot_delete_an_application(client, failed_notification):
    client.force_login(make_coordinator("astana", regions=["astana"]))
    application = failed_notification.application
    delete = reverse("admin:volunteers_application_delete", args=[application.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert client.post(
        reverse("admin:volunteers_application_changelist"),
        {"action": "delete_selected", "_selected_action": [application.pk], "post": "yes"},
    ).status_code in (200, 302)
    application.refresh_from_db()
