"""Message HTML: sanitised for display, flattened for reading and search.

Platforms send HTML (Mastodon statuses, HTML e-mail). We keep a sanitised
copy with nothing that could load remote content or run code: no images, no
styles, no scripts, links only to http, https and mailto. The plain text is
what the thread shows by default and what the search index holds.
"""

from __future__ import annotations

import functools
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


# (Only what changes: a run of spaces, or another space character.)
_SPACES = re.compile(r"[ \t\r\f\v]{2,}|[\t\r\f\v]")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_LINE_EDGES = re.compile(r"[^\S\n]*\n[^\S\n]*")


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
    status this way (its HTML's two parses were over half of its reading).

    Markup as Mastodon writes it (``simple_markup``) is read without a
    parser: the same two readings, in well under half the time."""
    simple = simple_markup(raw)
    if simple is not None:
        return simple
    if _TEXT_ONLY_TAGS.search(raw):
        return to_text(raw), rich_html(raw)
    clean = sanitize(raw)
    return _read(clean, _SANITIZED_TAG), clean if _RICH.search(clean) else ""


# -- markup as Mastodon writes it -------------------------------------------
#
# A status's HTML is a few paragraphs of text with line breaks, links,
# mention and hashtag spans and some emphasis, every tag closed where it was
# opened, "&", "<", ">", '"' and "'" escaped. For such markup the HTML parser
# builds the tree the tags say, and the sanitiser keeps the same tags with
# fewer attributes: its output, and the text read from it, can be written
# from the markup with a few substitutions. Anything else (another tag or
# attribute, a comment, a tag closed out of order, a bare "<" or ">", another
# entity, a link that is not a plain http(s) URL) is left to the parser and
# the sanitiser: a shortcut for the common case that gives exactly what they
# give (tests/text/test_html.py compares the two on generated markup).

_SIMPLE_MARKUP = re.compile(
    r"(?:[^<>&\r\0]++"
    r"|&(?:amp|lt|gt|quot|#39);"
    r"|<(?:p|br|br ?/|strong|em|b|i|u|s|del|code)>"
    r'|<span(?: (?:class|translate)="[^"<>&]*+")*+>'
    r'|<a(?: (?:href|class|rel|target|translate)="[^"<>]*+")++>'
    r"|</(?:p|span|a|strong|em|b|i|u|s|del|code)>"
    r")*+"
)
# Its tags, in order: (end tag, name).
_SIMPLE_TAGS = re.compile(r"<(/?)([a-z]+)")
_HREF = re.compile(r' href="([^"]*)"')
# A link the sanitiser keeps as it is: http(s), a host name or an IPv4
# address (a host whose last label starts with a digit is read as one, and
# an invalid address drops the link), a port, then URL characters (an & as
# &amp;). No IDNA labels (xn--: their validity is the URL parser's).
_SIMPLE_URL = re.compile(
    r"https?://(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)(?::(?P<port>[0-9]{1,5}))?"
    r"(?:[/?#](?:[A-Za-z0-9\-._~:/?#\[\]@!$'()*+,;=%]|&amp;)*)?"
)
_IPV4 = re.compile(r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}")
_LINK_REL = '" rel="noopener noreferrer nofollow">'


@functools.lru_cache(maxsize=2048)
def _simple_link_start(tag: str) -> str:
    """The sanitised start tag of a link (its first href, as the parser
    keeps the first of an attribute); "" when not for the shortcut. (A
    page's links are mostly the same few mentions: remembered.)"""
    href = _HREF.search(tag)
    url = _SIMPLE_URL.fullmatch(href.group(1)) if href else None
    if url is None:
        return ""
    host, port = url.group("host"), url.group("port")
    if "xn--" in host.lower() or (port is not None and int(port) > 65535):
        return ""
    if host.rsplit(".", 1)[-1][:1].isdigit() and not _IPV4.fullmatch(host):
        return ""
    return '<a href="' + url.group(0) + _LINK_REL


def simple_markup(raw: str) -> tuple[str, str] | None:
    """``text_and_rich(raw)`` for markup as Mastodon writes it (see above),
    read without the HTML parser; None for anything else."""
    if "<" not in raw and "&" not in raw:
        return raw.strip(), ""  # (text as it stands, to_text's: nothing rich, and nothing to sanitise)
    if _SIMPLE_MARKUP.fullmatch(raw) is None or raw.startswith("\ufeff"):
        return None  # (the parser drops a byte order mark at the start)
    if not raw.isascii():
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError:
            return None  # (a lone surrogate: the sanitiser refuses it)
    pieces = _SIMPLE_PIECES.split(raw)  # text, tag, text, ..., text
    tags = _tags_read(tuple(pieces[1::2]))
    if tags is None:
        return None
    clean_tags, text_tags, rich = tags
    pieces[1::2] = clean_tags
    clean = "".join(pieces)
    pieces[1::2] = text_tags
    text = "".join(pieces)
    if "\xa0" in clean:
        clean = clean.replace("\xa0", "&nbsp;")  # (as the serialiser writes it; no attribute is left to hold one)
    if "&" in raw:
        # (Text keeps &amp;, &lt; and &gt; escaped, as the serialiser writes them.)
        clean = clean.replace("&quot;", '"').replace("&#39;", "'")
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&#39;", "'")
        text = text.replace("&amp;", "&")
    return _tidy(text), clean if rich else ""


# (In markup of that shape every "<" starts a tag and no ">" is outside one.)
_SIMPLE_PIECES = re.compile(r"(<[^>]*>)")


@functools.lru_cache(maxsize=2048)
def _tags_read(tags: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], bool] | None:
    """A status's tags, in order, as the sanitiser writes them and as the
    text reads them (a line break, a paragraph's edge, nothing), and
    whether they make it rich; None unless every tag is closed where it
    was opened, paragraphs only at the top, no link in a link (then the
    tree is what the tags say). (Statuses' tags come in few sequences, a
    mention's link and span mostly, and remembered: a sequence is read
    once, the text between them as often as it comes.)"""
    stack: list[str] = []
    clean: list[str] = []
    text: list[str] = []
    for tag in tags:
        found = _SIMPLE_TAGS.match(tag)
        assert found is not None  # (the shape says so)
        end, name = found.groups()
        if end:
            if not stack or stack.pop() != name:
                return None
        elif name != "br":
            if (name == "p" and stack) or (name == "a" and "a" in stack):
                return None
            stack.append(name)
        if name == "br":
            clean.append("<br>")
            text.append("\n")
            continue
        text.append("\n\n" if name == "p" else "")
        if end or len(tag) == len(name) + 2:  # (an end tag, or a start tag without attributes)
            clean.append(tag)
        elif name == "span":
            clean.append("<span>")
        else:  # (a link: only they and spans carry attributes)
            start = _simple_link_start(tag)
            if not start:
                return None
            clean.append(start)
    if stack:
        return None
    return tuple(clean), tuple(text), _RICH.search("".join(clean)) is not None


def _tidy(text: str) -> str:
    """Runs of spaces as one, no space at a line's ends, at most one blank
    line in a row (a substitution each over the whole text: the same as
    each line's strip(), since ``\\s`` is what strip() strips)."""
    text = text.strip()
    # (Most texts need nothing more: a quick look first. Every space
    # character but " " and "\n" is one isprintable() refuses.)
    if "  " in text or " \n" in text or "\n " in text or not text.replace("\n", "x").isprintable():
        text = _SPACES.sub(" ", text)
        if "\n" in text:
            text = _LINE_EDGES.sub("\n", text).strip()
    if "\n\n\n" in text:
        text = _MANY_NEWLINES.sub("\n\n", text)
    return text


def text_to_html(text: str) -> str:
    """Plain text as safe HTML with clickable http(s) links."""
    escaped = html.escape(text)
    linked = re.sub(
        r"(https?://[^\s<>&\"']+[^\s<>&\"'.,;:!?)\]])",
        r'<a href="\1" rel="noopener noreferrer nofollow">\1</a>',
        escaped,
    )
    return linked.replace("\n", "<br>")
