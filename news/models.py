import logging
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from news import images, search, search_index
from news.sanitizer import EDITOR_EXTENSIONS, plain_text, sanitize
from news.slugs import make_slug
from portal.page_cache import content_changed

logger = logging.getLogger(__name__)

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
RANDOM_NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


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

    def scheduled(self, now=None):
        return self.filter(scheduled_condition(now))

    def missing_translation(self, language):
        return self.filter(missing_in(language))

    def for_cards(self):
        """With the category, without the long texts (bodies, search columns) that cards never show."""
        long_texts = [f"{field}_{code}" for field in ("body", "search_text") for code in LANGUAGE_CODES]
        return self.select_related("category").defer("body", "search_text", *long_texts)

    def for_results(self):
        """With the category and the texts a search result shows, without the search columns."""
        return self.select_related("category").defer("search_text", *SEARCH_COLUMNS)

    def search(self, query, language=None, category=None):
        """The published articles (of `category`, if given) whose text, as a reader of `language` sees it, has every
        word of the query in any of its forms and spellings (news.search), best first: a SearchResults, which
        Django's Paginator pages."""
        query = query if isinstance(query, search.Query) else search.Query(query)
        language = language or get_language()
        return search_index.SearchResults(self.for_results(), query, language, category, using=self.db)

    def matching(self, query):
        """The articles that a reader of any language finds with `query` (the admin's search)."""
        query = query if isinstance(query, search.Query) else search.Query(query)
        return search_index.matching_any_language(self, query)


