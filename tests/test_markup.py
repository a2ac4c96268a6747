"""intranet/markup.py: Markdown renders to allow-listed HTML, XSS payloads come out inert, mentions work.

No database: these are pure functions.
"""

import re
import unicodedata
from html.parser import HTMLParser

import pytest
from django.utils.safestring import SafeString

from intranet.markup import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_CLASSES,
    ALLOWED_TAGS,
    ALLOWED_URL_SCHEMES,
    mentioned_handles,
    render_markdown,
)

XSS_PAYLOADS = [
    # Script tags, in casings, spacings and encodings.
    "<script>alert(1)</script>",
    "<SCRIPT>alert(1)</SCRIPT>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script src=//evil.example/x.js></script>",
    "<script\n>alert(1)</script\n>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "\\<script>alert(1)\\</script>",
    "<<script>script>alert(1)<</script>/script>",
    "<script>alert(1)",
    # Event handlers.
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x ONERROR=alert(1)>",
    "<img src=x onerror='alert(1)'>",
    '<img src="x" onerror="alert(1)"/>',
    "<img/src=x/onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    '<div onmouseover="alert(1)">hover</div>',
    "<p onclick=alert(1)>click</p>",
    "<a href=https://ok.example onmouseover=alert(1)>x</a>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<marquee onstart=alert(1)>x</marquee>",
    # Dangerous URLs in Markdown links, autolinks and references.
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](jav&#x61;script:alert(1))",
    "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](data:text/html,<script>alert(1)</script>)",
    "[x](<javascript:alert(1)>)",
    "[x]( javascript:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](java\nscript:alert(1))",
    "[x](java%0ascript:alert(1))",
    "[x](javascript://%0aalert(1))",
    '[x](https://ok.example "title" onmouseover="alert(1)")',
    '[x](https://ok.example"onmouseover="alert(1))',
    "[x](file:///etc/passwd)",
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(1)>",
    "<vbscript:msgbox(1)>",
    "<data:text/html,<script>alert(1)</script>>",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    '[x][ref]\n\n[ref]: javascript:alert(1) "t"',
    "[ref]\n\n[ref]: <javascript:alert(1)>",
    "[x][r]\n\n[r]: data:text/html;base64,PHNjcmlwdD4=",
    # Images: not rendered, least of all with a script URL.
    "![x](javascript:alert(1))",
    '![x](https://tracker.example/pixel.gif "t")',
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '![x](x" onerror="alert(1))',
    "[![x](javascript:alert(1))](javascript:alert(2))",
    # Raw HTML blocks and tags that must never reach the page.
    "<div>\n<script>alert(1)</script>\n</div>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
    "<object data=javascript:alert(1)></object>",
    "<embed src=javascript:alert(1)>",
    "<form action=javascript:alert(1)><button>go</button></form>",
    "<base href=javascript:alert(1)//>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<link rel=stylesheet href=javascript:alert(1)>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<p style="width: expression(alert(1))">x</p>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href="java\nscript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    "<a href=javascript:alert(1)>x</a>",
    # SVG and MathML.
    "<svg><script>alert(1)</script></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><set attributeName=href to=javascript:alert(1)>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math href="javascript:alert(1)">x</math>',
    # Comments, CDATA and parser confusion.
    "<!-- <script>alert(1)</script> -->",
    "<!--><script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<? <script>alert(1)</script> ?>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<title><img src=</title><img src=x onerror=alert(1)>",
    '<img src="x` `<script>alert(1)</script>"` `>',
    "<a href='x' title=\"\\\"' onmouseover=alert(1) '\">x</a>",
    # Code spans and blocks keep markup as text.
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    '```html" onload="alert(1)\n<img src=x onerror=alert(1)>\n```',
    "    <script>alert(1)</script>",
    "``<img src=x onerror=alert(1)>``",
    # Unicode and zero-width tricks.
    "[x](java\u200bscript:alert(1))",
    "[x](\u0000javascript:alert(1))",
    "[x](javascript\u00a0:alert(1))",
    "<scr\u200bipt>alert(1)</scr\u200bipt>",
    "\ufeff<script>alert(1)</script>",
    "＜script＞alert(1)＜/script＞",
    # Mixed into ordinary content.
    "**bold <img src=x onerror=alert(1)>**",
    "> quote <script>alert(1)</script>",
    "- item [x](javascript:alert(1))\n- <svg onload=alert(1)>",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
]

