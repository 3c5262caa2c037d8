"""The newsroom: editors write, translate, illustrate and publish articles here."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminFileWidget
from django.contrib.auth import get_user_model
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from news.images import CoverImageField
from news.models import LANGUAGE_CODES, Article, Category
from portal.admin import TabbedAdmin, change_status, compact_time
from portal.page_cache import content_changed


@admin.register(Category)
class CategoryAdmin(TabbedAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name_kk", "name_ru", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}


# --- Change list filters ------------------------------------------------------------------------------------------


class PublicationFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("scheduled", _("Scheduled")),
            ("published", _("On the site")),
        ]

    def queryset(self, request, queryset):
        match self.value():
            case "draft":
                return queryset.filter(status=Article.Status.DRAFT)
            case "scheduled":
                return queryset.scheduled()
            case "published":
                return queryset.published()
        return queryset


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("missing translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return list(settings.LANGUAGES)

    def queryset(self, request, queryset):
        if self.value() in LANGUAGE_CODES:
            return queryset.missing_translation(self.value())
        return queryset


# --- The article form ---------------------------------------------------------------------------------------------


class CoverWidget(AdminFileWidget):
    """The file input with the current cover (its smallest rendition) shown above it, and the new one once chosen."""

    template_name = "news/widgets/cover_input.html"

    def __init__(self, attrs=None):
        super().__init__({"accept": "image/jpeg,image/png,image/webp", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        instance = getattr(value, "instance", None)
        renditions = getattr(instance, "cover_renditions", None)
        if renditions and value:
            smallest = renditions[0]
            context["widget"]["preview"] = {
                "src": value.storage.url(smallest["jpeg"]),
                "width": smallest["width"],
                "height": smallest["height"],
            }
        return context


@admin.register(Article)
class ArticleAdmin(TabbedAdmin):
    class Media:
        js = ("news/admin/newsroom.js",)
        css = {"all": ("news/admin/newsroom.css",)}

    list_display = ["title", "publication_state", "publication_time", "view_count", "languages", "category"]
    list_display_links = ["title"]
    list_filter = [PublicationFilter, "category", "published_at", MissingTranslationFilter]
    list_select_related = ["category"]
    search_fields = ["title_kk", "title_ru", "title_en"]
    search_help_text = _("Searches the titles and the text in every language.")
    date_hierarchy = "published_at"
    actions = ["publish", "unpublish"]
    readonly_fields = ["preview_links", "views", "created_at", "created_by", "updated_at", "updated_by"]
    # The order an editor works in: the text, its picture, when and where it appears, where it comes from.
    fieldsets = [
        (_("Text"), {"fields": ["title", "lead", "body"]}),
        (
            _("Image"),
            {
                "fields": ["cover", "cover_alt"],
                "description": _("Shown on cards, at the top of the article and in link previews."),
            },
        ),
        (
            _("Publication"),
            {"fields": ["status", "published_at", "category", "directions", "slug", "author", "preview_links"]},
        ),
        (_("Source"), {"fields": ["source_name", "source_url"]}),
        (_("History"), {"fields": ["views", "created_at", "created_by", "updated_at", "updated_by"]}),
    ]
    formfield_overrides = {
        models.ImageField: {"form_class": CoverImageField, "widget": CoverWidget},
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
    }

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "author":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_search_results(self, request, queryset, search_term):
        """Any part of a title in any language, and the words of every language's text as readers find them
        (news.search: Kazakh letters typed as Russian ones, Latin spellings, word forms), drafts included."""
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip():
            found |= queryset.matching(search_term)
        return found, may_have_duplicates

    # --- Columns and read-only fields

    @admin.display(description=_("status"), ordering="status")
    def publication_state(self, article):
        if article.status == Article.Status.DRAFT:
            return gettext("Draft")
        if article.is_scheduled:
            return format_html('<span class="article-state--scheduled">{}</span>', gettext("Scheduled"))
        return gettext("On the site")

    @admin.display(description=_("publication time"), ordering="published_at")
    def publication_time(self, article):
        return compact_time(article.published_at)

    @admin.display(description=_("views"), ordering="views")
    def view_count(self, article):
        return number_format(article.views, force_grouping=True)

    @admin.display(description=_("languages"))
    def languages(self, article):
        translated = set(article.translated_languages())
        states = format_html_join(
            " ",
            '<span class="translation-state{}" title="{}">{} {}</span>',
            (
                (
                    "" if code in translated else " translation-state--missing",
                    (gettext("%(language)s: translated") if code in translated else gettext("%(language)s: missing"))
                    % {"language": name},
                    code,
                    "✓" if code in translated else "—",
                )
                for code, name in settings.LANGUAGES
            ),
        )
        return format_html('<span class="translation-states">{}</span>', states)

    @admin.display(description=_("preview"))
    def preview_links(self, article):
        if not article.pk:
            return gettext("Save the article to preview it.")
        links = format_html_join(
            " ",
            '<a href="{}" target="_blank" rel="noopener" hreflang="{}">{}</a>',
            ((preview_url(article, code), code, name) for code, name in settings.LANGUAGES),
        )
        return format_html('<span class="preview-links">{}</span>', links)

    def view_on_site(self, article):
        """The article on the site once public; before that, its staff-only preview."""
        if article.is_public:
            return article.get_absolute_url()
        return preview_url(article)

    # --- Saving

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
            if obj.author_id is None:
                obj.author = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    # --- Actions

    @admin.action(description=_("Publish the selected articles"), permissions=["change"])
    def publish(self, request, queryset):
        changed = self.change_status(request, queryset, Article.Status.PUBLISHED)
        scheduled = sum(article.published_at > timezone.now() for article in changed)
        message = ngettext("%(count)d article published.", "%(count)d articles published.", len(changed)) % {
            "count": len(changed)
        }
        if scheduled:
            message += " " + ngettext(
                "%(count)d of them is scheduled and appears on the site at its publication time.",
                "%(count)d of them are scheduled and appear on the site at their publication time.",
                scheduled,
            ) % {"count": scheduled}
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(description=_("Unpublish the selected articles (back to draft)"), permissions=["change"])
    def unpublish(self, request, queryset):
        changed = self.change_status(request, queryset, Article.Status.DRAFT)
        message = ngettext(
            "%(count)d article is a draft again.", "%(count)d articles are drafts again.", len(changed)
        ) % {"count": len(changed)}
        self.message_user(request, message, messages.SUCCESS)

    def change_status(self, request, queryset, status):
        """Set the status of the articles that do not have it yet; the public sees it at once."""
        changed = change_status(request, queryset, status, updated_by=request.user, updated_at=timezone.now())
        if changed:
            content_changed()
        return changed


def preview_url(article, language=None):
    with translation.override(language or translation.get_language()):
        return reverse("news:preview", kwargs={"pk": article.pk})
