"""Per-client rate limits that hold across every app process and machine: counted in the "default" cache.

A limit "N/S" allows N actions per client in each window of S seconds. Each action takes one of N numbered slots
with cache.add(), which is atomic in every shared cache (an INSERT on a unique key in the database cache, SET NX in
Redis); a read-then-write counter would let simultaneous requests through. Slots are taken in order, so get_many() on
the first SLOTS_PER_READ slots usually shows how many are gone: a client within the limit costs a read and usually a
single add, whatever the limit.
"""

import hashlib
import ipaddress
import time

from django.core.cache import cache

from portal.client_address import client_ip

SLOTS_PER_READ = 100  # also keeps each read far below SQLite's limit on query parameters


def parse_rate(rate):
    count, seconds = rate.split("/")
    return int(count), int(seconds)


def client_key(request):
    """The client's address; IPv6 by its /64, the block one household or phone gets."""
    address = client_ip(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def hit(request, scope, rate):
    """Count one action of this client; False when the limit is already reached (nothing is counted then)."""
    limit, seconds = parse_rate(rate)
    window = int(time.time() // seconds)
    client = hashlib.sha256(client_key(request).encode()).hexdigest()[:32]
    prefix = f"ratelimit:{scope}:{limit}/{seconds}:{client}:{window}"
    for start in range(0, limit, SLOTS_PER_READ):
        slots = [f"{prefix}:{number}" for number in range(start, min(start + SLOTS_PER_READ, limit))]
        taken = len(cache.get_many(slots))
        # The window's keys expire with it; a little extra keeps a slot alive until its window is over.
        if any(cache.add(slot, 1, seconds + 5) for slot in slots[taken:]):
            return True
    return False
