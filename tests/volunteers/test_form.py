"""The "Become a volunteer" form: every field rule, its errors in each language, input kept, accessibility."""

import re

import pytest
from django.core.cache import caches
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from tests.factories import localized
from tests.volunteers.helpers import LANGUAGES, form_data, years_ago
from volunteers.forms import CONSENT_TEXT, CONSENT_WITH_POLICY, ApplicationForm, normalize_phone
from volunteers.models import Application, Direction, Region

pytestmark = pytest.mark.django_db


def post(client, language, data):
    return client.post(localized("volunteers:apply", language), data)


def error_next_to(html, field_id):
    """The messages in the error list tied to one field (<ul class="errorlist" id="id_x_error">)."""
    match = re.search(rf'<ul class="errorlist" id="{field_id}_error">(.*?)</ul>', html, re.S)
    return re.findall(r"<li>(.*?)</li>", match.group(1), re.S) if match else []


def translated(language, message, **params):
    with translation.override(language):
        text = gettext(message)
    return escape(text % params if params else text)


# --- The page -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_form_has_the_contract_field_names(client, directions, language):
    html = client.get(localized("volunteers:apply", language)).text
    for name in [
        "full_name",
        "birth_date",
        "guardian_consent",
        "phone",
        "email",
        "region",
        "city",
        "directions",
        "languages",
        "availability",
        "about",
        "consent",
    ]:
        assert f'name="{name}"' in html, name
    assert 'name="csrfmiddlewaretoken"' in html


@pytest.mark.parametrize(
    ("language", "direction", "region"),
    [
        ("kk", "Төтенше жағдайлар (18+)", "Astana"),
        ("ru", "Чрезвычайные ситуации (18+)", "Astana"),
        ("en", "Emergencies (18+)", "Astana"),
    ],
)
def test_directions_and_regions_are_in_the_visitors_language(client, directions, language, direction, region):
    html = client.get(localized("volunteers:apply", language)).text
    assert direction in html
    with translation.override(language):
        for choice in Region:
            assert f">{escape(choice.label)}</option>" in html


def test_there_are_twenty_regions_with_the_three_cities_first():
    assert len(Region) == 20
    assert [city.value for city in Region.cities()] == ["astana", "almaty-city", "shymkent"]


def test_the_empty_form_is_rendered_once_per_language(client, directions, django_assert_num_queries):
    url = localized("volunteers:apply", "kk")
    # The privacy policy's version (for the consent's link) and the footer's office, kept for the content version;
    # the directions, kept with the rendered fields.
    with django_assert_num_queries(3):
        first = client.get(url)
    with django_assert_num_queries(0):
        again = client.get(url)
    assert fields_of(again.text) == fields_of(first.text)
    with django_assert_num_queries(1):  # the directions, in Russian
        russian = client.get(localized("volunteers:apply", "ru"))
    assert "Чрезвычайные ситуации (18+)" in russian.text


def test_a_new_direction_shows_on_the_form_within_a_minute(client, directions):
    url = localized("volunteers:apply", "kk")
    client.get(url)
    Direction.objects.create(name_kk="Кітапхана", name_ru="Библиотека", name_en="Library", slug="library")
    caches["fragments"].clear()  # a minute later
    assert "Кітапхана" in client.get(url).text


