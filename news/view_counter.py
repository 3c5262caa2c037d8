"""Which requests to the view-recording URL count as a reader who opened the article.

The article page itself is cached and writes nothing; once shown, it asks this URL to count it. A view counts when
it comes from our own pages, from a person (not a crawler, a link-preview bot or a prefetch), not from staff, and not
again from the same reader (address block and browser) within VIEW_REPEAT_WINDOW. A script can claim to be a browser
on our pages; what it can add is bounded per address block and window: NEWS_VIEWS_PER_ADDRESS_AND_ARTICLE views of
one article and NEWS_VIEWS_PER_ADDRESS in all (settings; generous, since mobile carriers put many subscribers
behind one IPv4 address).
"""

import base64
import re
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.crypto import salted_hmac

from news.models import Article, RecentView
from portal.client_address import client_block
from portal.locks import take_turns

VIEW_REPEAT_WINDOW = 30 * 60  # seconds
FORGET_PER_VIEW = 2

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


def record(request, article_id, now=None):
    """Count this request as a view of the article if the rules allow it; True when it was counted.

    An article that is not public leaves no trace. One read tells whether this reader was counted within the window
    and how many views this address already had, here and on the whole site; only a view that is counted writes,
    in one transaction that checks the address's bounds again in turn with the address's other requests.
    """
    if not Article.objects.published().filter(pk=article_id).exists():
        return False
    now = now or timezone.now()
    since = now - timedelta(seconds=VIEW_REPEAT_WINDOW)
    block = client_block(request)
    address = salted_hmac("news.view_counter.address", block, algorithm="sha256").hexdigest()
    browser = request.headers.get("User-Agent", "")
    reader = salted_hmac("news.view_counter.reader", f"{block}\n{browser}", algorithm="sha256").hexdigest()
    if not within_bounds(address, article_id, since, reader):
        return False
    try:
        with transaction.atomic():
            take_turns(f"news.view_counter:{address}")
            if not within_bounds(address, article_id, since):
                raise NotCounted
            earlier = RecentView.objects.filter(article_id=article_id, reader=reader)
            if not earlier.filter(seen_at__lte=since).update(seen_at=now, address=address):
                RecentView.objects.create(article_id=article_id, reader=reader, address=address, seen_at=now)
                forget_views_before(since)
            if not Article.record_view(article_id):
                raise NotCounted  # unpublished a moment ago: undo the reader's row too
    except (IntegrityError, NotCounted):
        return False  # the same reader counted by a simultaneous request, or the address's bound reached meanwhile
    return True


def within_bounds(address, article_id, since, reader=None):
    """Whether this address may add a view of the article now (and, given a reader, whether it is a new one)."""
    recent = RecentView.objects.filter(address=address, seen_at__gt=since).aggregate(
        site=Count("pk"),
        article=Count("pk", filter=Q(article_id=article_id)),
        reader=Count("pk", filter=Q(article_id=article_id, reader=reader)),
    )
    return (
        not recent["reader"]
        and recent["article"] < settings.NEWS_VIEWS_PER_ADDRESS_AND_ARTICLE
        and recent["site"] < settings.NEWS_VIEWS_PER_ADDRESS
    )


class NotCounted(Exception):
    pass


def forget_views_before(moment):
    """Delete a few rows older than the window: each new one clears out about as many as expire meanwhile."""
    old = (
        RecentView.objects.filter(seen_at__lte=moment)
        .order_by("seen_at")
        .values_list("pk", flat=True)[:FORGET_PER_VIEW]
    )
    RecentView.objects.filter(pk__in=list(old)).delete()
