"""Keep personal data out of the logs: e-mail addresses and phone numbers are masked in every record."""

import logging
import re

EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
# Seven or more digits, possibly with a leading + and spaces, dashes, dots or brackets between them.
PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")


def mask(text):
    text = EMAIL.sub(r"\1***@\2", text)
    return PHONE.sub(lambda match: "***" + re.sub(r"\D", "", match.group())[-2:], text)


class MaskPersonalData(logging.Filter):
    """Formats the message with its arguments, then masks it, so that no argument slips through unmasked."""

    def filter(self, record):
        record.msg = mask(record.getMessage())
        record.args = None
        return True
