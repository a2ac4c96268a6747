"""Markdown → sanitised HTML for forum posts, comments and position-paper sections.

Two layers, so that a mistake in one is caught by the other:

1. markdown-it-py in CommonMark mode (plus tables and strikethrough) with raw HTML *off*: any
   ``<tag>`` in the source is escaped and shown as text, never passed through. Its own link
   validation already refuses ``javascript:``, ``vbscript:``, ``file:`` and ``data:`` URLs.
2. nh3 (ammonia) cleans the rendered HTML against a small allow-list of tags and attributes,
   allows only ``http``, ``https`` and ``mailto`` URLs (plus relative ones, for links inside the
   intranet) and puts ``rel="nofollow noopener ugc"`` on every link.

Choices worth knowing when you use this module:

- Headings are demoted by two levels (``#`` → ``<h3>``, ``##`` → ``<h4>``, deeper → ``<h5>``/``<h6>``):
  the page around a post already owns ``<h1>`` and ``<h2>``, and a post must not outrank it.
- Images are not rendered (slow connections, tracking pixels): ``![alt](src)`` becomes its alt text.
- Bare URLs are not turned into links: markdown-it's linkify needs linkify-it-py, a dependency
  we do not carry. ``<https://example.org>`` and ``[text](https://example.org)`` work.
- A single newline is a line break (``breaks``), as people writing forum posts expect.
- Table column alignment is dropped (markdown-it writes it as ``style``, which is not allowed;
  "left"/"right" would be wrong in Arabic anyway).
- Text direction is the template's job (``dir="auto"`` wrappers), not this module's.

``@handle`` mentions are parsed by a markdown-it inline rule, so they are ignored in code spans,
code blocks, link texts and e-mail addresses exactly as the renderer sees them.
"""

import re
from collections.abc import Callable

import nh3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "strong",
        "em",
        "del",
        "s",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    }
)
# `class` on <a> is not listed here: nh3's allowed_classes admits exactly class="mention".
ALLOWED_ATTRIBUTES = {"a": frozenset({"href", "title"})}
ALLOWED_CLASSES = {"a": frozenset({"mention"})}
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener ugc"

# A handle: letters of any script, digits, "_", and "." or "-" inside (not at the end, so that
# "thanks @layla." mentions "layla").
_HANDLE = re.compile(r"\w(?:[\w.-]*\w)?")
# A character that may precede "@" in an e-mail address or another word: then it is no mention.
_WORD_CHAR = re.compile(r"[\w.+-]")

MentionURL = Callable[[str], str | None]


def _mention_rule(state: StateInline, silent: bool) -> bool:
    """Inline rule: `@handle`, not inside a link text and not preceded by a word character."""
    pos = state.pos
    if state.src[pos] != "@" or state.linkLevel > 0:
        return False
    if pos > 0 and _WORD_CHAR.match(state.src[pos - 1]):
        return False
    match = _HANDLE.match(state.src, pos + 1, state.posMax)
    if not match:
        return False
    if not silent:
        token = state.push("mention", "", 0)
        token.content = match.group()
        token.markup = "@"
    state.pos = match.end()
    return True


def _demote_headings(state: StateCore) -> None:
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + 2, 6)}"


def _plain_text(tokens: list[Token] | None) -> str:
    """The text of inline tokens without markup (like markdown-it's renderInlineAsText, plus mentions)."""
    parts = []
    for token in tokens or []:
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type == "mention":
            parts.append(token.markup + token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif token.children:
            parts.append(_plain_text(token.children))
    return "".join(parts)


def _render_image(self, tokens, idx, options, env) -> str:
    return escape(_plain_text(tokens[idx].children))


def _render_mention(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    text = escape(token.markup + token.content)
    mention_url = env.get("mention_url")
    url = mention_url(token.content) if mention_url else None
    if not url:
        return text
    return f'<a href="{escape(url)}" class="mention">{text}</a>'


def _build_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False, "breaks": True})
    md.enable(["table", "strikethrough"])
    md.inline.ruler.push("mention", _mention_rule)
    md.core.ruler.push("demote_headings", _demote_headings)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("mention", _render_mention)
    return md


_parser = _build_parser()
_cleaner = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    allowed_classes={tag: set(names) for tag, names in ALLOWED_CLASSES.items()},
    url_schemes=set(ALLOWED_URL_SCHEMES),
    link_rel=LINK_REL,
    strip_comments=True,
)


def render_markdown(text: str, mention_url: MentionURL | None = None) -> SafeString:
    """Render user-written Markdown as HTML that is safe to output with ``{{ value }}``.

    `mention_url` maps a handle to the URL of that person's profile, or to None for a handle that
    names nobody; a known mention becomes ``<a href="..." class="mention">@handle</a>``, an unknown
    one stays plain text. Without it, no mention is linked.
    """
    if not text or not text.strip():
        return SafeString("")
    html = _parser.render(text, {"mention_url": mention_url})
    # nh3 has just cleaned it against the allow-list above: this is the one place it becomes safe.
    return mark_safe(_cleaner.clean(html).strip())  # noqa: S308


def mentioned_handles(text: str) -> list[str]:
    """The handles ``@mentioned`` in `text`, in order of first mention, each once.

    Mentions in code spans, code blocks, link texts, image alt texts and e-mail addresses (``a@b.org``) do not count;
    ``\\@name`` escapes one. Handles are compared exactly (case-sensitively), as usernames are.
    """
    handles: dict[str, None] = {}
    for block in _parser.parse(text or ""):
        for token in block.children or []:
            _collect_mentions(token, handles)
    return list(handles)


def _collect_mentions(token: Token, handles: dict[str, None]) -> None:
    if token.type == "mention":
        handles.setdefault(token.content, None)
    elif token.type == "image":  # shown as plain alt text, so not a mention either
        return
    for child in token.children or []:
        _collect_mentions(child, handles)
