"""The CSV export opens in Excel as it should: UTF-8 with a byte-order mark, semicolons, no formulas."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.volunteers.helpers import make_application, make_coordinator

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:volunteers_application_changelist")


def export(client, user, applications, language="ru"):
    client.force_login(user)
    return client.post(
        CHANGELIST,
        {"action": "export_csv", "_selected_action": [application.pk for application in applications]},
        HTTP_ACCEPT_LANGUAGE=language,
    )


def rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_the_export_is_utf8_with_a_bom_and_keeps_kazakh_letters(client, directions):
    application = make_application(
        directions, full_name="Әлия Ғалымқызы Қоңыратбаева", city="Өскемен", about="Ұйымдастыру, Үйлестіру, Һ, Ң, І"
    )
    admin = get_user_model().objects.create_superuser("root", "root@birgemiz.kz")
    response = export(client, admin, [application])
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="applications-')
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    header, row = rows(response)
    assert len(header) == len(row) == 17
    assert row[0] == application.reference
    assert "Әлия Ғалымқызы Қоңыратбаева" in row
    assert "Өскемен" in row
    assert "Ұйымдастыру, Үйлестіру, Һ, Ң, І" in row  # a comma inside a field stays inside it
    assert "\r\n" in response.content.decode("utf-8-sig")  # Excel's line ends


def test_phones_and_formulas_are_kept_as_text(client, directions):
    application = make_application(directions, about='=HYPERLINK("http://evil.example";"click")')
    admin = get_user_model().objects.create_superuser("root", "root@birgemiz.kz")
    _header, row = rows(export(client, admin, [application]))
    assert "'+77011234567" in row  # otherwise Excel computes =+77011234567 and drops the plus
    assert '\'=HYPERLINK("http://evil.example";"click")' in row


def test_the_export_is_in_the_coordinators_language(client, directions):
    application = make_application(directions)
    admin = get_user_model().objects.create_superuser("root", "root@birgemiz.kz")
    header, row = rows(export(client, admin, [application], language="en"))
    assert header[:3] == ["Reference number", "Submitted", "Status"]
    assert "Astana" in row and "New" in row
    assert directions["environment"].name_en + ", " + directions["education"].name_en in row


def test_coordinators_export_only_their_regions(client, directions):
    mine = make_application(directions, region="astana")
    foreign = make_application(directions, region="almaty-city", phone="8 702 000 00 00")
    coordinator = make_coordinator("astana", regions=["astana"])
    references = [row[0] for row in rows(export(client, coordinator, [mine, foreign]))[1:]]
    assert references == [mine.reference]


def test_exporting_many_costs_no_more_queries_than_exporting_one(client, directions, django_assert_max_num_queries):
    admin = get_user_model().objects.create_superuser("root", "root@birgemiz.kz")
    first = make_application(directions, phone="8 701 000 00 01")
    export(client, admin, [first])
    with django_assert_max_num_queries(20) as one:
        export(client, admin, [first])
    many = [first] + [make_application(directions, phone=f"8 701 000 00 {n:02d}") for n in range(2, 22)]
    with django_assert_max_num_queries(len(one)):
        response = export(client, admin, many)
    assert len(rows(response)) == 22