class Article(TranslatedContent, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(
        _("title"),
        max_length=250,
        help_text=_(
            "Required in Kazakh. Leave another language empty if there is no translation yet: its readers then see "
            "the Kazakh (or Russian) text."
        ),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_("The readable part of the address. Left empty, it is made from the Kazakh or Russian title."),
    )
    lead = models.TextField(
        _("lead"), blank=True, max_length=400, help_text=_("One or two sentences for cards, feeds and link previews.")
    )
    body = ProseEditorField(
        _("body"),
        blank=True,
        extensions=EDITOR_EXTENSIONS,
        sanitize=sanitize,
        help_text=_(
            "Paragraphs, headings, lists, quotes, links and images of this site. Anything else (scripts, styles, "
            "embedded frames, images from other sites) is removed when you save."
        ),
    )
    cover = models.ImageField(
        _("cover image"),
        upload_to="covers/%Y/%m/",
        blank=True,
        width_field="cover_width",
        height_field="cover_height",
        help_text=_(
            "A JPEG, PNG or WebP photo, up to 15 MB and 40 megapixels; landscape 16:9 looks best. Location and "
            "camera data are removed, and smaller copies are made for phones."
        ),
    )
    cover_width = models.PositiveIntegerField(editable=False, null=True)
    cover_height = models.PositiveIntegerField(editable=False, null=True)
    # The resized copies made from the cover when it was uploaded: [{"width", "height", "webp", "jpeg"}, ...],
    # narrowest first. Kept on the row so that pages build their srcset without another query.
    cover_renditions = models.JSONField(editable=False, default=list, blank=True)
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for readers who cannot see it (required in Kazakh when there is an image). "
            "Not a caption: for example, “Volunteers plant trees in a park in Almaty”."
        ),
    )
    source_name = models.CharField(
        _("source name"), max_length=200, blank=True, help_text=_("Where the news comes from, e.g. “Akorda”.")
    )
    source_url = models.URLField(
        _("source address"), max_length=500, blank=True, help_text=_("The address of the original publication.")
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    directions = models.ManyToManyField(
        "volunteers.Direction",
        verbose_name=_("areas of volunteering"),
        blank=True,
        related_name="articles",
        help_text=_("The article is listed on the pages of these areas of volunteering."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status,
        default=Status.DRAFT,
        help_text=_("A draft is seen only by staff, through the preview. Published articles appear on the site."),
    )
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
        help_text=_("Who wrote the article. Left empty, the person who creates it."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    views = models.PositiveIntegerField(_("views"), default=0, editable=False)
    # The search keys of what a reader of each language sees (fallback included), kept up to date on save and
    # indexed by the database (news/search_schema.py): folded, stemmed words, with markers for the title and lead.
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
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and SEARCHED_FIELDS.intersection(update_fields):
            # A saved text changes what readers find: its search keys go with it.
            kwargs["update_fields"] = update_fields = {*update_fields, *SEARCH_COLUMNS}
        handles_cover = "cover" not in self.get_deferred_fields() and (
            update_fields is None or "cover" in update_fields
        )
        if handles_cover:
            self.prepare_cover()
        super().save(*args, **kwargs)
        if handles_cover:
            self.forget_replaced_cover()

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"pk": self.pk, "slug": self.slug or "-"})

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        """Remember the stored cover and renditions, to know on save whether they were replaced."""
        instance = super().from_db(db, field_names, values, **kwargs)
        stored = dict(zip(field_names, values, strict=True))
        if "cover" in stored:
            instance._stored_cover = stored["cover"] or ""
            instance._stored_renditions = stored.get("cover_renditions") or []
        return instance

    def clean(self):
        super().clean()
        if self.cover and not (self.cover_alt_kk or "").strip():
            message = _(
                "Describe the image in Kazakh: readers who cannot see it hear this text instead. "
                "Other languages fall back to it when left empty."
            )
            raise ValidationError({"cover_alt_kk": ValidationError(message, code="alt_text_missing")})

    def prepare_cover(self):
        """Clean a new cover (orientation applied, metadata gone) and make its renditions, once per upload."""
        stored = getattr(self, "_stored_cover", None)
        if not self.cover:
            self.cover_renditions = []
            return
        if self.cover._committed and self.cover.name == stored and self.cover_renditions:
            return  # the same cover as before
        committed = self.cover._committed
        raw_name = self.cover.name if committed and self.cover.name != stored else None
        self.cover.open("rb")
        try:
            clean = images.clean_image(self.cover.file)
        except Exception:
            # Forms check uploads first (images.check_upload); a file that code saved without checking is kept as
            # it is, and pages show it without renditions.
            logger.warning("Article %s: the cover %s is not an image that can be cleaned", self.pk, self.cover.name)
            self.cover_renditions = []
            return
        finally:
            if committed:
                self.cover.close()  # our own handle on the stored file (an upload is closed with its request)
            else:
                self.cover.file.seek(0)
        storage = self.cover.storage
        # Readable, but not to be guessed from the editor's file name: a draft's cover must not be found by its name
        # before the article is published.
        stem = make_slug(PurePosixPath(self.cover.name).stem, max_length=50) or "cover"
        name = f"{stem}-{get_random_string(12, RANDOM_NAME_CHARACTERS)}{clean.extension}"
        self.cover.save(name, ContentFile(clean.content, name=name), save=False)
        if raw_name:
            # Saved as it came by other code (e.g. seed_demo) before this save: the clean copy replaces it.
            storage.delete(raw_name)
        self.cover_renditions = images.make_renditions(clean.image, self.cover.name, storage)

    def forget_replaced_cover(self):
        """Once the change is committed, delete the files of a cover that was replaced or removed."""
        stored = getattr(self, "_stored_cover", None)
        if stored is not None:
            old = {stored, *images.rendition_names(self._stored_renditions)}
            current = {self.cover.name or "", *images.rendition_names(self.cover_renditions)}
            if obsolete := sorted(old - current - {""}):
                storage = self.cover.storage
                transaction.on_commit(lambda: images.delete_files(storage, obsolete), using=self._state.db)
        self._stored_cover = self.cover.name or ""
        self._stored_renditions = list(self.cover_renditions)

    def text_for_search(self, language):
        """The search index entry for readers of `language`: the keys of the title, lead and body they see (fallback
        included), each stemmed by the rules of the language it is written in (news.search)."""
        order = fallback_order(language)

        def shown(field):
            return next(
                ((value, code) for code in order if (value := getattr(self, f"{field}_{code}", ""))), ("", language)
            )

        body, body_language = shown("body")
        return search.document(shown("title"), shown("lead"), (plain_text(body), body_language))

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def cover_picture(self):
        """The cover's renditions for <picture>/srcset (None without a cover); built without any query."""
        if not self.cover:
            return None
        return images.picture(self.cover_renditions, self.cover.storage)

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and self.published_at > timezone.now()

    def translated_languages(self):
        """The languages whose readers see no fallback text: each of title, lead and body written in their language
        (or in none)."""
        return [
            language
            for language in LANGUAGE_CODES
            if all(
                getattr(self, f"{field}_{language}", None)
                or not any(getattr(self, f"{field}_{code}", None) for code in LANGUAGE_CODES)
                for field in TRANSLATION_CHECKED_FIELDS
            )
        ]

    @property
    def safe_body(self):
        """The body for rendering: sanitized again, so HTML stored before a rule change never reaches a reader raw."""
        return sanitize(self.body)


class RecentView(models.Model):
    """A counted view of an article within the repeat window (news.view_counter): what keeps a reader's repeat,
    or a script's flood, from counting again. Readers and addresses are stored only as keyed hashes; rows older
    than the window mean nothing and are cleared as new views arrive."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    reader = models.CharField(max_length=64)
    address = models.CharField(max_length=64)
    seen_at = models.DateTimeField()

    class Meta:
        verbose_name = _("recent view")
        verbose_name_plural = _("recent views")
        constraints = [models.UniqueConstraint(fields=["article", "reader"], name="news_recentview_once")]
        indexes = [
            models.Index(fields=["address", "seen_at"], name="news_recentview_address"),
            models.Index(fields=["seen_at"], name="news_recentview_seen"),
        ]

    def __str__(self):
        return f"{self.article_id} {self.seen_at:%Y-%m-%d %H:%M}"


# The fields a language needs for its readers to see the article in that language (see translated_languages()).
TRANSLATION_CHECKED_FIELDS = ("title", "lead", "body")
# The columns that search keys are made from, and the columns that hold the keys.
SEARCHED_FIELDS = frozenset(f"{field}_{code}" for field in ("title", "lead", "body") for code in LANGUAGE_CODES) | {
    "title",
    "lead",
    "body",
}
SEARCH_COLUMNS = [f"search_text_{code}" for code in LANGUAGE_CODES]


def scheduled_condition(now=None):
    """Articles published with a publication time still to come: they appear by themselves at that time."""
    return Q(status=Article.Status.PUBLISHED, published_at__gt=now or timezone.now())


def is_empty(field):
    return Q(**{field: ""}) | Q(**{f"{field}__isnull": True})


def missing_in(language):
    """Articles whose readers in `language` see fallback text: a field written in some language but not in theirs
    (the condition, for filters and counts)."""
    condition = Q(pk__in=[])
    for field in TRANSLATION_CHECKED_FIELDS:
        written_somewhere = ~Q(*[is_empty(f"{field}_{code}") for code in LANGUAGE_CODES])
        condition |= is_empty(f"{field}_{language}") & written_somewhere
    return condition


@receiver(post_delete, sender=Article)
def delete_cover_files(sender, instance, using, **kwargs):
    """Deleting an article removes its image and renditions, once the deletion is committed."""
    names = [name for name in [instance.cover.name, *images.rendition_names(instance.cover_renditions)] if name]
    if names:
        storage = instance.cover.storage
        transaction.on_commit(lambda: images.delete_files(storage, names), using=using)


# Every change to what the public reads retires the kept pages and fragments (bulk admin actions call it too).
for model in (Article, Category):
    post_save.connect(content_changed, sender=model)
    post_delete.connect(content_changed, sender=model)
# Tagging an article with an area of volunteering lists it on that area's page.
m2m_changed.connect(content_changed, sender=Article.directions.through)
