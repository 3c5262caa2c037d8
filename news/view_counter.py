"""Which requests to the view-recording URL count as a reader who opened the article.

The article page itself is cached and writes nothing; once shown, it asks this URL to count it. A view counts when
it comes from our own pages, from a person (not a crawler, a link-preview bot or a prefetch), not from staff, and not
again from the same visitor (address and browser) within VIEW_REPEAT_WINDOW.
"""

import base64
import hashlib
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache

from portal.client_address import client_ip

VIEW_REPEAT_WINDOW = 30 * 60  # seconds

TRANSPARENT_GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")

BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|preview|facebookexternalhit|facebookcatalog|meta-externalagent|whatsapp|"
    r"telegram|viber|skypeuri|vkshare|linkedin|pinterest|embedly|quora link|outbrain|bitlybot|nuzzel|"
    r"mail\.ru_bot|google-|lighthouse|pagespeed|headless|python-|curl|wget|httpclient|okhttp|"
    r"go-http-client|java/|libwww|scrapy|axios|node-fetch|^$",
    re.IGNORECASE,
)


def is_same_origin(request):
    """True when the browser says the request comes from one of our pages."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    # Browsers without Fetch Metadata: a POST carries Origin; an image GET carries at least the referrer's origin.
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source:
        return False
    return urlsplit(source).netloc == request.get_host()


def is_prefetch(request):
    purpose = request.headers.get("Sec-Purpose") or request.headers.get("Purpose") or ""
    return "prefetch" in purpose or "prerender" in purpose


def should_count(request):
    if not is_same_origin(request) or is_prefetch(request):
        return False
    if BOT_USER_AGENT.search(request.headers.get("User-Agent", "")):
        return False
    # Only look up the user when a session cookie came along: anonymous readers cost no query.
    return not (request.COOKIES.get(settings.SESSION_COOKIE_NAME) and request.user.is_staff)


def visitor_is_new(request, article_id):
    """True the first time within the window that this visitor is seen for this article; atomic across processes."""
    visitor = f"{client_ip(request)}\n{request.headers.get('User-Agent', '')}"
    digest = hashlib.sha256(visitor.encode()).hexdigest()[:32]
    return cache.add(f"seen:{article_id}:{digest}", 1, VIEW_REPEAT_WINDOW)
