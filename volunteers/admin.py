"""The coordinators' admin: applications of their regions, with filters, notes, status actions and the export."""

import operator
from functools import reduce

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import ExpressionWrapper, Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from portal.admin import (
    OutboxAdmin,
    OwnAdmin,
    SuperuserOnlyAdmin,
    TabbedAdmin,
    change_status,
    compact_time,
    queued_again,
)
from volunteers import notifications
from volunteers.admin_filters import DirectionFilter, DuplicateFilter, RegionFilter, WaitingFilter
from volunteers.admin_forms import MESSAGE_MAX_LENGTH, ApplicationChangeForm, StatusActionForm
from volunteers.exports import applications_csv, labels
from volunteers.forms import normalize_phone
from volunteers.models import (
    Application,
    Availability,
    CoordinatorProfile,
    CoordinatorRegion,
    Direction,
    Note,
    Notification,
    Region,
    SpokenLanguage,
    regions_of,
)

# --- Directions ---------------------------------------------------------------------------------------------------


@admin.register(Direction)
class DirectionAdmin(SuperuserOnlyAdmin, TabbedAdmin):
    """Directions are national: an edit changes every region's form and applications (and who may choose them)."""

    list_display = ["name", "slug", "is_hazardous", "is_active", "position"]
    list_editable = ["is_active", "position"]
    list_filter = ["is_hazardous", "is_active"]
    prepopulated_fields = {"slug": ["name_en"]}


# --- Applications -------------------------------------------------------------------------------------------------


class NoteInline(admin.TabularInline):
    """Notes are a log: added, never edited, each with its author and time."""

    model = Note
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]
    extra = 1
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2})}}

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


class NotificationInline(admin.TabularInline):
    model = Notification
    fields = [
        "kind",
        "recipient",
        "language",
        "status",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "message",
        "last_error",
    ]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


def status_action(status, description):
    @admin.action(description=description, permissions=["change"])
    def action(modeladmin, request, queryset):
        changed = change_status(request, queryset, status, status_changed_at=timezone.now())
        for application in changed:
            application.status = status
        told = notifications.tell_applicants(changed, request.POST.get("message", "")[:MESSAGE_MAX_LENGTH])
        count = len(changed)
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d application is now “%(status)s”.",
                "%(count)d applications are now “%(status)s”.",
                count,
            )
            % {"count": count, "status": status.label},
            messages.SUCCESS,
        )
        if told:
            told_by_email(modeladmin, request, told)

    action.__name__ = f"mark_{status.value}"
    return action


def told_by_email(model_admin, request, count):
    model_admin.message_user(
        request,
        ngettext(
            "%(count)d applicant will be told by e-mail in a few minutes.",
            "%(count)d applicants will be told by e-mail in a few minutes.",
            count,
        )
        % {"count": count},
    )


