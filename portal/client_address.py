"""Who is asking: the client's address, trusting X-Forwarded-For only as far as our own proxies wrote it."""

from django.conf import settings


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