FORBIDDEN_TAGS = re.compile(r"<\s*/?\s*(script|iframe|object|embed|svg|math|style|form|base|meta|link|img)\b", re.I)
EVENT_HANDLER = re.compile(r"\son\w+\s*=", re.I)
URL_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
QUOTED_VALUE = re.compile(r"\"[^\"]*\"|'[^']*'")


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []  # (tag, attrs, raw start-tag text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs, self.get_starttag_text()))

    handle_startendtag = handle_starttag


def _without_invisibles(value):
    """A URL as a browser may read it: ASCII whitespace, controls and format characters dropped."""
    return "".join(ch for ch in value if not ch.isspace() and unicodedata.category(ch) not in {"Cc", "Cf"})


def assert_allow_listed(html):
    """Every tag, attribute and URL in `html` is on the allow-list of intranet/markup.py."""
    assert isinstance(html, SafeString)
    assert "<script" not in html.lower()
    assert not FORBIDDEN_TAGS.search(html), html
    collector = _TagCollector()
    collector.feed(html)
    collector.close()
    for tag, attrs, raw in collector.tags:
        assert tag in ALLOWED_TAGS, raw
        # Quoted attribute values are data, not attributes: `href="x&quot; onclick=..."` is harmless.
        assert not EVENT_HANDLER.search(QUOTED_VALUE.sub('""', raw)), raw
        for name, value in attrs:
            if tag == "a" and name == "rel":
                assert value == "nofollow noopener ugc", raw
            elif tag == "a" and name == "class":
                assert value in ALLOWED_CLASSES["a"], raw
            else:
                assert name in ALLOWED_ATTRIBUTES.get(tag, ()), raw
            if name in {"href", "src"}:
                # Relative URLs (no scheme) are allowed; any scheme must be on the list. Browsers do not
                # percent-decode before reading the scheme, and a scheme starts with a letter, so
                # "java%0Ascript:x" or "%EF%BF%BDjavascript:x" are harmless relative paths.
                scheme = URL_SCHEME.match(_without_invisibles(value or ""))
                assert scheme is None or scheme.group(1).lower() in ALLOWED_URL_SCHEMES, raw


def test_there_are_many_distinct_payloads():
    assert len(set(XSS_PAYLOADS)) == len(XSS_PAYLOADS) >= 60


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_payload_renders_inert(payload):
    assert_allow_listed(render_markdown(payload))


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_payload_stays_inert_next_to_a_known_mention(payload):
    html = render_markdown(f"@layla {payload} @layla", mention_url=lambda handle: f"/people/{handle}/")
    assert_allow_listed(html)


def test_raw_html_is_shown_as_escaped_text():
    html = render_markdown("<script>alert(1)</script>")
    assert html == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"


def test_attribute_injection_through_raw_html_is_text():
    html = render_markdown('<img src=x onerror="alert(1)">')
    assert "<img" not in html
    assert html == '<p>&lt;img src=x onerror="alert(1)"&gt;</p>'


def test_javascript_link_is_not_a_link():
    html = render_markdown("[click](javascript:alert(1))")
    assert "<a" not in html
    assert "href" not in html


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        'x" onmouseover="alert(1)',
    ],
)
def test_dangerous_mention_url_is_cleaned(url):
    # mention_url is ours, but it is cleaned like user input all the same (nh3 is the second wall).
    html = render_markdown("hi @layla", mention_url=lambda handle: url)
    assert_allow_listed(html)
    assert "@layla" in html


# Functional behaviour.


def test_empty_input_is_empty():
    assert render_markdown("") == ""
    assert render_markdown("   \n\n ") == ""
    assert isinstance(render_markdown(""), SafeString)
    assert mentioned_handles("") == []


def test_emphasis_and_strikethrough():
    html = render_markdown("**bold** *em* ~~gone~~")
    assert html == "<p><strong>bold</strong> <em>em</em> <s>gone</s></p>"


def test_lists_and_blockquote():
    html = render_markdown("- one\n- two\n\n1. first\n\n> quoted")
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in html
    assert "<ol>\n<li>first</li>\n</ol>" in html
    assert "<blockquote>\n<p>quoted</p>\n</blockquote>" in html


def test_code_block_keeps_its_text_escaped():
    html = render_markdown('```html\n<b class="x">a & b</b>\n```')
    assert html == '<pre><code>&lt;b class="x"&gt;a &amp; b&lt;/b&gt;\n</code></pre>'


def test_code_span_keeps_its_text_escaped():
    assert render_markdown("use `<br>` here") == "<p>use <code>&lt;br&gt;</code> here</p>"


