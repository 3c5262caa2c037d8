"""Who is asking: the client's address, trusting X-Forwarded-For only as far as our own proxies wrote it, and the
address block that limits and lockouts count a client by."""

import ipaddress

from django.conf import settings

# An IPv6 client gets a whole /64 (a household, a phone, a small office), and can pick any address in it.
IPV6_CLIENT_PREFIX = 64


def client_ip(request):
    """The client address as seen by the outermost of TRUSTED_PROXY_COUNT proxies (REMOTE_ADDR when there are none).

    Each proxy appends the address it received the request from, so with N trusted proxies the client is the N-th
    entry from the right; entries further left were written by the client and prove nothing.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < proxies:
        return remote
    return forwarded[-proxies]


def client_block(request):
    """The address that rate limits, lockouts and view counting know a client by, as an IP address string.

    IPv4 as it is (also when a proxy wrote it IPv6-mapped, `::ffff:10.1.2.3`); IPv6 as the first address of its /64,
    so that rotating through the addresses of one's own block does not make a new client. Something that is not an
    address at all (a misconfigured proxy) is kept as it is: it still names one client.
    """
    address = client_ip(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        host_bits = 128 - IPV6_CLIENT_PREFIX
        return str(ipaddress.IPv6Address(int(ip) >> host_bits << host_bits))
    return str(ip)
