"""What a search result shows of an article: its title and a short passage, with the words the reader looked for
in <mark>. Every piece of text is escaped here; only our own <mark> tags are markup."""

from collections import deque

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from news.sanitizer import plain_text
from news.search import words

SNIPPET_WORDS = 30
WORDS_BEFORE = 8
# A result found by its title shows a passage of the body only from its beginning (this much HTML): reading the
# whole body of ten articles for a word that may not be there costs more than the rest of the page.
TITLE_MATCH_CHARACTERS = 600


def marked(text, spans):
    """`text` escaped, with the (start, end) spans in <mark>."""
    parts, position = [], 0
    for start, end in spans:
        parts += [escape(text[position:start]), "<mark>", escape(text[start:end]), "</mark>"]
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # every piece of text above is escaped


def matches(text, query, language, limit=None):
    """(start, end) of the words of `text` that the query asked for; stops after `limit` of them."""
    found = []
    for start, end, word in words(text):
        if query.matches(word, language):
            found.append((start, end))
            if limit and len(found) == limit:
                break
    return found


def highlight(text, query, language):
    """The whole of a short text (a title) with its matching words marked."""
    return marked(text, matches(text, query, language))


def passage(text, query, language, size=SNIPPET_WORDS):
    """About `size` words of `text` from a little before its first match, with the matches marked and an ellipsis
    where the text was cut; None when nothing in `text` matches. Reads no further than the passage."""
    before = deque(maxlen=WORDS_BEFORE)
    window, seen, cut_after = None, 0, False
    for start, end, word in words(text):
        hit = query.matches(word, language)
        if window is None:
            if hit:
                window = [*before, (start, end, True)]
                cut_before = seen > len(before)
            else:
                before.append((start, end, False))
                seen += 1
        elif len(window) < size:
            window.append((start, end, hit))
        else:
            cut_after = True
            break
    if window is None:
        return None
    offset = window[0][0] if cut_before else 0
    stop = window[-1][1] if cut_after else len(text)
    excerpt = marked(text[offset:stop], [(start - offset, end - offset) for start, end, hit in window if hit])
    return format_html("{}{}{}", "… " if cut_before else "", excerpt, " …" if cut_after else "")


def opening(text, size=SNIPPET_WORDS):
    """The first `size` words of `text`, escaped, with an ellipsis when there is more."""
    for number, (_start, end, _word) in enumerate(words(text), start=1):
        if number == size:
            rest = text[end:].strip()
            return format_html("{}{}", text[:end], " …" if rest else "")
    return escape(text)


def summary(article, query):
    """What a search result shows: (title, passage, the passage's language). The title has its matches marked; the
    passage is the lead when it matches, else the part of the body that does (looked for in the first
    TITLE_MATCH_WORDS words only when the title already matched), else the lead (or the body's start)."""
    title = highlight(article.title, query, article.content_language("title"))
    lead_language = article.content_language("lead")
    if article.lead and (found := passage(article.lead, query, lead_language)):
        return title, found, lead_language
    body_language = article.content_language("body")
    html = article.body
    if getattr(article, "search_tier", None) == 0 and len(html) > TITLE_MATCH_CHARACTERS:
        html = html[: html.rfind(">", 0, TITLE_MATCH_CHARACTERS) + 1]  # whole tags only
    body = plain_text(html)
    found = passage(body, query, body_language)
    if found:
        return title, found, body_language
    if article.lead:
        return title, opening(article.lead), lead_language
    return title, opening(body), body_language
