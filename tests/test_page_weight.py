"""The performance budget, checked on what the server sends: one stylesheet, small compressed pages, no other hosts."""

import gzip
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.factories import localized, make_article, make_image, make_upload

pytestmark = pytest.mark.django_db

CSS_BUDGET = 25 * 1024
JS_BUDGET = 10 * 1024
BLOCKING_SCRIPT_BUDGET = 1024  # bytes, uncompressed
ARTICLE_HTML_BUDGET = 40 * 1024


def compressed_size(content):
    return len(gzip.compress(content, compresslevel=6))


def asset_paths(html, pattern):
    return re.findall(pattern, html)


@pytest.fixture
def article(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    others = [make_article(days_ago=days) for days in range(2, 8)]
    article = make_article(
        body_kk="<p>" + "Еріктілер қозғалысы туралы ұзақ мәтін. " * 400 + "</p>", cover_alt_kk="Сурет"
    )
    article.cover = make_upload("cover.jpg", make_image(1600, 900))
    article.save()
    assert others
    return article


def test_css_and_javascript_stay_within_budget(client, article):
    html = client.get(localized(article)).text
    stylesheets = asset_paths(html, r'<link rel="stylesheet" href="([^"]+)"')
    scripts = asset_paths(html, r'<script[^>]* src="([^"]+)"')
    assert len(stylesheets) == 1, "one stylesheet"
    # Besides the stylesheet, only the low-vision settings block the first paint: a few lines that must run before it
    # (static/js/preferences.js). Everything else is deferred.
    blocking = [tag for tag in re.findall(r"<script[^>]*>", html) if " defer" not in tag and " async" not in tag]
    assert len(blocking) == 1 and "/js/preferences." in blocking[0], blocking
    assert len(Path(finders.find("js/preferences.js")).read_bytes()) <= BLOCKING_SCRIPT_BUDGET
    assert len(scripts) == 2
    css = sum(compressed_size(Path(finders.find("css/site.css")).read_bytes()) for _ in stylesheets)
    js = sum(compressed_size(Path(finders.find(name)).read_bytes()) for name in ("js/site.js", "js/preferences.js"))
    assert css <= CSS_BUDGET, f"CSS is {css} bytes compressed"
    assert js <= JS_BUDGET, f"JavaScript is {js} bytes compressed"


def test_a_long_article_page_stays_within_budget(client, article):
    response = client.get(localized(article))
    size = compressed_size(response.content)
    assert size <= ARTICLE_HTML_BUDGET, f"the article page is {size} bytes compressed"


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_pages_load_nothing_from_other_hosts(client, article, language):
    for path in [f"/{language}/", f"/{language}/news/", localized(article, language), f"/{language}/volunteer/"]:
        html = client.get(path).text
        loaded = re.findall(r'<(?:link|script|img|source|iframe)\b[^>]*\b(?:href|src|srcset)="([^"]+)"', html)
        loaded = [url for url in loaded if not url.startswith(("/", "http://testserver/"))]
        # rel=alternate/canonical links name our own pages on our own host.
        assert loaded == [], f"{path} loads {loaded}"


def test_cover_images_are_renditions_with_dimensions(client, article):
    html = client.get(localized(article)).text
    figure = html[html.index('class="article__cover"') :].split("</figure>")[0]
    image = re.search(r"<img [^>]+>", figure).group(0)
    assert re.search(r'width="\d+" height="\d+"', image)
    assert '<source type="image/webp" srcset="' in figure
    # Every address in the figure is a rendition, never the uploaded original.
    urls = re.findall(r'(/media/[^ "]+)', figure)
    assert urls and f"/{settings.MEDIA_URL.strip('/')}/{article.cover.name}" not in urls