@admin.register(Application)
class ApplicationAdmin(OwnAdmin):
    list_display = [
        "reference",
        "full_name",
        "phone",
        "region",
        "direction_names",
        "status",
        "submitted",
        "language_code",
        "is_duplicate",
    ]
    list_display_links = ["reference", "full_name"]
    list_filter = [
        "status",
        RegionFilter,
        ("directions", DirectionFilter),
        "language",
        WaitingFilter,
        DuplicateFilter,
        "submitted_at",
    ]
    search_fields = ["full_name", "phone", "email", "reference"]
    search_help_text = _("Name, phone (in any form), email or reference number.")
    date_hierarchy = "submitted_at"
    list_per_page = 50
    inlines = [NoteInline, NotificationInline]
    form = ApplicationChangeForm
    action_form = StatusActionForm
    # What the applicant sent is the record of the application: coordinators change its status and add notes.
    readonly_fields = [
        "reference",
        "full_name",
        "birth_date",
        "age",
        "guardian_consent",
        "phone_link",
        "email",
        "region",
        "city",
        "directions",
        "spoken_languages",
        "available",
        "about",
        "language",
        "submitted_at",
        "status_changed_at",
        "duplicate",
        "consent_version",
        "consent_language",
        "consent_given_at",
        "anonymized_at",
    ]
    fieldsets = [
        (
            _("Applicant"),
            {
                "fields": [
                    "full_name",
                    ("birth_date", "age"),
                    "guardian_consent",
                    "phone_link",
                    "email",
                    ("region", "city"),
                    "language",
                ]
            },
        ),
        (_("Volunteering"), {"fields": ["directions", "spoken_languages", "available", "about"]}),
        (_("Follow-up"), {"fields": ["status", "message_to_applicant", "status_changed_at", "duplicate"]}),
        (
            _("Record"),
            {
                "fields": [
                    "reference",
                    "submitted_at",
                    ("consent_version", "consent_language", "consent_given_at"),
                    "anonymized_at",
                ],
                "classes": ["collapse"],
            },
        ),
    ]
    actions = [
        status_action(Application.Status.CONTACTED, _("Mark as contacted")),
        status_action(Application.Status.ACCEPTED, _("Mark as accepted")),
        status_action(Application.Status.DECLINED, _("Mark as declined")),
        status_action(Application.Status.CLOSED, _("Mark as closed")),
        "export_csv",
        "send_notifications_again",
    ]

    def get_queryset(self, request):
        directions = Prefetch("directions", queryset=Direction.objects.order_by("position", "pk"))
        return (
            super()
            .get_queryset(request)
            .visible_to(request.user)
            .with_duplicate_shown_to(request.user)
            .prefetch_related(directions)
        )

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        # Phones are stored as +77011234567; coordinators type them as they hear them.
        if search_term and (phone := normalize_phone(search_term)):
            results |= queryset.filter(phone=phone)
        # SQLite folds only ASCII case: find "бауыржан" in "Бауыржан" there too (PostgreSQL needs no help).
        words = search_term.split()
        if words and not search_term.isascii():
            names = Q()
            for word in words:
                variants = {word.lower(), word.capitalize(), word.upper()}
                names &= reduce(operator.or_, (Q(full_name__contains=variant) for variant in variants))
            results |= queryset.filter(names)
        return results, may_have_duplicates

    def changelist_view(self, request, extra_context=None):
        if regions_of(request.user) == []:
            self.message_user(
                request,
                gettext(
                    "Your account is not tied to any region yet, so no applications are shown. "
                    "Ask an administrator to set your regions."
                ),
                messages.WARNING,
            )
        return super().changelist_view(request, extra_context)

    def has_add_permission(self, request):
        # Applications arrive through the public form, which records the applicant's consent.
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            obj.status_changed_at = timezone.now()
        super().save_model(request, obj, form, change)
        if "status" in form.changed_data and (
            told := notifications.tell_applicants([obj], form.cleaned_data.get("message_to_applicant", ""))
        ):
            told_by_email(self, request, told)

    def save_formset(self, request, form, formset, change):
        for note in formset.save(commit=False):
            if isinstance(note, Note) and note.author_id is None:
                note.author = request.user
            note.save()
        formset.save_m2m()
        for deleted in formset.deleted_objects:
            deleted.delete()

    @admin.display(description=_("submitted"), ordering="submitted_at")
    def submitted(self, application):
        return compact_time(application.submitted_at)

    # The code, as the articles list shows languages; the name in full when pointed at.
    @admin.display(description=_("language"), ordering="language")
    def language_code(self, application):
        return format_html('<span title="{}">{}</span>', application.get_language_display(), application.language)

    @admin.display(description=_("areas of volunteering"))
    def direction_names(self, application):
        return ", ".join(direction.name for direction in application.directions.all())

    # Sorted by whether there is one: sorting by the earlier application itself would order by its submission time.
    @admin.display(
        description=_("duplicate"),
        boolean=True,
        ordering=ExpressionWrapper(Q(duplicate_of__isnull=False), output_field=models.BooleanField()),
    )
    def is_duplicate(self, application):
        return application.is_duplicate

    @admin.display(description=_("possible duplicate of"))
    def duplicate(self, application):
        if not application.is_duplicate:
            return self.get_empty_value_display()
        if application.duplicate_reference is None:
            return gettext("An earlier application with the same phone number, from a region you do not cover.")
        return format_html(
            '<a href="{}">{} {}</a>',
            reverse("admin:volunteers_application_change", args=[application.duplicate_of_id]),
            application.duplicate_reference,
            application.duplicate_name,
        )

    @admin.display(description=_("age"))
    def age(self, application):
        return application.age

    @admin.display(description=_("phone"))
    def phone_link(self, application):
        return format_html('<a href="tel:{}">{}</a>', application.phone, application.phone) if application.phone else ""

    @admin.display(description=_("languages"))
    def spoken_languages(self, application):
        return labels(SpokenLanguage, application.languages)

    @admin.display(description=_("availability"))
    def available(self, application):
        return labels(Availability, application.availability)

    @admin.action(description=_("Export to a spreadsheet (CSV for Excel)"), permissions=["view"])
    def export_csv(self, request, queryset):
        return applications_csv(queryset)

    @admin.action(description=_("Send unsent notifications again"), permissions=["change"])
    def send_notifications_again(self, request, queryset):
        queued_again(self, request, Notification.objects.filter(application__in=queryset))


