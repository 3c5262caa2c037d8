"""System checks for what settings alone cannot refuse: run by `manage.py check --deploy`."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def site_url_is_public(app_configs, **kwargs):
    """E-mails link to DJANGO_SITE_URL: in production it must be the site's public https address."""
    parts = urlsplit(settings.SITE_URL)
    host = parts.hostname or ""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost" or host.endswith(".localhost")
    if parts.scheme == "https" and host and not loopback:
        return []
    return [
        Error(
            f"DJANGO_SITE_URL is {settings.SITE_URL!r}: e-mails would link there.",
            hint="Set DJANGO_SITE_URL to the site's public address, e.g. https://birgemiz.kz (docs/settings.md).",
            id="portal.E001",
        )
    ]
