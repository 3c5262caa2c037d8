# Django's English formats, except the long date ("January 7, 2026"), the short one, which follows the seed site's
# "07.01.2026" in every language, and the time, which is 24-hour ("14:30") with weeks starting on Monday, as in
# Kazakhstan and in the site's other languages.
DATE_FORMAT = "F j, Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "F j, Y, H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
