"""The site's pages, the privacy policy's versions and the front offices, edited with a tab per language."""

from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from pages.models import Office, Page, PrivacyPolicy
from portal.admin import SuperuserOnlyAdmin, TabbedAdmin


@admin.register(Page)
class PageAdmin(TabbedAdmin):
    list_display = ["title", "slug", "updated_at"]
    fields = ["slug", "title", "lead", "body"]
    search_fields = ["title_kk", "title_ru", "title_en"]


@admin.register(PrivacyPolicy)
class PrivacyPolicyAdmin(SuperuserOnlyAdmin, TabbedAdmin):
    """What applicants consent to: superusers' to write. Drafts are edited freely; a published version is a record of
    what applicants agreed to and stays as it is."""

    list_display = ["version", "published_at", "updated_at"]
    fields = ["version", "summary", "body", "published_at"]
    readonly_fields = ["published_at"]
    actions = ["publish"]

    def has_change_permission(self, request, obj=None):
        # A published version opens read-only ("view"), as a record should.
        return super().has_change_permission(request, obj) and (obj is None or not obj.is_published)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or not obj.is_published)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        # A published version may not be deleted, so neither may a selection that could hold one.
        actions.pop("delete_selected", None)
        return actions

    @admin.action(description=_("Publish: the form links this version from now on"), permissions=["change"])
    def publish(self, request, queryset):
        drafts = list(queryset.filter(published_at__isnull=True))
        for policy in drafts:
            policy.publish()
        if drafts:
            message = ngettext(
                "%(count)d version published: the form now links it.",
                "%(count)d versions published: the form now links the newest.",
                len(drafts),
            )
            self.message_user(request, message % {"count": len(drafts)}, messages.SUCCESS)
        else:
            self.message_user(request, gettext("Nothing to publish: these versions are already published."))


@admin.register(Office)
class OfficeAdmin(TabbedAdmin):
    list_display = ["name", "region", "phone", "email", "updated_at"]
    list_filter = ["region"]
    search_fields = ["name_kk", "name_ru", "name_en", "address_kk", "address_ru", "phone", "email"]
    fieldsets = [
        (None, {"fields": ["region", "name"]}),
        (_("How to reach the office"), {"fields": ["address", "hours", "phone", "email", "map_url"]}),
    ]
