"""State the whole site shares that belongs to no app: the rate limits, and the outbox every e-mail goes through."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RateLimit(models.Model):
    """The current window of one client in one rate-limited scope: when it started and how many actions it holds.

    Kept in the database, where no flood of other traffic can evict it (a cache culls its oldest keys when full).
    One row per scope and client; a client's address is stored only as a keyed hash.
    """

    scope = models.CharField(max_length=40)
    client = models.CharField(max_length=64)
    window_started_at = models.DateTimeField()
    count = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("rate limit")
        verbose_name_plural = _("rate limits")
        constraints = [models.UniqueConstraint(fields=["scope", "client"], name="portal_ratelimit_once")]
        indexes = [models.Index(fields=["scope", "window_started_at"], name="portal_ratelimit_started")]

    def __str__(self):
        return f"{self.scope}: {self.count} since {self.window_started_at:%Y-%m-%d %H:%M}"


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    # Not sent because it was no longer needed: a later status change, an unsubscribe, nothing left to tell.
    CANCELLED = "cancelled", _("Not needed any more")


class OutgoingEmail(models.Model):
    """One e-mail in the outbox (portal/outbox.py): stored before it is sent, sent by a background task, retried.

    Each app's e-mails are a concrete model of its own (volunteers.Notification, newsletter.Email), with what its
    writer (registered with portal.outbox.writer) needs to write the e-mail at send time.
    """

    Status = EmailStatus

    recipient = models.EmailField(_("recipient"), blank=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=20, choices=EmailStatus, default=EmailStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    # When a waiting e-mail is due: a retry's time, or a deliberately delayed send; empty means at once.
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True
        ordering = ["-created_at", "pk"]
        indexes = [models.Index(fields=["status", "updated_at"], name="%(app_label)s_%(class)s_state")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=EmailStatus.values), name="%(app_label)s_%(class)s_status_valid"
            )
        ]