@admin.register(Notification)
class NotificationAdmin(OutboxAdmin):
    list_display = ["application", "kind", "recipient", "status", "attempts", "next_attempt_at", "sent_at", "error"]
    search_fields = ["recipient", "application__reference"]
    list_select_related = ["application"]
    readonly_fields = [
        "application",
        "coordinator",
        "kind",
        "recipient",
        "language",
        "message",
        "told_status",
        *OutboxAdmin.DELIVERY_FIELDS,
    ]
    fields = readonly_fields

    def get_queryset(self, request):
        emails = super().get_queryset(request)
        if request.user.is_superuser:
            return emails
        # A coordinator's regions' applications, and their own digests.
        return emails.filter(
            Q(application__in=Application.objects.visible_to(request.user)) | Q(coordinator__user=request.user)
        )


# --- Coordinators -------------------------------------------------------------------------------------------------


class CoordinatorProfileForm(forms.ModelForm):
    region_codes = forms.MultipleChoiceField(
        label=_("regions"),
        choices=Region,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The coordinator sees and is notified of applications from these regions."),
    )

    class Meta:
        model = CoordinatorProfile
        fields = ["user", "all_regions", "region_codes", "language", "receives_notifications"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = get_user_model().objects.filter(is_staff=True)
        if self.instance.pk:
            self.initial["region_codes"] = [item.region for item in self.instance.regions.all()]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("all_regions") and not cleaned.get("region_codes"):
            self.add_error("region_codes", _("Choose at least one region, or tick “all regions”."))
        return cleaned


@admin.register(CoordinatorProfile)
class CoordinatorProfileAdmin(SuperuserOnlyAdmin, OwnAdmin):
    """Only superusers tie accounts to regions: a coordinator must not widen their own access."""

    form = CoordinatorProfileForm
    list_display = ["__str__", "email", "all_regions", "region_list", "language", "receives_notifications"]
    list_filter = ["all_regions", "language", "regions__region"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "user__email"]
    list_select_related = ["user"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("regions")

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        profile = form.instance
        codes = set() if profile.all_regions else set(form.cleaned_data["region_codes"])
        profile.regions.exclude(region__in=codes).delete()
        existing = set(profile.regions.values_list("region", flat=True))
        CoordinatorRegion.objects.bulk_create(
            CoordinatorRegion(profile=profile, region=code) for code in sorted(codes - existing)
        )

    @admin.display(description=_("email"), ordering="user__email")
    def email(self, profile):
        return profile.user.email

    @admin.display(description=_("regions"))
    def region_list(self, profile):
        return ", ".join(item.get_region_display() for item in profile.regions.all())
