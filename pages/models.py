"""What staff edit besides the news: the site's own pages, the privacy policy's versions and the front offices."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from news.models import TranslatedContent
from news.sanitizer import EDITOR_EXTENSIONS, sanitize
from portal.page_cache import content_changed
from volunteers.models import Region

BODY_HELP = _(
    "Paragraphs, headings, lists, quotes and links. Anything else (scripts, styles, embedded frames, images from "
    "other sites) is removed when you save."
)


class Page(TranslatedContent, models.Model):
    """One of the site's fixed pages; its address never changes, staff write what it says."""

    class Slug(models.TextChoices):
        ABOUT = "about", _("About us")
        FAQ = "faq", _("Questions and answers")
        CONTACTS = "contacts", _("Contact")

    slug = models.CharField(
        _("page"), max_length=20, choices=Slug, unique=True, help_text=_("Which page of the site this text is.")
    )
    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences under the title, also shown by search engines and link previews."),
    )
    body = ProseEditorField(_("text"), blank=True, extensions=EDITOR_EXTENSIONS, sanitize=sanitize, help_text=BODY_HELP)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(f"pages:{self.slug}")

    @property
    def safe_body(self):
        return sanitize(self.body)


class PrivacyPolicyQuerySet(models.QuerySet):
    def published(self):
        """Versions applicants have been shown: published ones, newest first."""
        return self.filter(published_at__isnull=False, published_at__lte=timezone.now()).order_by("-published_at")


class PrivacyPolicy(TranslatedContent, models.Model):
    """One version of the privacy policy. Applications record the version their applicant agreed to, so a published
    version is never changed or deleted: a new text is a new version."""

    version = models.SlugField(
        _("version"),
        max_length=20,
        unique=True,
        help_text=_("A short name that applications record, for example 2026-01. It cannot change once published."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences under the title: what the policy covers, or what changed in this version."),
    )
    body = ProseEditorField(_("text"), extensions=EDITOR_EXTENSIONS, sanitize=sanitize, help_text=BODY_HELP)
    published_at = models.DateTimeField(
        _("published"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("From this moment the form links this version, and the text can no longer be changed."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PrivacyPolicyQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("privacy policy version")
        verbose_name_plural = _("privacy policy versions")

    def __str__(self):
        return self.version

    def get_absolute_url(self):
        return reverse("pages:privacy-version", kwargs={"version": self.version})

    @property
    def is_published(self):
        return self.published_at is not None

    @property
    def safe_body(self):
        return sanitize(self.body)

    def publish(self):
        """Make this version the one the form links, from now on."""
        self.published_at = timezone.now()
        self.save(update_fields=["published_at", "updated_at"])


class OfficeQuerySet(models.QuerySet):
    def regional(self):
        return self.exclude(region="")

    def national(self):
        return self.filter(region="")


class Office(TranslatedContent, models.Model):
    """A front office where people can come and call: the national one (no region) and one per region or city."""

    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region,
        blank=True,
        unique=True,
        help_text=_("Leave empty for the national front office, whose contacts every page shows at the bottom."),
    )
    name = models.CharField(_("name"), max_length=150, help_text=_("For example “Astana front office”."))
    address = models.CharField(_("address"), max_length=250)
    hours = models.CharField(
        _("opening hours"), max_length=150, blank=True, help_text=_("For example “Mon–Fri 9:00–18:00”.")
    )
    phone = models.CharField(
        _("phone"), max_length=30, blank=True, help_text=_("As people should read it, e.g. +7 7172 55 01 01.")
    )
    email = models.EmailField(_("email"), blank=True)
    map_url = models.URLField(
        _("map link"), max_length=500, blank=True, help_text=_("The office on 2GIS, Yandex Maps or OpenStreetMap.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OfficeQuerySet.as_manager()

    class Meta:
        ordering = ["region"]
        verbose_name = _("front office")
        verbose_name_plural = _("front offices")
        constraints = [
            models.CheckConstraint(condition=Q(region__in=[*Region.values, ""]), name="pages_office_region_valid")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.phone and self.phone_uri is None:
            raise ValidationError(
                {"phone": _("Enter a phone number we can call, for example +7 7172 55 01 01.")}, code="invalid"
            )

    @property
    def is_national(self):
        return not self.region

    @property
    def phone_uri(self):
        """The tel: address of the phone number (None when it is not a valid number)."""
        try:
            number = phonenumbers.parse(self.phone, "KZ")
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# Every one of these shows on public pages: a change retires the kept pages and fragments.
for model in (Page, PrivacyPolicy, Office):
    post_save.connect(content_changed, sender=model)
    post_delete.connect(content_changed, sender=model)
