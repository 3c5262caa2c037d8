"""The admin index's to-do list: what waits for the signed-in staff member, by role, each count a link to the list
that shows those items. One aggregate query per section, however many applications or articles there are."""

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from news.models import Article, missing_in, scheduled_condition
from volunteers.models import Application, Notification, Region, regions_of


def to_do(user):
    """{"applications": …, "notifications": …, "articles": …}, each present only when the user's role covers it."""
    sections = {}
    if user.has_perm("volunteers.view_application"):
        sections["applications"] = applications_to_answer(user)
    if user.has_perm("volunteers.view_notification"):
        sections["notifications"] = notifications_to_check(user)
    if user.has_perm("news.view_article"):
        sections["articles"] = articles_to_finish()
    return sections


def changelist(name, **filters):
    return f"{reverse(f'admin:{name}_changelist')}?{urlencode(filters)}"


def applications_to_answer(user):
    """The user's regions that have new applications: how many, and how many are waiting for an answer."""
    counts = {row["region"]: row for row in Application.objects.visible_to(user).new_by_region()}
    rows = [
        {
            "region": region.label,
            "new": counts[region]["new"],
            "new_url": changelist("volunteers_application", region=region.value, status__exact="new"),
            "waiting": counts[region]["waiting"],
            "waiting_url": changelist("volunteers_application", region=region.value, waiting="yes"),
        }
        for region in Region
        if region in counts
    ]
    return {"rows": rows, "has_regions": regions_of(user) != []}


def notifications_to_check(user):
    failed = Notification.objects.filter(
        status=Notification.Status.FAILED, application__in=Application.objects.visible_to(user)
    ).count()
    return [
        {
            "label": _("Failed to send"),
            "count": failed,
            "url": changelist("volunteers_notification", status__exact=Notification.Status.FAILED),
            "urgent": True,
        }
    ]


def articles_to_finish():
    languages = dict(settings.LANGUAGES)
    counts = Article.objects.aggregate(
        scheduled=Count("pk", filter=scheduled_condition()),
        **{f"missing_{code}": Count("pk", filter=missing_in(code)) for code in languages},
    )
    return [
        {"label": _("Scheduled"), "count": counts["scheduled"], "url": changelist("news_article", state="scheduled")},
        *(
            {
                "label": _("Translation missing: %(language)s") % {"language": name},
                "count": counts[f"missing_{code}"],
                "url": changelist("news_article", missing=code),
            }
            for code, name in languages.items()
        ),
    ]
