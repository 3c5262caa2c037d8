from django import template
from django.utils.formats import get_format
from django.utils.html import format_html
from django.utils.numberformat import format as number_format
from django.utils.translation import get_language

from news.sidebar import latest_articles

register = template.Library()


@register.inclusion_tag("includes/latest_news.html")
def latest_news(exclude=None):
    """The "Latest news" sidebar, shared by every page that shows it."""
    return {"items": latest_articles(exclude_pk=getattr(exclude, "pk", None))}


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
