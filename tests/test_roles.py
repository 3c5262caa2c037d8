"""Staff roles: Editors manage news and the site's pages, Coordinators volunteer applications; both groups exist
after `migrate`."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from portal.roles import ensure_groups
from tests.factories import make_staff

pytestmark = pytest.mark.django_db


def permissions_of(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("content_type__app_label", "codename"))


def app_permissions(app_label):
    return set(
        Permission.objects.filter(content_type__app_label=app_label).values_list("content_type__app_label", "codename")
    )


def test_both_groups_exist_after_migrate_with_exactly_their_permissions():
    assert permissions_of("Editors") == app_permissions("news") | app_permissions("pages")
    assert {codename for _app, codename in permissions_of("Editors")} >= {
        "add_article",
        "change_article",
        "delete_article",
        "view_article",
        "add_category",
        "change_category",
        "view_category",
    }
    assert {codename for _app, codename in permissions_of("Editors")} >= {
        "change_page",
        "add_office",
        "add_privacypolicy",
    }
    assert permissions_of("Coordinators") == app_permissions("volunteers")
    assert not permissions_of("Editors") & permissions_of("Coordinators")


def test_migrate_puts_back_exactly_the_role_permissions():
    editors = Group.objects.get(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="delete_user"))
    Group.objects.get(name="Coordinators").delete()
    call_command("migrate", verbosity=0)
    assert permissions_of("Editors") == app_permissions("news") | app_permissions("pages")
    assert permissions_of("Coordinators") == app_permissions("volunteers")


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


def test_a_coordinator_works_with_volunteers_and_not_with_news(client):
    coordinator = make_staff(groups=["Coordinators"])
    assert all(coordinator.has_perm(f"volunteers.{codename}") for _app, codename in app_permissions("volunteers"))
    assert not coordinator.has_perm("news.change_article")
    assert not coordinator.has_perm("news.view_article")
    client.force_login(coordinator)
    assert client.get(reverse("admin:news_article_changelist")).status_code == 403
    assert client.get(reverse("admin:news_article_add")).status_code == 403


def test_staff_without_a_role_see_no_news(client):
    client.force_login(make_staff())
    assert client.get(reverse("admin:news_article_changelist")).status_code == 403
