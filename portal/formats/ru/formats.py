# Russian date and number formats: Django's, with the day and month in the genitive everywhere ("7 января", also in
# the admin's date drill-down, where Django's "j F" gives "7 Январь"), 24-hour times with leading zeros like the
# rest of the site ("09:05"), and the seed site's short form "07.01.2026".

from portal.formats.kazakhstan import *  # noqa: F403

DATE_FORMAT = "j E Y г."
DATETIME_FORMAT = "j E Y г. H:i"
YEAR_MONTH_FORMAT = "F Y г."
