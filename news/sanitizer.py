"""Article body HTML: what editors may use, enforced on save and again on render.

The rich-text editor (django-prose-editor) only offers these elements, but a browser can send anything: nh3 is the
authority. Links keep http, https and mailto addresses and open safely; images stay only when the site itself serves
them (our MEDIA_URL or STATIC_URL), so a body can never load a tracker or an attacker's file.
"""

import re
from functools import cache
from html import unescape
from urllib.parse import urlsplit

import nh3
from django.conf import settings
from django.http.request import validate_host
from django.utils.html import strip_tags

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "ul", "ol", "li", "blockquote", "a", "hr", "figure", "figcaption", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"lang", "title"},  # a quote in another language keeps its lang, for screen readers and hyphenation
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# Elements removed together with everything inside them (the text of other unknown elements is kept).
REMOVED_WITH_CONTENT = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "template",
    "noscript", "noembed", "noframes", "textarea", "select", "title", "xmp", "plaintext",
}  # fmt: skip
LINK_REL = "noopener noreferrer nofollow"

# What the body editor (django-prose-editor) offers: the same elements as ALLOWED_TAGS. Headings start at h2, since
# the article's title is the page's only h1.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": sorted(ALLOWED_URL_SCHEMES)},
    "Figure": True,
    "Image": True,
    "Caption": True,
}

# An <img> tag as nh3 writes it: lower-case names, values always in double quotes (a quote inside is &quot;).
IMG_TAG = re.compile(r'<img(?:\s+[a-z-]+(?:="[^"]*")?)*\s*/?>')
EMPTY_BODY = re.compile(r"(?:\s|&nbsp;|<br>|<p>(?:\s|&nbsp;|<br>)*</p>)*")
DIGITS = re.compile(r"[0-9]{1,5}")
BLOCK_END = re.compile(r"<(?:br|/p|/h[1-6]|/li|/blockquote|/figcaption|/pre)\b[^>]*>")


def own_path(url):
    """The path of an image the site serves itself (under MEDIA_URL or STATIC_URL), or None.

    Absolute addresses of this very site (a host in ALLOWED_HOSTS) are reduced to their path, as an editor may paste
    one copied from the browser. Anything else, including protocol-relative `//host/...`, is refused.
    """
    url = url.strip()
    if "\\" in url or any(ord(char) < 33 for char in url):
        return None
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        hosts = [host for host in settings.ALLOWED_HOSTS if host != "*"]
        if parts.scheme not in {"http", "https"} or not validate_host(parts.hostname or "", hosts):
            return None
    path = parts.path
    if not path.startswith("/") or path.startswith("//") or "/../" in path or path.endswith("/.."):
        return None
    if not any(path.startswith(prefix) for prefix in served_prefixes()):
        return None
    return path + (f"?{parts.query}" if parts.query else "")


@cache
def served_prefixes():
    return tuple("/" + url.strip("/") + "/" for url in (settings.MEDIA_URL, settings.STATIC_URL))


def filter_attribute(element, attribute, value):
    """Per-value rules nh3 cannot express with allow-lists alone."""
    if element == "img" and attribute == "src":
        return own_path(value)
    if attribute in {"width", "height", "start"}:
        return value if DIGITS.fullmatch(value.strip()) else None
    return value


@cache
def cleaner():
    return nh3.Cleaner(
        tags=ALLOWED_TAGS,
        clean_content_tags=REMOVED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=filter_attribute,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
        # Images in the text are below the title and the cover: the browser loads them when they come into view.
        set_tag_attribute_values={"img": {"loading": "lazy", "decoding": "async"}},
    )


def drop_images_without_source(html):
    return IMG_TAG.sub(lambda match: match[0] if ' src="' in match[0] else "", html)


def sanitize(html):
    """Keep only the allowed tags, attributes, link schemes and own images; links open safely.

    A body that holds nothing to read (the editor's empty paragraph) becomes "", so that "not translated" is empty.
    """
    cleaned = drop_images_without_source(cleaner().clean(html or ""))
    return "" if EMPTY_BODY.fullmatch(cleaned) else cleaned


def plain_text(html):
    """The readable text of an HTML fragment, with whitespace collapsed: entities read as the characters they stand
    for, and a space where a paragraph, heading, list item or line ends (so that "end.</p><p>Start" is two words)."""
    spaced = BLOCK_END.sub(" ", html or "")
    return re.sub(r"\s+", " ", unescape(strip_tags(spaced))).strip()
