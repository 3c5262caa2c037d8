"""Django's own messages that our pages show but Django's Kazakh catalogue leaves untranslated.

Nothing imports this module: it is here so that `makemessages` copies these strings into locale/*/django.po,
where our translations take precedence over Django's (LOCALE_PATHS come first).
"""

from django.utils.translation import gettext_noop, pgettext_lazy

FORM_ERRORS = [
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid integer."),
    gettext_noop("Enter a complete value."),
    gettext_noop("Null characters are not allowed."),
]

# The month after a day number ("7 қаңтар 2026 ж."): Django's kk catalogue capitalises it, Kazakh does not.
MONTHS_AFTER_DAY = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
