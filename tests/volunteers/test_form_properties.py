"""Property-based: whatever is typed into the application form, it answers with clear errors or clean data."""

import re
from datetime import date

import pytest
from django.utils import translation
from django.utils.datastructures import MultiValueDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volunteers.forms import ApplicationForm
from volunteers.models import ADULT_AGE, MAX_AGE, Availability, Direction, Region, SpokenLanguage, age_on

pytestmark = pytest.mark.django_db

anything = st.text(max_size=300)  # any Unicode, control characters and null bytes included
# Mobile operators' codes (Kcell, Beeline, Tele2/Altel), written the ways people write them.
operator = st.sampled_from(["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"])
kazakh_phone = st.builds(
    lambda prefix, code, number, style: style.format(
        prefix=prefix, code=code, a=number[:3], b=number[3:5], c=number[5:]
    ),
    st.sampled_from(["+7", "8", "+7 ", "8 "]),
    operator,
    st.from_regex(r"[0-9]{7}", fullmatch=True),
    st.sampled_from(
        [
            "{prefix}{code}{a}{b}{c}",
            "{prefix}({code}) {a}-{b}-{c}",
            "{prefix}{code} {a} {b} {c}",
            "{prefix} {code}-{a}-{b}{c}",
        ]
    ),
)
iso_date = st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)).map(date.isoformat)


@st.composite
def submissions(draw):
    direction_ids = [str(pk) for pk in Direction.objects.values_list("pk", flat=True)]
    fields = {
        "full_name": draw(st.one_of(anything, st.sampled_from(["Айгерім Нұрланқызы", "Иван Петров", "O'Neil-Smith"]))),
        "birth_date": draw(st.one_of(iso_date, anything)),
        "phone": draw(st.one_of(kazakh_phone, anything)),
        "email": draw(st.one_of(st.just(""), st.emails(), anything)),
        "region": draw(st.one_of(st.sampled_from(Region.values), anything)),
        "city": draw(anything),
        "about": draw(st.text(max_size=2100)),
        "directions": draw(st.lists(st.one_of(st.sampled_from(direction_ids), anything), max_size=4)),
        "languages": draw(st.lists(st.one_of(st.sampled_from(SpokenLanguage.values), anything), max_size=3)),
        "availability": draw(st.lists(st.one_of(st.sampled_from(Availability.values), anything), max_size=3)),
    }
    for box in ("consent", "guardian_consent"):
        if draw(st.booleans()):
            fields[box] = "on"
    return fields


def bound_form(fields):
    data = MultiValueDict({key: value if isinstance(value, list) else [value] for key, value in fields.items()})
    return ApplicationForm(data=data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=submissions(), language=st.sampled_from(["kk", "ru", "en"]))
def test_any_input_gives_errors_or_data_that_keep_the_rules(fields, language):
    with translation.override(language):
        form = bound_form(fields)
        valid = form.is_valid()
        assert form.as_div()  # rendering never fails either
    if not valid:
        assert form.errors
        for name, errors in form.errors.items():
            assert all(str(error).strip() for error in errors), name
        # What the applicant typed is still there to correct.
        assert form["full_name"].value() == fields["full_name"]
        return
    data = form.cleaned_data
    assert 0 < len(data["full_name"].strip()) <= 150
    assert re.fullmatch(r"\+\d{8,15}", data["phone"])
    assert data["region"] in Region.values
    assert data["consent"] is True
    age = age_on(data["birth_date"], date.today())
    assert data["birth_date"] < date.today() and age < MAX_AGE
    if age < ADULT_AGE:
        assert data["guardian_consent"] is True
        assert not any(direction.is_hazardous for direction in data["directions"])
    assert len(data["about"]) <= 2000


@given(phone=kazakh_phone)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_common_writing_of_a_kazakh_mobile_number_is_normalised(phone):
    form = bound_form({"phone": phone})
    form.is_valid()
    digits = re.sub(r"\D", "", phone)
    expected = "+7" + digits[-10:]
    assert form.cleaned_data.get("phone") == expected
