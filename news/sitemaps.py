from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from news.models import Article


class MultilingualSitemap(Sitemap):
    """Every address in kk, ru and en, each with hreflang alternates and an x-default."""

    i18n = True
    alternates = True
    x_default = True


class StaticViewSitemap(MultilingualSitemap):
    changefreq = "daily"

    def items(self):
        return ["home", "news:list"]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(MultilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return Article.objects.published().only("pk", "slug", "updated_at").order_by("-published_at")

    def lastmod(self, article):
        return article.updated_at


SITEMAPS = {"pages": StaticViewSitemap, "articles": ArticleSitemap}
