from django.conf import settings
from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from news.html import plain_text, sanitize
from news.slugs import make_slug

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def fallback_order(language):
    """The languages whose content a reader of `language` sees, best first: theirs, then kk, ru, en."""
    preferred = [language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES]
    return list(dict.fromkeys(code for code in preferred if code in LANGUAGE_CODES))


class TranslatedContent:
    """Which language a translated field is actually shown in, for the `lang` attribute of fallback text."""

    def content_language(self, field):
        for language in fallback_order(get_language()):
            if getattr(self, f"{field}_{language}", None):
                return language
        return get_language()


class Category(TranslatedContent, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('news:list')}?category={self.slug}"


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published, with a publication time that has come."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def search(self, query, language=None):
        """Articles whose text, as a reader of `language` sees it, contains every word of the query."""
        field = f"search_text_{language or get_language()}"
        for word in query.casefold().split():
            self = self.filter(**{f"{field}__contains": word})
        return self


class Article(TranslatedContent, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_("The readable part of the address. Left empty, it is made from the Kazakh or Russian title."),
    )
    lead = models.TextField(
        _("lead"), blank=True, max_length=400, help_text=_("One or two sentences for cards, feeds and link previews.")
    )
    body = models.TextField(_("body"), blank=True)
    cover = models.ImageField(
        _("cover image"), upload_to="covers/%Y/%m/", blank=True, width_field="cover_width", height_field="cover_height"
    )
    cover_width = models.PositiveIntegerField(editable=False, null=True)
    cover_height = models.PositiveIntegerField(editable=False, null=True)
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    source_name = models.CharField(_("source name"), max_length=200, blank=True)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publication time"),
        default=timezone.now,
        help_text=_("A time in the future schedules the article: it appears on the site at that moment."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    views = models.PositiveIntegerField(_("views"), default=0, editable=False)
    # Lower-cased plain text of what a reader of each language sees (fallback included), kept up to date on save:
    # SQLite's LIKE folds only ASCII case, so searching Cyrillic needs text that is already folded.
    search_text = models.TextField(editable=False, blank=True, default="")

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["status", "-published_at"], name="news_article_listing")]
        constraints = [models.CheckConstraint(condition=models.Q(views__gte=0), name="news_article_views_not_negative")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = make_slug(self.title_kk or self.title_ru or self.title_en or "") or "article"
        for language in LANGUAGE_CODES:
            setattr(self, f"body_{language}", sanitize(getattr(self, f"body_{language}", "")))
            setattr(self, f"search_text_{language}", self.text_for_search(language))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"pk": self.pk, "slug": self.slug or "-"})

    def text_for_search(self, language):
        order = fallback_order(language)

        def shown(field):
            return next((value for code in order if (value := getattr(self, f"{field}_{code}", ""))), "")

        return " ".join([shown("title"), shown("lead"), plain_text(shown("body"))]).casefold()

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def safe_body(self):
        """The body for rendering: sanitized again, so HTML stored before a rule change never reaches a reader raw."""
        return sanitize(self.body)

    @classmethod
    def record_view(cls, pk):
        """Count one view of a public article with a single atomic UPDATE; False if there is no such article."""
        return bool(cls.objects.published().filter(pk=pk).update(views=F("views") + 1))
