"""Writing e-mails: every one goes as plain text and HTML, in the recipient's language, in the site's layout.

An e-mail is three templates beside each other: `<name>_subject.txt`, `<name>.txt` and `<name>.html` (which extends
email/base.html, a simple branded layout with inline styles that common mail clients render). They are rendered
with the recipient's language active, so dates, numbers and translated content follow it.
"""

import email.policy

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.console import EmailBackend as DjangoConsoleBackend
from django.template.loader import render_to_string
from django.utils import translation


def absolute(path):
    """A full address on the site, for links in e-mails (sent outside any request)."""
    return settings.SITE_URL + path


def render_email(template, context, language):
    """Subject, text and HTML of the e-mail `template` in `language`."""
    with translation.override(language):
        context = {"language": language, "site_url": settings.SITE_URL, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", {**context, "subject": subject})
    return subject, text, html


def compose(template, context, language, to, **options):
    """The e-mail `template` for `to`, text with its HTML alternative; `options` go to EmailMultiAlternatives
    (reply_to, headers)."""
    subject, text, html = render_email(template, context, language)
    message = EmailMultiAlternatives(subject, text, to=to, **options)
    message.attach_alternative(html, "text/html")
    return message


class ConsoleBackend(DjangoConsoleBackend):
    """Django's console backend, printing e-mails as a person reads them (development: `make run`).

    On the wire, non-ASCII subjects are encoded words and a Kazakh or Russian text with long lines is base64, as
    the standards require. Printed that way, nobody can read it: here the headers stay UTF-8 and the bodies are
    8-bit text, which is what the recipient's mail program shows after decoding.
    """

    # No line is long enough to be folded or to make the body base64: this text is never sent anywhere.
    readable = email.policy.default.clone(utf8=True, cte_type="8bit", max_line_length=1_000_000)

    def write_message(self, message):
        text = message.message(policy=self.readable).as_bytes().decode("utf-8", errors="replace")
        self.stream.write(f"{text}\n{'-' * 79}\n")
