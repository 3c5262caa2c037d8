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
from django.db import connection, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from news.models import Article
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


# The busiest URL that writes runs these statements as written. Built by the ORM on every request, the same work cost
# about 1.8 ms of building against 0.1 ms of running (docs/performance.md) and kept the URL below its target. Tables
# and columns are those of news.models.Article and RecentView; the view-counter tests run them on SQLite and
# PostgreSQL.
IS_PUBLIC = "SELECT 1 FROM news_article WHERE id = %s AND status = %s AND published_at <= %s"
RECENT_VIEWS_OF_ADDRESS = "SELECT article_id, reader FROM news_recentview WHERE address = %s AND seen_at > %s LIMIT %s"
# The reader has no row within the window (checked in turn just before): a row of theirs for this article, if any,
# has expired and is taken over.
REMEMBER_READER = (
    "INSERT INTO news_recentview (article_id, reader, address, seen_at) VALUES (%s, %s, %s, %s) "
    "ON CONFLICT (article_id, reader) DO UPDATE SET address = excluded.address, seen_at = excluded.seen_at"
)
FORGET_OLDEST = (
    "DELETE FROM news_recentview WHERE id IN "
    "(SELECT id FROM news_recentview WHERE seen_at <= %s ORDER BY seen_at LIMIT %s)"
)
COUNT_VIEW = "UPDATE news_article SET views = views + 1 WHERE id = %s AND status = %s AND published_at <= %s"


def record(request, article_id, now=None):
    """Count this request as a view of the article if the rules allow it; True when it was counted.

    An article that is not public leaves no trace. One read tells whether this reader was counted within the window
    and how many views this address already had, here and on the whole site; only a view that is counted writes,
    in one transaction that checks the address's bounds again in turn with the address's other requests, and
    clears out a few rows older than the window (about as many as expire meanwhile).
    """
    now = now or timezone.now()
    since = now - timedelta(seconds=VIEW_REPEAT_WINDOW)
    public = [article_id, Article.Status.PUBLISHED.value, connection.ops.adapt_datetimefield_value(now)]
    with connection.cursor() as cursor:
        cursor.execute(IS_PUBLIC, public)
        if cursor.fetchone() is None:
            return False
    block = client_block(request)
    address = salted_hmac("news.view_counter.address", block, algorithm="sha256").hexdigest()
    browser = request.headers.get("User-Agent", "")
    reader = salted_hmac("news.view_counter.reader", f"{block}\n{browser}", algorithm="sha256").hexdigest()
    since, seen_at = map(connection.ops.adapt_datetimefield_value, [since, now])
    if not may_count(address, article_id, reader, since):
        return False
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            take_turns(f"news.view_counter:{address}")
            if not may_count(address, article_id, reader, since):
                raise NotCounted
            cursor.execute(REMEMBER_READER, [article_id, reader, address, seen_at])
            cursor.execute(FORGET_OLDEST, [since, FORGET_PER_VIEW])
            cursor.execute(COUNT_VIEW, public)
            if not cursor.rowcount:
                raise NotCounted  # unpublished a moment ago: undo the reader's row too
    except NotCounted:
        return False  # the address's bound was reached meanwhile
    return True


def may_count(address, article_id, reader, since):
    """Whether this reader is new to the article within the window and the address is within its bounds (reads at
    most NEWS_VIEWS_PER_ADDRESS rows: the address's views within the window)."""
    with connection.cursor() as cursor:
        cursor.execute(RECENT_VIEWS_OF_ADDRESS, [address, since, settings.NEWS_VIEWS_PER_ADDRESS])
        recent = cursor.fetchall()
    readers_of_article = [other for viewed, other in recent if viewed == article_id]
    return (
        reader not in readers_of_article
        and len(readers_of_article) < settings.NEWS_VIEWS_PER_ADDRESS_AND_ARTICLE
        and len(recent) < settings.NEWS_VIEWS_PER_ADDRESS
    )


class NotCounted(Exception):
    pass
