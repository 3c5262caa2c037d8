"""The "Become a volunteer" form and the status check. The HTML field names are a contract: keep them."""

import unicodedata

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from pages.content import current_policy_version, published_policies
from volunteers.models import (
    ADULT_AGE,
    MAX_AGE,
    Availability,
    Direction,
    Region,
    SpokenLanguage,
    age_on,
    normalize_reference,
)

# The consent checkbox's label links the privacy policy in force (pages.PrivacyPolicy); the application records the
# version the applicant could open from it. Only if no policy has ever been published is there none to link, and
# NO_POLICY is recorded.
CONSENT_TEXT = _(
    "I agree that the national volunteer front-office processes the personal data in this form (name, date of "
    "birth, contacts, region) to consider my application and contact me, as provided by the Law of the Republic of "
    "Kazakhstan on personal data and their protection."
)
CONSENT_WITH_POLICY = _(
    "I agree that the national volunteer front-office processes the personal data in this form (name, date of "
    "birth, contacts, region) to consider my application and contact me, as described in its "
    '<a href="%(url)s" target="_blank" rel="noopener">privacy policy, version %(version)s'
    '<span class="visually-hidden"> (opens in a new tab)</span></a>.'
)
NO_POLICY = "none"

# The hidden field that people never see and bots fill in.
HONEYPOT = "website"

LENGTH_ERROR = _("Use at most %(limit_value)d characters (you have used %(show_value)d).")

# Kazakh Cyrillic order; Russian letters keep their own order within it, Latin letters sort after.
ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
ALPHABET_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}


def alphabetical(text):
    return [ALPHABET_RANK.get(char, len(ALPHABET) + ord(char)) for char in str(text).casefold()]


def region_choices():
    """Cities first, then regions in the alphabetical order of the active language."""
    regions = sorted(
        (choice for choice in Region if choice not in Region.cities()), key=lambda c: alphabetical(c.label)
    )
    return [
        ("", pgettext_lazy("region", "Choose…")),
        (_("Cities of republican significance"), [(city.value, city.label) for city in Region.cities()]),
        (_("Regions"), [(region.value, region.label) for region in regions]),
    ]


