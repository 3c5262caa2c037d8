from django.urls import reverse

from news.sitemaps import MultilingualSitemap
from pages.models import Page, PrivacyPolicy
from volunteers.models import Direction


class SectionSitemap(MultilingualSitemap):
    """The lists that always exist: front offices and areas of volunteering; the policy once one is published."""

    changefreq = "weekly"

    def items(self):
        names = ["pages:regions", "pages:directions"]
        if PrivacyPolicy.objects.published().exists():
            names.append("pages:privacy")
        return names

    def location(self, item):
        return reverse(item)


class PageSitemap(MultilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Page.objects.only("slug", "updated_at")

    def lastmod(self, page):
        return page.updated_at


class DirectionSitemap(MultilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return Direction.objects.active().only("slug")


SITEMAPS = {"sections": SectionSitemap, "site-pages": PageSitemap, "directions": DirectionSitemap}
