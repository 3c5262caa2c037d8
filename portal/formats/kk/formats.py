# Kazakh date and number formats (Django ships none): "7 қаңтар 2026 ж.", "07.01.2026", "1 234,5".
# The format strings use Django's date syntax: https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date
# "E" is the month name in the genitive-like form that follows a day number; our kk catalogue gives it in lower case.

from portal.formats.kazakhstan import *  # noqa: F403

DATE_FORMAT = r"j E Y \ж."
DATETIME_FORMAT = r"j E Y \ж. H:i"
YEAR_MONTH_FORMAT = r"F Y \ж."
