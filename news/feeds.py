from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from news.models import Article

FEED_ITEMS = 20


class LatestArticlesFeed(Feed):
    title = _("Birgemiz: news")
    description = _("News of the national volunteer front-office")

    def link(self):
        return reverse("news:list")

    def items(self):
        return Article.objects.published()[:FEED_ITEMS]

    # RSS readers take titles and descriptions as HTML: our plain texts are escaped once for that (the feed's XML
    # escapes them once more, as it must), so that "<" or "&" in a lead reaches the reader as written.
    def item_title(self, item):
        return escape(item.title)

    def item_description(self, item):
        return escape(item.lead)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
