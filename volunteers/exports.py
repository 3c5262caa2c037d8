"""Applications as a CSV file that opens correctly in Excel on a coordinator's computer.

- UTF-8 with a byte-order mark: without it Excel reads the file in the computer's legacy code page and Kazakh
  letters (ә ғ қ ң ө ұ ү һ і) turn into garbage.
- Semicolons between fields: Excel splits a double-clicked CSV by the list separator of the Windows region
  settings, which is ";" for Kazakhstan and Russia (their decimal separator is the comma). A "sep=;" first line
  would work everywhere but makes Excel ignore the byte-order mark, so it is not used.
- Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return: anything an
  applicant typed, and every phone number) get a leading apostrophe, which Excel hides and reads as "text".
"""

import csv

from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from volunteers.models import Availability, SpokenLanguage

BOM = "\ufeff"
DELIMITER = ";"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def labels(choices, values):
    names = dict(choices.choices)
    return ", ".join(str(names.get(value, value)) for value in values)


def header():
    return [
        gettext("Reference number"),
        gettext("Submitted"),
        gettext("Status"),
        gettext("Full name"),
        gettext("Date of birth"),
        gettext("Age"),
        gettext("Phone"),
        gettext("Email"),
        gettext("Region"),
        gettext("City or village"),
        gettext("Areas of volunteering"),
        gettext("Languages"),
        gettext("Availability"),
        gettext("Experience and motivation"),
        gettext("Language of the application"),
        gettext("Possible duplicate of"),
        gettext("Parent's or guardian's consent"),
    ]


def row(application):
    submitted = timezone.localtime(application.submitted_at)
    return [
        application.reference,
        f"{date_format(submitted, 'SHORT_DATE_FORMAT')} {submitted:%H:%M}",
        application.get_status_display(),
        application.full_name,
        date_format(application.birth_date, "SHORT_DATE_FORMAT"),
        application.age,
        application.phone,
        application.email,
        application.get_region_display(),
        application.city,
        ", ".join(direction.name for direction in application.directions.all()),
        labels(SpokenLanguage, application.languages),
        labels(Availability, application.availability),
        application.about,
        application.get_language_display(),
        duplicate(application),
        gettext("yes") if application.guardian_consent else "",
    ]


def duplicate(application):
    """The earlier application's reference, or only that there is one when it is not the reader's to see (the
    queryset's with_duplicate_shown_to())."""
    if not application.is_duplicate:
        return ""
    return application.duplicate_reference or gettext("yes, in another region")


def applications_csv(applications):
    """A download of these applications (directions prefetched and duplicates annotated with
    with_duplicate_shown_to(), for a constant query count)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="applications-{timezone.localdate():%Y-%m-%d}.csv"'
    response.write(BOM)
    writer = csv.writer(response, delimiter=DELIMITER)
    writer.writerow(header())
    for application in applications:
        writer.writerow([cell(value) for value in row(application)])
    return response
