"""Message HTML: sanitised for display, flattened for reading and search.

Platforms send HTML (Mastodon statuses, HTML e-mail). We keep a sanitised
copy with nothing that could load remote content or run code: no images, no
styles, no scripts, links only to http, https and mailto. The plain text is
what the thread shows by default and what the search index holds.
"""

from __future__ import annotations

import html
import re

import nh3

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_TAGS = frozenset({"p", "br", "a", "span", "strong", "b", "em", "i", "u", "s", "del", "code", "pre", "blockquote", "ul", "ol", "li"})
_BLOCKS = frozenset({"p", "div", "blockquote", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"})
# Whatever is inside these is never text the author meant us to read.
_DROP_CONTENT = frozenset({"script", "style", "head", "title", "template", "noscript", "iframe", "object", "svg", "math"})


# Built once: a cleaner per call spent most of its time converting its settings.
_SANITIZER = nh3.Cleaner(
    tags=set(_TAGS),
    clean_content_tags=set(_DROP_CONTENT),
    attributes={"a": {"href", "title"}},
    url_schemes=set(SAFE_SCHEMES),
    url_relative="deny",  # a message has no base: //host/x and x/y lead nowhere we know
    link_rel="noopener noreferrer nofollow",
    strip_comments=True,
)
# What is left of HTML for its text: the blocks, line breaks and images'
# words, as a browser's parser (html5ever, nh3's) reads the markup.
_BLOCKS_ONLY = nh3.Cleaner(
    tags=set(_BLOCKS) | {"br", "img"},
    clean_content_tags=set(_DROP_CONTENT),
    attributes={"img": {"alt"}, "*": set()},  # ("*": none of ammonia's own lang and title)
    link_rel=None,
    strip_comments=True,
)
# Its markup is regular: bare tags, an image's alt in double quotes.
_MARKUP = re.compile(r'<(/?)([a-z0-9]+)(?: alt="([^"]*)")?>')


def sanitize(raw: str) -> str:
    """HTML safe to show: text, paragraphs and inert-until-clicked links."""
    return str(_SANITIZER.clean(raw))


_SPACES = re.compile(r"[ \t\r\f\v]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def to_text(raw: str) -> str:
    """The readable plain text of an HTML fragment."""
    if "<" not in raw and "&" not in raw:
        return raw.strip()
    return _read(_BLOCKS_ONLY.clean(raw), _MARKUP)


def _read(clean: str, tags: re.Pattern[str]) -> str:
    """The text of cleaned markup whose tags ``tags`` finds: a line break for
    <br>, a blank line between blocks, an image's alt where ``tags`` reads it."""
    parts: list[str] = []
    pos = 0
    for tag in tags.finditer(clean):
        parts.append(html.unescape(clean[pos : tag.start()]))
        pos = tag.end()
        name = tag.group(2)
        if name == "br" and not tag.group(1):
            parts.append("\n")
        elif name == "img" and tags.groups >= 3:
            parts.append(html.unescape(tag.group(3) or ""))
        elif name in _BLOCKS and parts and not "".join(parts[-2:]).endswith("\n\n"):
            parts.append("\n\n")
    parts.append(html.unescape(clean[pos:]))
    return _tidy("".join(parts))


_RICH = re.compile(r"<(a|strong|b|em|i|u|s|del|code|pre|blockquote|ul|ol|li)\b", re.IGNORECASE)


def rich_html(raw: str) -> str:
    """Sanitised HTML when it says more than the text (links, emphasis), else ''."""
    clean = sanitize(raw)
    return clean if _RICH.search(clean) else ""


# Elements the text reading keeps (blocks, an image's alt) and the sanitiser
# does not; where the markup may hold one (a start tag as the HTML tokenizer
# reads one; <image> is parsed as img), the two readings differ.
_TEXT_ONLY_TAGS = re.compile(r"<(?:div|h[1-6]|tr|table|img|image)[\s/>]", re.IGNORECASE)
# A tag of the sanitiser's output: html5ever's serialisation, attribute
# values always in double quotes (a quote inside is &quot;).
_SANITIZED_TAG = re.compile(r'<(/?)([a-z0-9]+)(?:\s+[^\s="<>/]+(?:="[^"]*")?)*\s*/?>')


def text_and_rich(raw: str) -> tuple[str, str]:
    """``(to_text(raw), rich_html(raw))``, reading the HTML once where the
    two readings agree (a status's paragraphs, line breaks, links and
    emphasis): the text comes from the sanitised markup. A sync reads every
    status this way (its HTML's two parses were over half of its reading)."""
    if ("<" not in raw and "&" not in raw) or _TEXT_ONLY_TAGS.search(raw):
        return to_text(raw), rich_html(raw)
    clean = sanitize(raw)
    return _read(clean, _SANITIZED_TAG), clean if _RICH.search(clean) else ""


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def text_to_html(text: str) -> str:
    """Plain text as safe HTML with clickable http(s) links."""
    escaped = html.escape(text)
    linked = re.sub(
        r"(https?://[^\s<>&\"']+[^\s<>&\"'.,;:!?)\]])",
        r'<a href="\1" rel="noopener noreferrer nofollow">\1</a>',
        escaped,
    )
    return linked.replace("\n", "<br>")
