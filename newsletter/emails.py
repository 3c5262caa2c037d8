"""How each newsletter e-mail is written, at send time, in the subscriber's language."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from news.models import Article
from newsletter.models import Email, Subscriber
from portal import outbox
from portal.mail import absolute, compose

IN_LANGUAGE = {"kk": _("In Kazakh"), "ru": _("In Russian"), "en": _("In English")}


@outbox.writer(Email)
def build_message(email):
    """The e-mail, or None when it is no longer needed (the subscription was confirmed or ended meanwhile)."""
    if not email.recipient:
        return None
    if email.kind == Email.Kind.CONFIRMATION:
        return confirmation_message(email)
    return letter_message(email)


def link(name, subscriber, language):
    with translation.override(language):
        return absolute(reverse(f"newsletter:{name}", kwargs={"token": subscriber.token}))


def confirmation_message(email):
    subscriber = email.subscriber
    if subscriber.state != Subscriber.State.PENDING:
        return None
    context = {
        "confirm_url": link("confirm", subscriber, email.language),
        "letters_language": subscriber.get_language_display(),
    }
    return compose("newsletter/email/confirmation", context, email.language, to=[email.recipient])


def letter_message(email):
    subscriber = email.subscriber
    if subscriber.state != Subscriber.State.CONFIRMED:
        return None
    language = email.language
    with translation.override(language):
        # Read in the subscriber's language: untranslated fields fall back as on the site (kk, ru, en), and the
        # letter says so beside each title shown in another language.
        articles = [
            {
                "title": article.title,
                "lead": article.lead,
                "url": absolute(article.get_absolute_url()),
                "published_at": article.published_at,
                "language": article.content_language("title"),
                "in_language": IN_LANGUAGE[article.content_language("title")],
            }
            for article in Article.objects.published()
            .for_cards()
            .filter(pk__in=email.article_ids)
            .order_by("-published_at", "-pk")
        ]
    if not articles:
        return None  # unpublished since the letter was written
    unsubscribe_url = link("unsubscribe", subscriber, language)
    context = {
        "articles": articles,
        "news_from": email.news_from,
        "news_until": email.news_until,
        "unsubscribe_url": unsubscribe_url,
        "manage_url": link("subscription", subscriber, language),
    }
    # One-click unsubscribe (RFC 8058): mail programs show their own button, which POSTs to this address.
    headers = {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    return compose("newsletter/email/letter", context, language, to=[email.recipient], headers=headers)
