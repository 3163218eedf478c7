"""Message HTML: sanitised for display, flattened for reading and search.

Platforms send HTML (Mastodon statuses, HTML e-mail). We keep a sanitised
copy with nothing that could load remote content or run code: no images, no
styles, no scripts, links only to http, https and mailto. The plain text is
what the thread shows by default and what the search index holds.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import nh3

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_TAGS = frozenset({"p", "br", "a", "span", "strong", "b", "em", "i", "u", "s", "del", "code", "pre", "blockquote", "ul", "ol", "li"})
_BLOCKS = frozenset({"p", "div", "blockquote", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"})
# Whatever is inside these is never text the author meant us to read.
_DROP_CONTENT = frozenset({"script", "style", "head", "title", "template", "noscript", "iframe", "object", "svg", "math"})


def sanitize(raw: str) -> str:
    """HTML safe to show: text, paragraphs and inert-until-clicked links."""
    return nh3.clean(
        raw,
        tags=set(_TAGS),
        clean_content_tags=set(_DROP_CONTENT),
        attributes={"a": {"href", "title"}},
        url_schemes=set(SAFE_SCHEMES),
        url_relative="deny",  # a message has no base: //host/x and x/y lead nowhere we know
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self._block()
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt and not self._skip:
                self.parts.append(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._block()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def _block(self) -> None:
        if self.parts and not "".join(self.parts[-2:]).endswith("\n\n"):
            self.parts.append("\n\n")


_SPACES = re.compile(r"[ \t\r\f\v]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def to_text(raw: str) -> str:
    """The readable plain text of an HTML fragment."""
    if "<" not in raw and "&" not in raw:
        return raw.strip()
    parser = _TextExtractor()
    parser.feed(raw)
    parser.close()
    text = "".join(parser.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


_RICH = re.compile(r"<(a|strong|b|em|i|u|s|del|code|pre|blockquote|ul|ol|li)\b", re.IGNORECASE)


def rich_html(raw: str) -> str:
    """Sanitised HTML when it says more than the text (links, emphasis), else ''."""
    clean = sanitize(raw)
    return clean if _RICH.search(clean) else ""


def text_to_html(text: str) -> str:
    """Plain text as safe HTML with clickable http(s) links."""
    escaped = html.escape(text)
    linked = re.sub(
        r"(https?://[^\s<>&\"']+[^\s<>&\"'.,;:!?)\]])",
        r'<a href="\1" rel="noopener noreferrer nofollow">\1</a>',
        escaped,
    )
    return linked.replace("\n", "<br>")
