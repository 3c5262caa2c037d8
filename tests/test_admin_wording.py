"""What the admin says, server-side, in Kazakh and Russian: its name, counts, the staff roles, permissions, the
libraries' records, dates; and the language switcher's and the formats' wording on the public side.

tests/browser/test_admin_languages.py reads every admin page in Chromium for English words; these are the rules
behind it, each checked on its own."""

import re
from datetime import date, datetime, time

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import formats, timezone, translation

from portal.roles import ensure_groups
from tests.factories import localized, make_article, make_staff

pytestmark = pytest.mark.django_db
LIST = reverse("admin:news_article_changelist")


@pytest.fixture
def staff_client(client, admin_user):
    client.force_login(admin_user)
    return client


def page(client, path, language):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.text


@pytest.mark.parametrize(
    ("language", "header", "title"),
    [("kk", "Біргеміз: басқару", "Редакторлар мен үйлестірушілер"), ("ru", "Біргеміз: администрирование", None)],
)
def test_the_admin_names_the_site_in_the_staff_language(staff_client, language, header, title):
    html = page(staff_client, reverse("admin:index"), language)
    assert f'<a href="/admin/">{header}</a>' in html
    assert f"| {header}</title>" in html
    if title:
        assert f"<h1>{title}</h1>" in html or title in html
    assert "Django" not in html


@pytest.mark.parametrize(("language", "count"), [("kk", "2 мақала"), ("ru", "Всего: 2"), ("en", "2 articles")])
def test_the_change_list_counts_as_each_language_does(staff_client, language, count):
    make_article()
    make_article(days_ago=2)
    html = page(staff_client, LIST, language)
    paginator = re.search(r'<nav class="paginator".*?</h2>(.*?)</nav>', html, re.S).group(1)
    assert count in paginator
    assert "мақалалар" not in paginator  # Kazakh: the noun stays singular after a number


@pytest.mark.parametrize(
    ("language", "editors", "coordinators"),
    [("kk", "Редакторлар", "Үйлестірушілер"), ("ru", "Редакторы", "Координаторы")],
)
def test_the_role_groups_keep_their_stored_names_and_show_translated(staff_client, language, editors, coordinators):
    ensure_groups()
    html = page(staff_client, reverse("admin:auth_group_changelist"), language)
    assert editors in html
    assert coordinators in html
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Coordinators"}
    form = page(staff_client, reverse("admin:auth_group_change", args=[Group.objects.get(name="Editors").pk]), language)
    assert 'name="name"' not in form  # a role's group cannot be renamed: roles.py finds it by name
    assert editors in form


@pytest.mark.parametrize(("language", "label"), [("kk", "Жаңалықтар | мақала | қосу"), ("ru", "| статья | добавление")])
def test_permissions_read_as_section_model_and_action(staff_client, language, label):
    user = make_staff("жаңа")
    html = page(staff_client, reverse("admin:auth_user_change", args=[user.pk]), language)
    assert label in html
    assert "Can add" not in html
    assert Permission.objects.filter(name="Can add article").exists()  # stored as Django made it


@pytest.mark.parametrize(("language", "yes"), [("kk", 'alt="Иә"'), ("ru", 'alt="Да"')])
def test_yes_no_icons_speak_the_staff_language(staff_client, language, yes):
    html = page(staff_client, reverse("admin:auth_user_changelist"), language)
    assert yes in html
    assert 'alt="True"' not in html


@pytest.mark.parametrize(
    ("language", "app", "model"),
    [("kk", "Кіруді қорғау", "Кіру әрекеттері"), ("ru", "Защита входа", "Попытки входа")],
)
def test_the_libraries_apps_and_models_are_named_in_the_staff_language(staff_client, language, app, model):
    html = page(staff_client, reverse("admin:index"), language)
    assert app in html
    assert model in html
    assert "Axes" not in html
    assert "Tasks Database Backend" not in html


def test_the_russian_date_drill_down_uses_the_genitive(staff_client):
    moment = timezone.make_aware(datetime(2026, 1, 7, 10, 0))
    make_article(published_at=moment)
    html = page(staff_client, f"{LIST}?published_at__year=2026&published_at__month=1", "ru")
    assert "7 января" in html
    assert "7 Январь" not in html


@pytest.mark.parametrize(
    ("language", "day_month", "clock"),
    [("kk", "7 қаңтар", "14:05"), ("ru", "7 января", "14:05"), ("en", "January 7", "14:05")],
)
def test_formats_give_the_month_after_a_day_and_24_hour_time(language, day_month, clock):
    with translation.override(language):
        assert formats.date_format(date(2026, 1, 7), "MONTH_DAY_FORMAT") == day_month
        assert formats.time_format(time(14, 5)) == clock
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1


def test_the_switcher_names_each_language_as_it_names_itself(client):
    html = client.get(localized("home", "kk")).text
    assert 'title="Қазақша"' in html
    assert 'title="Русский"' in html
    assert 'title="English"' in html


def test_every_role_has_a_translated_name():
    from portal.roles import ROLE_LABELS, ROLES

    assert set(ROLE_LABELS) == set(ROLES)
