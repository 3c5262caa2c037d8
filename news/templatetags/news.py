from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.formats import get_format
from django.utils.html import format_html
from django.utils.numberformat import format as number_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from news.sidebar import latest_news_html
from news.snippets import summary

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_news(context, exclude=None):
    """The "Latest news" sidebar, shared by every page that shows it."""
    return latest_news_html(context.get("request"), exclude_pk=getattr(exclude, "pk", None))


@register.filter
def cover_loading(position, eager):
    """How the cover of the card at `position` (1, 2, ...) loads: at once for the first `eager`, which are in the
    first screen, else lazily."""
    return "eager" if position <= eager else "lazy"


# The width an image takes on the page, per layout (see static/css/site.css): cards are one column on phones, two from
# 640px, three from 960px; the article's cover fills the main column beside the 320px sidebar from 960px.
IMAGE_SIZES = {
    "card": "(min-width: 76rem) 23rem, (min-width: 960px) calc((100vw - 7rem) / 3), "
    "(min-width: 640px) calc(46vw - 0.75rem), 92vw",
    "article": "(min-width: 76rem) 776px, (min-width: 960px) calc(100vw - 4rem - 320px - 3.5rem), 92vw",
}


@register.inclusion_tag("news/includes/cover_picture.html")
def cover_picture(article, layout, loading="lazy", decorative=False):
    """The article's cover as <picture>: WebP and JPEG renditions with srcset, sizes, width and height.

    `loading="eager"` for images in the first screen (the first of them also gets a high fetch priority);
    `decorative=True` for a cover beside a link with the same title (empty alt text).
    """
    return {
        "article": article,
        "picture": article.cover_picture,
        "sizes": IMAGE_SIZES[layout],
        "loading": loading,
        "alt": "" if decorative else article.cover_alt,
        "alt_lang": "" if decorative else lang_attr(article, "cover_alt"),
        "priority": loading == "eager" and layout == "article",
    }


@register.simple_tag
def lang_attr(content, field=None):
    """` lang="kk"` when content is shown in another language than the page's (fallback), else nothing.

    `content` is a translated model instance with the field's name, or a language code already worked out.
    """
    language = content.content_language(field) if field else content
    if language and language != get_language():
        return format_html(' lang="{}"', language)
    return ""


@register.filter
def count(value):
    """A count with the active language's thousands separator: 1 234 in kk and ru, 1,234 in en."""
    return number_format(
        value,
        decimal_sep=get_format("DECIMAL_SEPARATOR"),
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        grouping=get_format("NUMBER_GROUPING"),
        force_grouping=True,
    )


# What a reader sees next to a title shown in another language than the page's (in the page's language).
LANGUAGE_LABELS = {"kk": _("In Kazakh"), "ru": _("In Russian"), "en": _("In English")}


@register.simple_tag
def language_label(content, field=None):
    """A visible "In Kazakh" beside content shown in another language than the page's (fallback), else nothing.

    Arguments as for lang_attr; the label is in the page's language, the content keeps its own `lang`.
    """
    language = content.content_language(field) if field else content
    if language and language != get_language() and language in LANGUAGE_LABELS:
        return format_html('<span class="lang-label">{}</span>', LANGUAGE_LABELS[language])
    return ""


# The sentence above an article that readers of the page's language cannot read in full, by the languages it exists in.
AVAILABLE_IN = {
    ("kk",): _("This article is available in Kazakh only."),
    ("ru",): _("This article is available in Russian only."),
    ("en",): _("This article is available in English only."),
    ("kk", "ru"): _("This article is available in Kazakh and Russian."),
    ("en", "kk"): _("This article is available in Kazakh and English."),
    ("en", "ru"): _("This article is available in English and Russian."),
}


VERSION_NAMES = {"kk": _("Kazakh version"), "ru": _("Russian version"), "en": _("English version")}


@register.inclusion_tag("news/includes/language_notice.html", takes_context=True)
def language_notice(context, article):
    """Above an article not written in the page's language: which languages it exists in, with links to them."""
    current = get_language()
    complete = article.translated_languages()
    if current in complete:
        return {"message": None}
    path = context["request"].path
    versions = [
        {"code": code, "name": VERSION_NAMES[code], "url": translate_url(path, code)}
        for code, _name in settings.LANGUAGES
        if code in complete
    ]
    message = AVAILABLE_IN.get(
        tuple(sorted(complete)), _("This article is not yet fully translated into your language.")
    )
    return {"message": message, "versions": versions}


@register.simple_tag
def search_summary(article, search):
    """What a search result shows of `article`: its title and a short passage with the words looked for in <mark>
    (title, passage, passage_lang)."""
    title, passage, passage_language = summary(article, search)
    return {"title": title, "passage": passage, "passage_lang": lang_attr(passage_language)}
