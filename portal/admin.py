"""Admin pieces shared by the newsroom, the coordinators' admin, the newsletter and the site's pages."""

from django.contrib import admin
from django.contrib.admin.models import CHANGE, LogEntry
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from portal import outbox


class OwnFiltersOnly:
    """A ModelAdmin mixin: a list's address may filter only as the list's own filters and date drill-down do.

    Django lets an address filter by any field of the model (`?languages__contains=x`, `?title_kk__regex=(`), and
    each database answers such hand-made filters its own way: an error on one, a slow scan or an empty list on the
    other. Refused here, they answer 400 on every database (portal/admin_site.py renders the page).
    """

    def lookup_allowed(self, lookup, value, request):
        names, prefixes = set(), []
        for item in self.get_list_filter(request):
            if isinstance(item, type) and issubclass(item, admin.SimpleListFilter):
                names.add(item.parameter_name)
            else:
                field = item[0] if isinstance(item, list | tuple) else item
                names.add(field)
                prefixes.append(f"{field}__")
        if self.date_hierarchy:
            names.update(f"{self.date_hierarchy}__{part}" for part in ("year", "month", "day"))
        own = lookup in names or lookup.startswith(tuple(prefixes))
        # Django's own rule still applies: through a relation, only what a filter of the list uses.
        return own and super().lookup_allowed(lookup, value, request)


class OwnAdmin(OwnFiltersOnly, admin.ModelAdmin):
    """The base of our model admins that are not translated."""


class OutboxAdmin(OwnAdmin):
    """The e-mails of one outbox table (portal/outbox.py): records, read-only for everyone; unsent ones can be sent
    again (which is what the change permission is for)."""

    list_filter = ["status", "kind", "created_at"]
    actions = ["send_again"]
    # What every outbox e-mail shows of its delivery, after what the table itself records.
    DELIVERY_FIELDS = ["status", "attempts", "next_attempt_at", "sent_at", "last_error", "created_at", "updated_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    @admin.display(description=_("last error"))
    def error(self, email):
        return email.last_error[:80]

    @admin.action(description=_("Send again"), permissions=["change"])
    def send_again(self, request, queryset):
        queued_again(self, request, queryset)


def queued_again(model_admin, request, emails):
    """Queue these e-mails again (those not sent yet) and say how many."""
    count = outbox.send_again(emails)
    model_admin.message_user(
        request, ngettext("%(count)d e-mail queued.", "%(count)d e-mails queued.", count) % {"count": count}
    )


class TabbedAdmin(OwnFiltersOnly, TranslationAdmin):
    """modeltranslation's tabbed admin (one tab per language) with its assets served by us, for every translated model.

    Its stock media loads jQuery UI from a CDN, which our Content-Security-Policy blocks (and editors on a restricted
    network could not reach): a small local stand-in for jQuery UI's tabs (portal/admin/tabs.js) takes its place.
    """

    class Media:
        js = (
            "admin/js/jquery.init.js",
            "modeltranslation/js/force_jquery.js",
            "portal/admin/tabs.js",
            "modeltranslation/js/tabbed_translation_fields.js",
            "portal/admin/prose_editor_titles.js",  # the rich-text editor's toolbar in the staff's language
        )
        css = {"all": ("modeltranslation/css/tabbed_translation_fields.css",)}


class SuperuserOnlyAdmin:
    """A model only superusers see and change (a mixin for ModelAdmin): staff roles must not widen their own access
    or change what every region depends on."""

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request, *args):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


def change_status(request, queryset, status, **also):
    """Give `status` (and the `also` values) to the objects of `queryset` that do not have it yet, with one UPDATE,
    and record the change in each one's admin history. Returns the objects that changed."""
    changed = list(queryset.exclude(status=status))
    if changed:
        model = queryset.model
        model._default_manager.filter(pk__in=[obj.pk for obj in changed]).update(status=status, **also)
        with translation.override(None):  # stored untranslated, as the admin does: shown in each reader's language
            field = str(model._meta.get_field("status").verbose_name)
        LogEntry.objects.log_actions(
            user_id=request.user.pk,
            queryset=changed,
            action_flag=CHANGE,
            change_message=[{"changed": {"fields": [field]}}],
        )
    return changed


def compact_time(value):
    """A moment in a list column: the short date and the 24-hour time, which wrap onto two lines in a narrow column
    but never inside either."""
    moment = timezone.localtime(value)
    return format_html(
        '<time class="compact-time" datetime="{}"><span>{}</span> <span>{}</span></time>',
        moment.isoformat(),
        date_format(moment, "SHORT_DATE_FORMAT"),
        date_format(moment, "H:i"),
    )