def normalize_phone(value):
    """A phone number as typed, in E.164 (`+77011234567`); Kazakhstan is assumed when there is no country code."""
    try:
        number = phonenumbers.parse(value, "KZ")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class PhoneField(forms.CharField):
    default_error_messages = {
        "invalid": _("Enter a phone number we can call, for example 8 701 123 45 67."),
        "max_length": LENGTH_ERROR,
    }

    def __init__(self, **kwargs):
        attrs = {"type": "tel", "inputmode": "tel", "autocomplete": "tel"}
        super().__init__(max_length=30, widget=forms.TextInput(attrs=attrs), **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        normalized = normalize_phone(value)
        if normalized is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return normalized


class DirectionField(forms.ModelMultipleChoiceField):
    # Keys beyond a 64-bit integer would make the database driver overflow: refuse them as unknown choices first.
    MAX_PK = 2**63 - 1

    def _check_values(self, value):
        for pk in value:
            if not (isinstance(pk, str | int) and str(pk).isascii() and str(pk).isdigit() and int(pk) <= self.MAX_PK):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super()._check_values(value)

    def label_from_instance(self, direction):
        # Applicants see before they choose that a direction is for adults only.
        return f"{direction.name} (18+)" if direction.is_hazardous else direction.name


class ErrorSummaryMixin:
    """What the error summary at the top of a refused form links to: each error, with the id of its field."""

    def field_anchor(self, name):
        bound = self[name]
        # Checkbox groups label no single input: link to the first box.
        return bound.id_for_label or f"{bound.auto_id}_0"

    def error_links(self):
        return [(self.field_anchor(name), error) for name in self.fields for error in self[name].errors]

    def first_error_id(self):
        links = self.error_links()
        return links[0][0] if links else ""


class ApplicationForm(ErrorSummaryMixin, forms.Form):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        error_messages={"required": _("Enter your full name."), "max_length": LENGTH_ERROR},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    birth_date = forms.DateField(
        label=_("Date of birth"),
        # The date picker sends ISO dates; browsers without one let people type the usual 07.01.2008.
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        error_messages={
            "required": _("Enter your date of birth."),
            "invalid": _("Enter a real date of birth, for example 07.01.2008."),
        },
        widget=forms.DateInput(attrs={"type": "date", "autocomplete": "bday"}, format="%Y-%m-%d"),
    )
    guardian_consent = forms.BooleanField(
        label=_("My parent or guardian agrees to my volunteering"),
        help_text=_("Only for applicants under 18: the Law on volunteer activity requires this consent."),
        required=False,
    )
    phone = PhoneField(
        label=_("Phone"),
        help_text=_("A coordinator will call you. For example 8 701 123 45 67 or +7 701 123 45 67."),
        error_messages={"required": _("Enter your phone number.")},
    )
    email = forms.EmailField(
        label=_("Email (optional)"),
        help_text=_("We will send a confirmation there."),
        required=False,
        # The longest address an e-mail server accepts in a path (RFC 5321), and the column's length.
        max_length=254,
        error_messages={
            "invalid": _("Enter an email address like name@example.com, or leave the field empty."),
            "max_length": LENGTH_ERROR,
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    region = forms.ChoiceField(
        label=_("Region"),
        choices=region_choices,
        error_messages={"required": _("Choose your region."), "invalid_choice": _("Choose your region from the list.")},
    )
    city = forms.CharField(
        label=_("City or village (optional)"),
        max_length=100,
        required=False,
        error_messages={"max_length": LENGTH_ERROR},
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    directions = DirectionField(
        label=_("What would you like to do?"),
        help_text=_("Choose one or more. Areas marked 18+ are for adults only."),
        queryset=Direction.objects.active(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one area of volunteering."),
            "invalid_choice": _("Choose areas of volunteering from the list."),
            "invalid_pk_value": _("Choose areas of volunteering from the list."),
        },
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak (optional)"),
        choices=SpokenLanguage,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose languages from the list.")},
    )
    availability = forms.MultipleChoiceField(
        label=_("When are you available? (optional)"),
        choices=Availability,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose from the list.")},
    )
    about = forms.CharField(
        label=_("Experience and motivation (optional)"),
        help_text=_("What have you done before, and why do you want to volunteer? Up to 2000 characters."),
        max_length=2000,
        required=False,
        error_messages={"max_length": LENGTH_ERROR},
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("To send the application, agree to the processing of your personal data.")},
    )
    adult_age = ADULT_AGE
    # The version of the privacy policy the page linked when it was shown (the policy may change while it is open).
    consent_version = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.policy_version = current_policy_version()
        if self.policy_version:
            url = reverse("pages:privacy-version", kwargs={"version": self.policy_version})
            # The translation is ours and its values are escaped: the label may hold the link.
            params = {"url": escape(url), "version": escape(self.policy_version)}
            self.fields["consent"].label = mark_safe(str(CONSENT_WITH_POLICY) % params)
            self.fields["consent_version"].initial = self.policy_version

    def applicant_age(self):
        """ "minor" or "adult" when the birth date sent says so, "" when the form does not know (not sent, or not a
        date): the page shows the guardian's checkbox to minors only, and lets the browser decide when it can."""
        if not self.is_bound:
            return ""
        try:
            birth_date = self.fields["birth_date"].clean(self["birth_date"].data)
        except ValidationError:
            return ""
        return "minor" if age_on(birth_date, timezone.localdate()) < ADULT_AGE else "adult"

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        # Any alphabet (Kazakh, Russian, Latin...) with the joiners real names use; no digits or symbols.
        allowed = {" ", "-", "'", "’", "ʼ", "."}
        if not any(char.isalpha() for char in name) or any(
            not (unicodedata.category(char)[0] in "LM" or char in allowed) for char in name
        ):
            raise ValidationError(_("Enter your name in letters; hyphens and apostrophes are allowed."), code="invalid")
        return name

    def clean_birth_date(self):
        birth_date = self.cleaned_data["birth_date"]
        today = timezone.localdate()
        if birth_date >= today:
            raise ValidationError(_("The date of birth must be in the past."), code="future")
        if age_on(birth_date, today) >= MAX_AGE:
            raise ValidationError(_("Check the year of birth: the age must be under 100."), code="too_old")
        return birth_date

    def clean(self):
        cleaned = super().clean()
        birth_date = cleaned.get("birth_date")
        if birth_date is None or age_on(birth_date, timezone.localdate()) >= ADULT_AGE:
            return cleaned
        if not cleaned.get("guardian_consent"):
            self.add_error(
                "guardian_consent",
                ValidationError(
                    _("Applicants under 18 need the consent of a parent or guardian: tick this box."),
                    code="guardian_consent",
                ),
            )
        hazardous = [direction.name for direction in cleaned.get("directions") or [] if direction.is_hazardous]
        if hazardous:
            self.add_error(
                "directions",
                ValidationError(
                    _("Applicants under 18 cannot choose: %(directions)s."),
                    code="hazardous",
                    params={"directions": ", ".join(hazardous)},
                ),
            )
        return cleaned

    def clean_consent_version(self):
        """The version the applicant was shown, if it is a published one; else the one in force now."""
        version = self.cleaned_data["consent_version"]
        if any(version == published for published, _time in published_policies()):
            return version
        return self.policy_version or NO_POLICY

    def application_data(self):
        """The cleaned values, as submit_application() takes them."""
        return {name: value for name, value in self.cleaned_data.items() if name != "consent"}


class StatusForm(ErrorSummaryMixin, forms.Form):
    reference = forms.CharField(
        label=_("Reference number"),
        help_text=_("It was shown after you sent the application, for example K7QX-9MPA."),
        max_length=20,
        error_messages={"required": _("Enter the reference number."), "max_length": LENGTH_ERROR},
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )
    phone = forms.CharField(
        label=_("Phone"),
        help_text=_("The number you gave in the application."),
        max_length=30,
        error_messages={"required": _("Enter your phone number."), "max_length": LENGTH_ERROR},
        widget=forms.TextInput(attrs={"type": "tel", "inputmode": "tel", "autocomplete": "tel"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_reference(self):
        return normalize_reference(self.cleaned_data["reference"])

    def clean_phone(self):
        # A number that cannot be right simply matches nothing: the answer is the same as for a wrong pair.
        return normalize_phone(self.cleaned_data["phone"]) or ""
