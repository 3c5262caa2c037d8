"""Small reads that many pages share (the footer's office, the policy version, the home page's figures), kept per
content version: a staff edit shows at once, and a page that is not in the page cache still costs no query for them.

Model instances are kept whole: their translated fields resolve in the reader's language when they are read.
"""

from datetime import datetime, time

from django.core.cache import caches
from django.utils import timezone

from pages.models import Office, PrivacyPolicy
from portal.page_cache import content_version
from volunteers.models import Application, Direction

KEPT_SECONDS = 3600
# Applications arrive without changing the content version: the count on the home page may be this old.
FIGURES_SECONDS = 600
MISSING = object()


def kept(name, build, request=None, timeout=KEPT_SECONDS):
    """build(), kept under `name` for the current content version (built every time when there is none)."""
    version = content_version(request)
    if version is None:
        return build()
    cache = caches["pages"]
    key = f"pages:{name}:{version}"
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = build()
        cache.set(key, value, timeout)
    return value


def published_policies(request=None):
    """[(version, published_at)] of the published privacy policies, newest (the one in force) first."""
    return kept(
        "policies",
        lambda: list(PrivacyPolicy.objects.published().values_list("version", "published_at")),
        request,
    )


def current_policy_version(request=None):
    """The version of the privacy policy in force, which the form links; None before any is published."""
    policies = published_policies(request)
    return policies[0][0] if policies else None


def national_office(request=None):
    """The national front office (contacts in every page's footer), or None."""
    return kept("national-office", lambda: Office.objects.national().first(), request)


def office_for_region(region):
    """The front office of a region, for the applicant who just applied there (the thank-you page is not kept)."""
    return Office.objects.filter(region=region).first() if region else None


def home_figures(request=None):
    """The home page's figures: applications received this year, regional offices, areas of volunteering."""

    def count():
        today = timezone.localdate()
        year_start = timezone.make_aware(datetime.combine(today.replace(month=1, day=1), time.min))
        return {
            "applications": Application.objects.filter(submitted_at__gte=year_start).count(),
            "offices": Office.objects.regional().count(),
            "directions": Direction.objects.active().count(),
        }

    return kept("figures", count, request, timeout=FIGURES_SECONDS)
