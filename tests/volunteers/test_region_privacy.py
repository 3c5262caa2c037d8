"""A coordinator of one region learns nothing of another region's applicants: not through the application page, the
export, the list's sorting, its filters or the admin's lookups. That an applicant also applied elsewhere may show."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.volunteers.helpers import make_application, make_coordinator

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:volunteers_application_changelist")
FOREIGN_NAME = "Бауыржан Алматов"


@pytest.fixture
def repeat(directions):
    """One person applied in Almaty, then in Astana with the same phone: the Astana application is flagged."""
    first = make_application(directions, region="almaty-city", phone="8 702 222 22 22", full_name=FOREIGN_NAME)
    second = make_application(directions, region="astana", phone="+7 702 222 22 22", full_name="Бауыржан А.")
    assert second.duplicate_of == first
    return first, second


def signed_in(client, user, language="en"):
    client.force_login(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    return client


def change_page(client, application):
    return client.get(reverse("admin:volunteers_application_change", args=[application.pk]))


def exported(client, applications):
    response = client.post(
        CHANGELIST, {"action": "export_csv", "_selected_action": [application.pk for application in applications]}
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline=""), delimiter=";"))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_application_page_says_a_duplicate_exists_elsewhere_but_not_whose(client, repeat):
    first, second = repeat
    client = signed_in(client, make_coordinator("astana", regions=["astana"]))
    page = change_page(client, second)
    assert page.status_code == 200
    assert "from a region you do not cover" in page.text
    assert first.reference not in page.text
    assert FOREIGN_NAME not in page.text
    assert reverse("admin:volunteers_application_change", args=[first.pk]) not in page.text


def test_a_duplicate_in_a_region_the_coordinator_covers_is_linked(client, repeat):
    first, second = repeat
    client = signed_in(client, make_coordinator("both", regions=["astana", "almaty-city"]))
    page = change_page(client, second)
    assert reverse("admin:volunteers_application_change", args=[first.pk]) in page.text
    assert f"{first.reference} {FOREIGN_NAME}" in page.text


def test_superusers_see_whose_duplicate_it_is(client, repeat):
    first, second = repeat
    client = signed_in(client, get_user_model().objects.create_superuser("root", "root@birgemiz.kz"))
    assert f"{first.reference} {FOREIGN_NAME}" in change_page(client, second).text
    assert exported(client, [second])[0]["Possible duplicate of"] == first.reference


def test_the_export_says_a_duplicate_exists_elsewhere_but_not_whose(client, repeat, directions):
    first, second = repeat
    own_first = make_application(directions, region="astana", phone="8 701 555 55 55")
    own_repeat = make_application(directions, region="astana", phone="8 701 555 55 55")
    client = signed_in(client, make_coordinator("astana", regions=["astana"]))
    rows = {row["Reference number"]: row for row in exported(client, [second, own_first, own_repeat])}
    assert rows[second.reference]["Possible duplicate of"] == "yes, in another region"
    assert rows[own_repeat.reference]["Possible duplicate of"] == own_first.reference
    assert rows[own_first.reference]["Possible duplicate of"] == ""
    everything = "".join(str(row) for row in rows.values())
    assert first.reference not in everything and FOREIGN_NAME not in everything


def test_sorting_by_the_duplicate_column_reveals_nothing_of_the_other_application(client, directions):
    """Sorted by the earlier application itself, the rows would follow when it was sent, in another region."""
    coordinator = make_coordinator("astana", regions=["astana"])
    earlier = [
        make_application(directions, region="almaty-city", phone=f"8 702 000 00 0{number}", submitted_days_ago=days)
        for number, days in enumerate([1, 3, 2])
    ]
    repeats = [make_application(directions, region="astana", phone=f"8 702 000 00 0{number}") for number in range(3)]
    assert [repeat.duplicate_of for repeat in repeats] == earlier
    client = signed_in(client, coordinator)
    column = client.get(CHANGELIST).context["cl"].list_display.index("is_duplicate")
    orders = [
        [application.pk for application in client.get(CHANGELIST, {"o": f"{prefix}{column}"}).context["cl"].result_list]
        for prefix in ("", "-")
    ]
    # All three are duplicates: equal values, in the same order both ways.
    assert orders[0] == orders[1]
    assert sorted(orders[0]) == sorted(repeat.pk for repeat in repeats)


@pytest.mark.parametrize(
    "lookup",
    ["duplicate_of__full_name__startswith", "duplicate_of__region", "duplicate_of__phone", "duplicates__full_name"],
)
def test_filtering_through_the_duplicate_relation_is_refused(client, repeat, lookup):
    client = signed_in(client, make_coordinator("astana", regions=["astana"]))
    assert client.get(CHANGELIST, {lookup: "Б"}).status_code == 400


def test_the_autocomplete_lookup_finds_only_the_coordinators_applications(client, repeat):
    first, _second = repeat
    client = signed_in(client, make_coordinator("astana", regions=["astana"]))
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "volunteers", "model_name": "application", "field_name": "duplicate_of", "term": "Бауыржан"},
    )
    found = {item["id"] for item in response.json()["results"]} if response.status_code == 200 else set()
    assert str(first.pk) not in found
    assert FOREIGN_NAME not in response.text


def test_another_regions_application_has_no_history_or_address_for_the_coordinator(client, repeat):
    first, _second = repeat
    client = signed_in(client, make_coordinator("astana", regions=["astana"]))
    history = client.get(reverse("admin:volunteers_application_history", args=[first.pk]))
    assert history.status_code == 302 and FOREIGN_NAME not in history.text
    notifications = client.get(reverse("admin:volunteers_notification_changelist"), {"q": first.reference})
    assert FOREIGN_NAME not in notifications.text
