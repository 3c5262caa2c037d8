"""The "Latest news" sidebar: built once per content version and language (a minute at most), then served from
the cache without a query; its HTML is kept too, for as long as what it shows stays the same."""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.template.loader import render_to_string
from django.utils.translation import get_language

from news.models import Article
from portal.page_cache import content_version

SIDEBAR_SIZE = 5


def latest_articles(request=None, exclude_pk=None):
    """The newest public articles, without the one the reader is on.

    One more than needed is cached so that dropping the current article still leaves SIDEBAR_SIZE items. A publish,
    edit or delete changes the content version and shows at once; a scheduled article's time coming, and new view
    counts, within PAGE_CACHE_SECONDS.
    """
    items = newest_articles(request)
    return [item for item in items if item["pk"] != exclude_pk][:SIDEBAR_SIZE]


def latest_news_html(request=None, exclude_pk=None):
    """The sidebar's HTML: rendered once for what it shows (its articles, their view counts, the language; and
    without the article the reader is on, when that is one of them), then kept."""
    items = latest_articles(request, exclude_pk)
    shown = repr([(item["pk"], item["views"]) for item in items])
    key = f"news:sidebar-html:{content_version(request)}:{get_language()}:{hashlib.md5(shown.encode()).hexdigest()}"
    html = caches["pages"].get(key)
    if html is None:
        html = render_to_string("includes/latest_news.html", {"items": items})
        caches["pages"].set(key, html, settings.PAGE_CACHE_SECONDS)
    return html


def newest_articles(request=None):
    cache = caches["pages"]
    key = f"news:sidebar:{content_version(request)}:{get_language()}"
    items = cache.get(key)
    if items is None:
        items = [
            {
                "pk": article.pk,
                "title": article.title,
                "title_language": article.content_language("title"),
                "url": article.get_absolute_url(),
                "published_at": article.published_at,
                "views": article.views,
            }
            for article in Article.objects.published().only(*SIDEBAR_FIELDS)[: SIDEBAR_SIZE + 1]
        ]
        cache.set(key, items, settings.PAGE_CACHE_SECONDS)
    return items


SIDEBAR_FIELDS = ["pk", "slug", "published_at", "views", "title_kk", "title_ru", "title_en"]
