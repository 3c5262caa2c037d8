"""Staff logins: who may try a password at all, decided before any password is hashed.

django-axes locks one account from one address after AXES_FAILURE_LIMIT wrong passwords. On top of that:
- an account that many addresses got wrong (someone rotating through addresses) is locked for a while from
  everywhere, at a higher count and for a shorter time, so that one attacker cannot keep an office out for long;
- an address that got many accounts wrong (random user names, each costing a password hash) may try no more.
Addresses are address blocks (an IPv6 /64, portal.client_address.client_block), as for every other limit.
"""

from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone


class LoginLimits(AxesDatabaseHandler):
    def is_locked(self, request, credentials=None):
        if super().is_locked(request, credentials):
            return True
        now = timezone.now()
        username = get_client_username(request, credentials)
        account_failures = failures(username=username, since=now - settings.STAFF_LOGIN_ACCOUNT_WINDOW)
        if username and account_failures >= settings.STAFF_LOGIN_FAILURES_PER_ACCOUNT:
            return True
        address = getattr(request, "axes_ip_address", None)
        address_failures = failures(ip_address=address, since=now - timedelta(hours=settings.AXES_COOLOFF_TIME))
        return bool(address) and address_failures >= settings.STAFF_LOGIN_FAILURES_PER_ADDRESS


def failures(since, **who):
    """Wrong passwords recorded for `who` (a username or an address) whose latest came after `since`."""
    attempts = AccessAttempt.objects.filter(attempt_time__gte=since, **who)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
