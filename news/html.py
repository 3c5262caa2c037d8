"""Article body HTML: what editors may use, enforced on save and again on render."""

import re

import nh3
from django.utils.html import strip_tags

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "ul", "ol", "li", "blockquote", "a", "hr", "figure", "figcaption", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def sanitize(html):
    """Keep only the allowed tags, attributes and link schemes; links open safely."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


def plain_text(html):
    """The readable text of an HTML fragment, with whitespace collapsed."""
    return re.sub(r"\s+", " ", strip_tags(html or "").replace("&nbsp;", " ")).strip()
