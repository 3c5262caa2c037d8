"""The site's own pages: About, FAQ, Contacts, the privacy policy, the front offices and the areas of volunteering.

Every one is the same for every reader: urls.py wraps them in public_page, so they are kept whole for a minute.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from news.models import LANGUAGE_CODES, Article
from pages import content
from pages.models import Office, Page, PrivacyPolicy
from volunteers.forms import alphabetical
from volunteers.models import Direction, Region

RELATED_ARTICLES = 6


def page(request, slug):
    page = get_object_or_404(Page, slug=slug)
    context = {"page": page}
    if slug == Page.Slug.CONTACTS:
        context["office"] = content.national_office(request)
    return render(request, "pages/page.html", context)


def privacy(request, version=None):
    """The policy in force, or (with `version`) the one an applicant agreed to, with the list of every version."""
    versions = content.published_policies(request)
    if not versions:
        raise Http404
    current = versions[0][0]
    policy = get_object_or_404(PrivacyPolicy.objects.published(), version=version or current)
    return render(
        request,
        "pages/privacy.html",
        {"policy": policy, "is_current": policy.version == current, "current": current, "versions": versions},
    )


def offices(request):
    """Every front office: the national one, the three cities, then the regions in the reader's alphabet."""
    cities = Region.cities()

    def order(office):
        if office.is_national:
            return (0, 0, [])
        if office.region in cities:
            return (1, cities.index(office.region), [])
        return (2, 0, alphabetical(office.get_region_display()))

    return render(request, "pages/offices.html", {"offices": sorted(Office.objects.all(), key=order)})


def directions(request):
    return render(request, "pages/direction_list.html", {"directions": Direction.objects.active()})


def direction(request, slug):
    direction = get_object_or_404(Direction.objects.active(), slug=slug)
    articles = Article.objects.published().for_cards().filter(directions=direction)[:RELATED_ARTICLES]
    others = (
        Direction.objects.active().exclude(pk=direction.pk).only("slug", *(f"name_{code}" for code in LANGUAGE_CODES))
    )
    return render(
        request, "pages/direction_detail.html", {"direction": direction, "articles": articles, "others": others}
    )
