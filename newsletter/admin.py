"""The newsletter's admin: subscribers with their state, language, dates and letter counts, and their e-mails.

Subscriptions are made only by the double opt-in of the public form. Of an address that unsubscribed, only its
fingerprint is kept: staff see that someone unsubscribed, and when, never who; typing the address into the search
finds its row, which is all that is needed not to write to it again.
"""

from django.contrib import admin, messages
from django.db.models import Count, Q
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from newsletter import subscriptions
from newsletter.models import Email, Subscriber, fingerprint
from portal.admin import OutboxAdmin, OwnAdmin


class EmailInline(admin.TabularInline):
    model = Email
    fields = ["kind", "language", "status", "attempts", "created_at", "sent_at", "last_error"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ["-created_at"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(OwnAdmin):
    list_display = [
        "address",
        "state",
        "language",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "letters_sent",
        "last_letter_at",
    ]
    list_filter = ["state", "language", "created_at"]
    # The filters show how many subscribers each state and language has.
    show_facets = admin.ShowFacets.ALWAYS
    search_fields = ["email"]
    search_help_text = _("An address: found among subscribers, and among those who unsubscribed by its fingerprint.")
    date_hierarchy = "created_at"
    fields = [
        "address",
        "state",
        "language",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "unsubscribed_at",
        "last_letter_at",
        "letters_sent",
        "address_hash",
    ]
    readonly_fields = [name for name in fields if name != "language"]
    inlines = [EmailInline]
    actions = ["unsubscribe_selected"]

    def get_queryset(self, request):
        sent_letters = Q(emails__kind=Email.Kind.LETTER, emails__status=Email.Status.SENT)
        return super().get_queryset(request).annotate(letters=Count("emails", filter=sent_letters))

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if "@" in search_term:
            results |= queryset.filter(address_hash=fingerprint(search_term))
        return results, may_have_duplicates

    def has_add_permission(self, request):
        return False  # only the owner of an address subscribes it, by confirming

    @admin.display(description=_("email"), ordering="email")
    def address(self, subscriber):
        return subscriber.email or gettext("— (forgotten at unsubscribe: only a fingerprint is kept)")

    @admin.display(description=_("letters sent"), ordering="letters")
    def letters_sent(self, subscriber):
        return subscriber.letters

    @admin.action(description=_("Unsubscribe (forgets the address)"), permissions=["change"])
    def unsubscribe_selected(self, request, queryset):
        chosen = list(queryset.exclude(state=Subscriber.State.UNSUBSCRIBED))
        for subscriber in chosen:
            subscriptions.unsubscribe(subscriber)
        self.message_user(
            request,
            ngettext("%(count)d subscriber unsubscribed.", "%(count)d subscribers unsubscribed.", len(chosen))
            % {"count": len(chosen)},
            messages.SUCCESS,
        )


@admin.register(Email)
class EmailAdmin(OutboxAdmin):
    list_display = ["subscriber", "kind", "language", "status", "attempts", "next_attempt_at", "sent_at", "error"]
    list_select_related = ["subscriber"]
    fields = [
        "subscriber",
        "kind",
        "recipient",
        "language",
        "article_ids",
        "news_from",
        "news_until",
        *OutboxAdmin.DELIVERY_FIELDS,
    ]
    readonly_fields = fields
