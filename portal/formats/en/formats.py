# Django's English formats, except the long date ("January 7, 2026") and the short one, which follows the
# seed site's "07.01.2026" in every language.
DATE_FORMAT = "F j, Y"
DATETIME_FORMAT = "F j, Y, H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
