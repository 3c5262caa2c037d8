"""Per-client rate limits that hold across every app process and machine, counted in the database.

A limit "N/S" allows a client N actions in a window of S seconds that starts with its first action. Each scope and
client has one row (portal.models.RateLimit) changed with conditional UPDATEs, so simultaneous requests from one
client take turns on it and the limit is never exceeded, on SQLite and PostgreSQL alike. A client is its address
block (portal.client_address.client_block), stored only as a hash keyed with the site's secret.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac

from portal.client_address import client_block
from portal.models import RateLimit


def parse_rate(rate):
    count, seconds = rate.split("/")
    return int(count), int(seconds)


def client_key(request, scope):
    return salted_hmac(f"portal.ratelimit.{scope}", client_block(request), algorithm="sha256").hexdigest()[:64]


def hit(request, scope, rate, now=None):
    """Count one action of this client; False when its limit is already reached (nothing is counted then).

    Each step is one atomic statement, in the order of how often it is the answer: a known client within its
    window, a new client, a known client whose window is over. Whatever runs between them, no step lets an action
    past the limit.
    """
    limit, seconds = parse_rate(rate)
    now = now or timezone.now()
    over = now - timedelta(seconds=seconds)
    client = client_key(request, scope)
    window = RateLimit.objects.filter(scope=scope, client=client)
    if window.filter(window_started_at__gt=over, count__lt=limit).update(count=F("count") + 1):
        return True
    try:
        with transaction.atomic():
            RateLimit.objects.create(scope=scope, client=client, window_started_at=now)
    except IntegrityError:
        # A known client after all (maybe added by another process a moment ago): count within its window, or start
        # a new one if its window is over; otherwise its limit is reached.
        return bool(
            window.filter(window_started_at__gt=over, count__lt=limit).update(count=F("count") + 1)
            or window.filter(window_started_at__lte=over).update(window_started_at=now, count=1)
        )
    # A new client: forget the clients whose windows are over (a row of an ended window counts for nothing), so that
    # the table holds only the clients of the current window.
    RateLimit.objects.filter(scope=scope, window_started_at__lte=over).delete()
    return True
