"""Keep personal data out of the logs: e-mail addresses and phone numbers are masked in every record.

Only those: addresses of clients, dates, times, task ids and counts stay as they are, since investigators need them.
Phone numbers are found by the phonenumbers library (as valid numbers in any common writing, Kazakhstan assumed
without a country code), not by a pattern of digits that would also take an IP address or a date for one.
"""

import logging
import re

import phonenumbers

EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def mask(text):
    text = EMAIL.sub(r"\1***@\2", text)
    for match in reversed(list(phonenumbers.PhoneNumberMatcher(text, "KZ"))):
        digits = re.sub(r"\D", "", match.raw_string)
        text = text[: match.start] + "***" + digits[-2:] + text[match.end :]
    return text


class MaskPersonalData(logging.Filter):
    """Formats the message with its arguments, then masks it, so that no argument slips through unmasked."""

    def filter(self, record):
        record.msg = mask(record.getMessage())
        record.args = None
        return True
