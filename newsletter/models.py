"""Newsletter subscribers and the e-mails they get: the confirmation of a subscription, and the periodic letter."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from portal.models import OutgoingEmail


def new_token():
    return secrets.token_urlsafe(32)


def fingerprint(address):
    """A keyed hash of an e-mail address: the same for the same address (in any letter case), useless without the
    site's secret key. All that is kept of an address after its owner unsubscribes."""
    normalized = address.strip().casefold()
    return salted_hmac("newsletter.subscriber.address", normalized, algorithm="sha256").hexdigest()


class SubscriberState(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    CONFIRMED = "confirmed", _("Subscribed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(state=SubscriberState.CONFIRMED)


class Subscriber(models.Model):
    """One address that asked for the newsletter (one row per address, found by its fingerprint).

    Its links (confirm, change the language, unsubscribe) carry its random token, so that no login is needed and
    nobody can guess another subscriber's. After an unsubscribe the address itself is forgotten.
    """

    State = SubscriberState

    email = models.EmailField(
        _("email"), max_length=254, blank=True, help_text=_("Forgotten when the subscriber unsubscribes.")
    )
    address_hash = models.CharField(
        _("address fingerprint"),
        max_length=64,
        unique=True,
        editable=False,
        help_text=_(
            "A keyed hash of the address. After an unsubscribe it is all that is kept: enough to recognise the "
            "address if it subscribes again, not enough to read it or write to it."
        ),
    )
    language = models.CharField(_("language of the letters"), max_length=5, choices=settings.LANGUAGES)
    state = models.CharField(_("state"), max_length=20, choices=State, default=State.PENDING)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("first subscribed"), auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation requested"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    last_letter_at = models.DateTimeField(_("last letter"), null=True, blank=True)
    # The articles published up to this time have been in a letter to this subscriber: the next one starts after it.
    news_until = models.DateTimeField(_("news sent up to"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        constraints = [
            models.CheckConstraint(condition=Q(state__in=SubscriberState.values), name="newsletter_subscriber_state"),
            # An address is kept exactly while it is subscribed or waiting for confirmation.
            models.CheckConstraint(
                condition=Q(state=SubscriberState.UNSUBSCRIBED, email="")
                | (~Q(state=SubscriberState.UNSUBSCRIBED) & ~Q(email="")),
                name="newsletter_subscriber_address_kept_while_subscribed",
            ),
        ]
        indexes = [models.Index(fields=["state", "last_letter_at"], name="newsletter_subscriber_due")]

    def __str__(self):
        return self.email or str(_("Unsubscribed address no. %(number)s") % {"number": self.pk})


class Email(OutgoingEmail):
    """One e-mail to a subscriber, in the outbox (portal/outbox.py); written at send time (newsletter/emails.py)."""

    class Kind(models.TextChoices):
        CONFIRMATION = "confirmation", _("Please confirm the subscription")
        LETTER = "letter", _("Newsletter letter")

    subscriber = models.ForeignKey(
        Subscriber, verbose_name=_("subscriber"), on_delete=models.CASCADE, related_name="emails"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    # A letter: the articles it carries (those still published when it is sent are shown) and the time it covers.
    article_ids = models.JSONField(_("articles"), default=list, blank=True)
    news_from = models.DateTimeField(_("news from"), null=True, blank=True)
    news_until = models.DateTimeField(_("news until"), null=True, blank=True)

    class Meta(OutgoingEmail.Meta):
        verbose_name = _("newsletter e-mail")
        verbose_name_plural = _("newsletter e-mails")
        constraints = [
            *OutgoingEmail.Meta.constraints,
            # However often the sender runs, and whatever runs at the same time, one letter per subscriber and period.
            models.UniqueConstraint(
                fields=["subscriber", "news_until"], condition=Q(kind="letter"), name="newsletter_one_letter_per_period"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient or self.subscriber}"
