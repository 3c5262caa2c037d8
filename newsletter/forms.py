"""The subscription form (the newsletter page's and the footer's) and the choice of the letters' language."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from volunteers.forms import LENGTH_ERROR, ErrorSummaryMixin


def language_choices():
    """Each language in its own name: a reader picks theirs whatever the page's language."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class LanguageField(forms.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Language of the letters"),
            choices=language_choices,
            widget=forms.RadioSelect,
            error_messages={
                "required": _("Choose the language of the letters."),
                "invalid_choice": _("Choose the language of the letters from the list."),
            },
            **kwargs,
        )


class SubscribeForm(ErrorSummaryMixin, forms.Form):
    email = forms.EmailField(
        label=_("Email"),
        # As the application form's: the longest address a mail server accepts (RFC 5321), and the column's length.
        max_length=254,
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.com."),
            "max_length": LENGTH_ERROR,
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    language = LanguageField()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class LanguageForm(forms.Form):
    language = LanguageField()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
