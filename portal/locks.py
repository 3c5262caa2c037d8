"""Making concurrent transactions that concern the same thing take turns."""

import hashlib

from django.db import connection


def take_turns(name):
    """Inside a transaction: wait until no other transaction holding `name` is running, then hold it until commit.

    SQLite transactions here begin IMMEDIATE (settings.DATABASES), so writers already take turns; PostgreSQL gets
    a transaction-scoped advisory lock keyed by the name.
    """
    if connection.vendor == "postgresql":
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])