def fields_of(html):
    """The form without its CSRF token, which differs on every page."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_a_refused_form_costs_two_queries(client, directions, django_assert_num_queries):
    client.get(localized("volunteers:apply", "kk"))  # the policy's version and the footer's office are then kept
    with django_assert_num_queries(2):  # the chosen directions checked, then all of them shown again
        response = post(client, "kk", form_data(directions, full_name=""))
    assert response.status_code == 200


# --- Each rule, in each language ----------------------------------------------------------------------------------

RULES = [
    # (field id the error sits next to, changes to valid data, message)
    ("id_full_name", {"full_name": ""}, "Enter your full name."),
    ("id_full_name", {"full_name": "   "}, "Enter your full name."),
    (
        "id_full_name",
        {"full_name": "Ә" * 151},
        "Use at most %(limit_value)d characters (you have used %(show_value)d).",
    ),
    ("id_full_name", {"full_name": "Agent 007"}, "Enter your name in letters; hyphens and apostrophes are allowed."),
    ("id_birth_date", {"birth_date": None}, "Enter your date of birth."),
    ("id_birth_date", {"birth_date": "2008-02-31"}, "Enter a real date of birth, for example 07.01.2008."),
    ("id_birth_date", {"birth_date": "yesterday"}, "Enter a real date of birth, for example 07.01.2008."),
    ("id_birth_date", {"birth_date": years_ago(0, days=-1).isoformat()}, "The date of birth must be in the past."),
    ("id_birth_date", {"birth_date": years_ago(0).isoformat()}, "The date of birth must be in the past."),
    (
        "id_birth_date",
        {"birth_date": years_ago(100).isoformat()},
        "Check the year of birth: the age must be under 100.",
    ),
    (
        "id_guardian_consent",
        {"birth_date": years_ago(16).isoformat(), "guardian_consent": None},
        "Applicants under 18 need the consent of a parent or guardian: tick this box.",
    ),
    ("id_phone", {"phone": ""}, "Enter your phone number."),
    ("id_phone", {"phone": "12345"}, "Enter a phone number we can call, for example 8 701 123 45 67."),
    ("id_phone", {"phone": "8 701 123 45 67 89"}, "Enter a phone number we can call, for example 8 701 123 45 67."),
    ("id_phone", {"phone": "телефон"}, "Enter a phone number we can call, for example 8 701 123 45 67."),
    ("id_phone", {"phone": "8" * 31}, "Use at most %(limit_value)d characters (you have used %(show_value)d)."),
    ("id_email", {"email": "aliya@"}, "Enter an email address like name@example.com, or leave the field empty."),
    (
        "id_email",
        {"email": "aliya@" + "a" * 312 + ".kz"},
        "Use at most %(limit_value)d characters (you have used %(show_value)d).",
    ),
    ("id_region", {"region": ""}, "Choose your region."),
    ("id_region", {"region": "moscow"}, "Choose your region from the list."),
    ("id_city", {"city": "к" * 101}, "Use at most %(limit_value)d characters (you have used %(show_value)d)."),
    ("id_directions_0", {"directions": None}, "Choose at least one area of volunteering."),
    ("id_directions_0", {"directions": ["999999"]}, "Choose areas of volunteering from the list."),
    ("id_languages_0", {"languages": ["de"]}, "Choose languages from the list."),
    ("id_availability_0", {"availability": ["nights"]}, "Choose from the list."),
    ("id_about", {"about": "ә" * 2001}, "Use at most %(limit_value)d characters (you have used %(show_value)d)."),
    ("id_consent", {"consent": None}, "To send the application, agree to the processing of your personal data."),
]
RULE_IDS = [f"{field_id}-{next(iter(changes))}-{index}" for index, (field_id, changes, _message) in enumerate(RULES)]
PARAMS = {
    "id_full_name": (150, 151),
    "id_phone": (30, 31),
    "id_email": (254, 321),  # the longest address a mail server takes, and the column
    "id_city": (100, 101),
    "id_about": (2000, 2001),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("field_id", "changes", "message"), RULES, ids=RULE_IDS)
def test_each_rule_shows_its_error_next_to_the_field_in_the_language(
    client, directions, language, field_id, changes, message
):
    response = post(client, language, form_data(directions, **changes))
    assert response.status_code == 200
    params = {}
    if "%(limit_value)d" in message:
        params = dict(zip(["limit_value", "show_value"], PARAMS[field_id], strict=True))
    expected = translated(language, message, **params)
    html = response.text
    # Checkbox groups tie their errors to the group (id_directions_error), single fields to themselves.
    assert expected in error_next_to(html, field_id.removesuffix("_0")), html
    # ...and the error summary links to the field.
    assert f'<a href="#{field_id}">{expected}</a>' in html
    assert not Application.objects.exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_hazardous_directions_are_refused_under_18(client, directions, language):
    data = form_data(
        directions,
        birth_date=years_ago(18, days=-1).isoformat(),  # 18 tomorrow
        guardian_consent="on",
        directions=[directions["emergencies"].pk, directions["animals"].pk],
    )
    response = post(client, language, data)
    with translation.override(language):
        expected = escape(
            gettext("Applicants under 18 cannot choose: %(directions)s.")
            % {"directions": directions["emergencies"].name}
        )
    assert expected in error_next_to(response.text, "id_directions")
    assert not Application.objects.exists()


def test_adults_may_choose_hazardous_directions_without_a_guardian(client, directions):
    data = form_data(directions, birth_date=years_ago(18).isoformat(), directions=[directions["emergencies"].pk])
    response = post(client, "kk", data)
    assert response.status_code == 303
    assert Application.objects.get().directions.get() == directions["emergencies"]


def test_a_minor_with_consent_and_safe_directions_is_accepted(client, directions):
    data = form_data(directions, birth_date=years_ago(14).isoformat(), guardian_consent="on")
    assert post(client, "kk", data).status_code == 303
    assert Application.objects.get().guardian_consent is True


def test_age_99_is_accepted(client, directions):
    data = form_data(directions, birth_date=years_ago(100, days=-1).isoformat())
    assert post(client, "kk", data).status_code == 303


def test_the_usual_written_date_is_accepted_too(client, directions):
    assert post(client, "kk", form_data(directions, birth_date="07.01.2001")).status_code == 303
    assert Application.objects.get().birth_date.isoformat() == "2001-01-07"


@pytest.mark.parametrize(
    "name",
    [
        "Әлия Нұрланқызы",
        "Ғалымжан Құдайбергенұлы",
        "Өмірзақ Үсенов-Һасанов",
        "Іңкәр Ұлықбекова",
        "Наталья Сергеевна Ёлкина",
        "Jean-Luc O'Neill",
        "D’Artagnan",
    ],
)
def test_names_in_any_alphabet_are_accepted(directions, name):
    form = ApplicationForm(form_data(directions, full_name=f"  {name} "))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["full_name"] == name


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("8 701 123 45 67", "+77011234567"),
        ("+7 (701) 123-45-67", "+77011234567"),
        ("87011234567", "+77011234567"),
        ("8-701-123-45-67", "+77011234567"),
        ("+77011234567", "+77011234567"),
        ("8 (7172) 55-55-55", "+77172555555"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+998 90 123 45 67", "+998901234567"),
    ],
)
def test_phone_numbers_are_normalized_to_e164(typed, stored):
    assert normalize_phone(typed) == stored


def test_optional_fields_may_stay_empty(client, directions):
    data = form_data(directions, email="", city="", languages=None, availability=None, about="")
    assert post(client, "kk", data).status_code == 303
    application = Application.objects.get()
    assert (application.email, application.city, application.languages, application.availability) == ("", "", [], [])


# --- Input kept, accessibility ------------------------------------------------------------------------------------


def test_everything_typed_is_kept_when_there_are_errors(client, directions):
    data = form_data(directions, phone="8 701 12", consent=None, about="Ауылда <кітапхана> ашқым келеді")
    html = post(client, "kk", data).text
    assert 'value="Әлия Нұрланқызы Сейітқали"' in html
    assert f'value="{data["birth_date"]}"' in html
    assert 'value="8 701 12"' in html
    assert 'value="aliya@example.kz"' in html
    assert '<option value="astana" selected>' in html
    assert 'value="Астана"' in html
    assert f'value="{directions["environment"].pk}" id="id_directions_0" checked' in html
    assert 'value="kk" id="id_languages_0" checked' in html
    assert 'value="weekends" id="id_availability_1" checked' in html
    assert "Ауылда &lt;кітапхана&gt; ашқым келеді</textarea>" in html


def test_fields_with_errors_are_marked_and_described(client, directions):
    html = post(client, "kk", form_data(directions, phone="", consent=None)).text
    assert re.search(
        r'<input type="tel" name="phone"[^>]*aria-invalid="true"'
        r'[^>]*aria-describedby="id_phone_helptext id_phone_error"',
        html,
    )
    assert 'data-first-error="id_phone"' in html  # the script puts the keyboard there
    assert "data-error-summary" in html
    assert '<ul class="errorlist" id="id_consent_error">' in html


def test_a_valid_form_shows_no_error_summary(client, directions):
    html = client.get(localized("volunteers:apply", "kk")).text
    assert "data-error-summary" not in html
    assert 'data-first-error=""' in html


def test_the_form_works_without_javascript_it_has_no_required_script(client, directions):
    """The page is a plain HTML form: posting it as a browser without scripts would is the whole flow."""
    html = client.get(localized("volunteers:apply", "kk")).text
    assert '<form method="post" action="/kk/volunteer/"' in html
    assert 'type="submit"' in html


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_message_label_and_region_of_the_form_is_translated(language):
    """The rules above compare with gettext() of each message; this makes sure gettext() has an answer."""
    texts = {message for _field, _changes, message in RULES}
    texts.add("Applicants under 18 cannot choose: %(directions)s.")
    with translation.override("en"):  # the msgids
        form = ApplicationForm()
        # The consent's label is its message with the policy's link filled in: the message itself is checked.
        texts.update(
            str(field.label) for name, field in form.fields.items() if name not in {"consent", "consent_version"}
        )
        texts.update([str(CONSENT_WITH_POLICY), str(CONSENT_TEXT)])
        texts.update(str(field.help_text) for field in form.fields.values() if field.help_text)
        texts.update(str(region.label) for region in Region)
    with translation.override(language):
        untranslated = sorted(text for text in texts if gettext(text) == text)
    assert untranslated == []
