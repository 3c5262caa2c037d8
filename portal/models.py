"""State the whole site shares that belongs to no app: the rate limits."""

from django.db import models


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
        constraints = [models.UniqueConstraint(fields=["scope", "client"], name="portal_ratelimit_once")]
        indexes = [models.Index(fields=["scope", "window_started_at"], name="portal_ratelimit_started")]

    def __str__(self):
        return f"{self.scope}: {self.count} since {self.window_started_at:%Y-%m-%d %H:%M}"