def test_table_without_alignment_styles():
    html = render_markdown("| a | b |\n|:--|--:|\n| 1 | 2 |")
    assert "<table>" in html
    assert "<th>a</th>" in html
    assert "<td>2</td>" in html
    assert "style" not in html


def test_links_get_rel_and_no_target():
    html = render_markdown('[site](https://example.org "Title") and <mailto:info@example.org>')
    assert '<a href="https://example.org" title="Title" rel="nofollow noopener ugc">site</a>' in html
    assert '<a href="mailto:info@example.org" rel="nofollow noopener ugc">mailto:info@example.org</a>' in html
    assert "target" not in html


def test_relative_link_is_kept():
    html = render_markdown("[forum](/da/forums/3/)")
    assert html == '<p><a href="/da/forums/3/" rel="nofollow noopener ugc">forum</a></p>'


def test_bare_urls_are_not_linkified():
    assert render_markdown("see https://example.org") == "<p>see https://example.org</p>"


def test_headings_are_demoted_below_the_page_headings():
    html = render_markdown("# One\n\n## Two\n\n### Three\n\n#### Four\n\n###### Six")
    assert html == "<h3>One</h3>\n<h4>Two</h4>\n<h5>Three</h5>\n<h6>Four</h6>\n<h6>Six</h6>"


def test_image_becomes_its_alt_text():
    html = render_markdown("before ![a *map* of Aarhus](https://tracker.example/pixel.gif) after")
    assert html == "<p>before a map of Aarhus after</p>"


def test_line_break_in_a_paragraph():
    assert render_markdown("one\ntwo") == "<p>one<br>\ntwo</p>"


def test_arabic_passes_through_unchanged():
    assert render_markdown("**مرحبا** بكم") == "<p><strong>مرحبا</strong> بكم</p>"


def test_danish_and_french_pass_through_unchanged():
    assert render_markdown("Blåbærgrød & crème brûlée") == "<p>Blåbærgrød &amp; crème brûlée</p>"


# Mentions.


def test_mentions_in_source_order_deduplicated():
    text = "Hej @layla og @jens.hansen, cc @layla og @سارة_1. Tak @anne-marie!"
    assert mentioned_handles(text) == ["layla", "jens.hansen", "سارة_1", "anne-marie"]


def test_trailing_punctuation_is_not_part_of_a_handle():
    assert mentioned_handles("Thanks @layla. And @jens-, (@anne)") == ["layla", "jens", "anne"]


def test_email_addresses_are_not_mentions():
    text = "Write to info@example.org, layla.ahmed@shabaka.dk or <mailto:a@b.com> or first+tag@x.org"
    assert mentioned_handles(text) == []


def test_mentions_in_code_are_ignored():
    text = "`@inline` and\n\n```\n@fenced\n```\n\n    @indented\n\nbut @real"
    assert mentioned_handles(text) == ["real"]


def test_mentions_in_link_text_image_or_escaped_are_ignored():
    assert mentioned_handles("[@linked](https://example.org) ![@pictured](x.png) \\@escaped") == []


def test_mentions_in_emphasis_lists_and_quotes_count():
    assert mentioned_handles("**@bold**\n\n- @listed\n\n> @quoted") == ["bold", "listed", "quoted"]


def test_known_mention_is_a_link_unknown_stays_text():
    known = {"layla": "/people/layla/"}
    html = render_markdown("Hej @layla og @nobody", mention_url=known.get)
    assert html == (
        '<p>Hej <a href="/people/layla/" class="mention" rel="nofollow noopener ugc">@layla</a> og @nobody</p>'
    )


def test_arabic_mention_link():
    html = render_markdown("شكرا @سارة", mention_url=lambda handle: "/people/sara/")
    assert html == '<p>شكرا <a href="/people/sara/" class="mention" rel="nofollow noopener ugc">@سارة</a></p>'


def test_mentions_are_text_without_mention_url():
    assert render_markdown("Hej @layla") == "<p>Hej @layla</p>"


def test_mentions_in_code_and_emails_are_never_linked():
    html = render_markdown("`@layla` layla@example.org", mention_url=lambda handle: "/people/x/")
    assert html == "<p><code>@layla</code> layla@example.org</p>"


def test_user_written_class_is_not_kept():
    # Only the renderer's own class="mention" survives; Markdown cannot write attributes at all.
    html = render_markdown('<a class="mention" href="/x">fake</a>')
    assert "<a" not in html
