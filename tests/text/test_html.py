"""Message HTML to text, as a browser's parser reads the markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_inbox.text import html
from tests.helpers.hostile import bounded


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ('<p><span class="h-card"><a href="https://x/@shop" class="u-url mention">@<span>shop</span></a></span> '
         "hi &amp; bye</p><p>two<br>lines</p>", "@shop hi & bye\n\ntwo\nlines"),
        ('<p title="a &quot;quoted&gt; title" lang="en">text</p>', "text"),  # attributes never leak in
        ('<img alt="cat &amp; dog" src="https://x/cat.png">pic', "cat & dogpic"),
        ("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"),
        ("<p>  lots   of   space  </p>", "lots of space"),
        ("<script>fetch('x')</script><style>p{}</style>ok", "ok"),
        ("&lt;not a tag&gt; &#8217;", "<not a tag> \u2019"),
        ("<p>a<p>b", "a\n\nb"),
        ("plain text", "plain text"),
    ],
)
def test_to_text(raw: str, text: str) -> None:
    assert html.to_text(raw) == text


HOSTILE = sorted((Path(__file__).parents[1] / "data" / "hostile_html").iterdir())
STATUS_LIKE = [
    '<p><span class="h-card"><a href="https://x/@shop" class="u-url mention">@<span>shop</span></a></span> '
    "where is order #4711? &amp; more</p><p>two<br>lines</p>",
    '<p>Καλημέρα <a href="https://x/tags/παπούτσια" rel="tag">#<span>παπούτσια</span></a>, 你好</p>',
    '<a href="https://x/a?b=1&amp;c=&quot;2&quot;" title="q &gt; r">quoted attributes</a> tail',
    "<p>one<blockquote>two</blockquote>three</p><ul><li>a</li><li>b</li></ul><pre>  x\n  y</pre>",
    "<b><p>mis</b>nested</p></br>end tag<br/>self-closed &nbsp;space",
    "<p>x</p><!-- a comment --><script>bad()</script><style>s</style><svg><text>no</text></svg>",
    '<a href="javascript:alert(1)">j</a> <a href="//host/x">relative</a>',
    '<image alt="an image tag">', "<IMG\nalt=shouting>", "<div>a</div><h2>b</h2><table><tr><td>c</td></tr></table>",
    "plain & text", "plain text", "",
]


@pytest.mark.parametrize("raw", STATUS_LIKE + [p.read_text(encoding="utf-8", errors="replace") for p in HOSTILE])
def test_text_and_rich_reads_as_the_two_readings_do(raw: str) -> None:
    """The sync's one reading of a status gives what to_text and rich_html
    give (its text comes from the sanitised markup where they agree)."""
    assert html.text_and_rich(raw) == (html.to_text(raw), html.rich_html(raw))


# -- the shortcut for markup as Mastodon writes it ---------------------------

MASTODON_STATUSES = [
    '<p><span class="h-card" translate="no"><a href="https://m.example/@shop" class="u-url mention">@<span>shop</span>'
    "</a></span> my order #4711 still says &quot;processing&quot;, isn&#39;t it &lt;late&gt; &amp; lost?</p>",
    '<p>Καλημέρα <a href="https://m.example/tags/%CF%80" class="mention hashtag" rel="tag">#<span>π</span></a> 你好</p>'
    "<p>second paragraph<br />with a break<br>and another</p>",
    '<p><a href="https://shop.example/a?b=1&amp;c=2" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
    '<span class="invisible">https://</span><span class="ellipsis">shop.example/a</span><span class="invisible">'
    "?b=1</span></a> <strong>bold</strong> <em>em</em> <del>gone</del> <code>x = 1</code></p>",
    "a top-level line &amp; <b>b</b><i>i</i><u>u</u><s>s</s>",
    '<p><a href="http://127.0.0.1:8080/@anna" class="u-url mention">@anna</a></p>\n<p>  spaced   out  </p>',
    '<a href="https://x.example/" href="javascript:alert(1)">the first href counts, as for the parser</a>',
]


@pytest.mark.parametrize("raw", MASTODON_STATUSES)
def test_mastodon_markup_is_read_without_the_parser_as_the_parser_reads_it(raw: str) -> None:
    assert html.simple_markup(raw) is not None  # (the shortcut takes it)
    assert html.text_and_rich(raw) == (html.to_text(raw), html.rich_html(raw))


@pytest.mark.parametrize(
    "raw",
    [
        '<a href="javascript:alert(1)">j</a>', '<a href="//host/x">relative</a>', '<a href="mailto:a@b.c">m</a>',
        '<a href="http://999.1.1.1/">bad address</a>', '<a href="http://a.example:99999/">bad port</a>',
        '<a href="https://xn--zz/">idna</a>', '<a href="https://x.example/" title="t">title</a>',
        '<a href="javascript:alert(1)" href="https://x.example/">twice</a>', '<a class="x">no href</a>',
        "<p><a href='https://x.example/'>single quotes</a></p>", '<span lang="en">lang</span>', "<P>upper</P>",
        "<p>a<p>b</p></p>", "<b><p>mis</b>nested</p>", "<a href=\"https://x.example/\"><a href=\"https://y.example/\">",
        "<p>unclosed", "</p>stray end", "<p>a</span></p>", "x < y", "<p>x > y</p>", "&nbsp;", "&copy;", "&#1;", "a & b",
        "<p>cr\r\nlf</p>", "<p>nul\x00</p>", "<!-- c --><p>x</p>", "<p>\ud800</p>", "<br></br>", '<span class="a>b">x</span>',
    ],
)
def test_other_markup_goes_to_the_parser(raw: str) -> None:
    assert html.simple_markup(raw) is None
    if "\ud800" not in raw:  # (the sanitiser refuses a lone surrogate)
        assert html.text_and_rich(raw) == (html.to_text(raw), html.rich_html(raw))


_TEXTS = st.lists(
    st.sampled_from(
        [*"ab Z#@.,'\"&<>/=;\n\t\x0c\r\x00\xa0\u3000\u2028\x85\ufeff\uffffé客\u202e",
         "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#8217;", "&nbsp;", "&apos;", "&#x41;", "&#0;", "&amp", "  "]
    ),
    max_size=12,
).map("".join)
_HREFS = st.sampled_from([
    "https://m.example/@shop", "http://127.0.0.1:46003/@anna", "https://a.example/x?y=1&amp;z=2#f", "https://a..b/",
    "http://1.2.3/", "http://1.2.3.4/", "http://256.1.1.1/", "http://a.b:65535/", "http://a.b:65536/", "https://xn--zz/",
    "javascript:alert(1)", "//host/x", "x/y", "mailto:a@b.c", "HTTPS://UP.EXAMPLE/", "https://a.example/%zz",
    "https://a.example/a b", "https://a.example/&", "https://a.example/&quot;", "https://-.example/", "http://a.b.9/",
])
_LINK_ATTRIBUTES = st.lists(
    st.one_of(
        st.builds(lambda h: f'href="{h}"', _HREFS),
        st.sampled_from(['class="u-url mention"', 'rel="tag"', 'target="_blank"', 'translate="no"', 'title="t"',
                         'rel="nofollow noopener noreferrer"', 'class="a&amp;b"', "onclick=\"x()\""]),
    ),
    max_size=4,
)
_INLINE = st.sampled_from(["span", "strong", "em", "b", "i", "u", "s", "del", "code"])


def _nested(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    element = st.one_of(
        st.builds(lambda name, inner: f"<{name}>{inner}</{name}>", _INLINE, children),
        st.builds(lambda attrs, inner: f'<span {" ".join(attrs)}>{inner}</span>' if attrs else f"<span>{inner}</span>",
                  st.lists(st.sampled_from(['class="h-card"', 'translate="no"', 'class="invisible"', 'lang="en"']),
                           max_size=2), children),
        st.builds(lambda attrs, inner: f'<a {" ".join(attrs)}>{inner}</a>' if attrs else f"<a>{inner}</a>",
                  _LINK_ATTRIBUTES, children),
        st.builds(lambda inner: f"<p>{inner}</p>", children),
    )
    return st.lists(st.one_of(element, _TEXTS, st.sampled_from(["<br>", "<br/>", "<br />"])), max_size=4).map("".join)


_MARKUP = st.recursive(_TEXTS, _nested, max_leaves=8)
_SOUP = st.lists(
    st.one_of(_TEXTS, st.sampled_from(["<p>", "</p>", "<br>", "<span>", "</span>", "<a href=\"https://x.example/\">",
                                       "</a>", "<b>", "</b>", "<em>", "</em>", "<P>", "<!-- -->", "<ul>", "<li>"])),
    max_size=10,
).map("".join)


@bounded
@given(st.one_of(_MARKUP, _SOUP))
def test_the_shortcut_reads_what_the_parser_reads(raw: str) -> None:
    """Generated markup, most of it in the shortcut's shape, some just out
    of it: one reading gives what the sanitiser and the text reading give."""
    assert html.text_and_rich(raw) == (html.to_text(raw), html.rich_html(raw))
    simple = html.simple_markup(raw)
    if simple is not None:
        assert simple == (html.to_text(raw), html.rich_html(raw))


def _tidy_by_lines(text: str) -> str:
    """The text tidying as it was written first: line by line."""
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@bounded
@given(st.text(alphabet=st.sampled_from(list("ab \n\t\r\x0b\x0c\xa0\u2003\u3000\x1c\x85\u2028")), max_size=30))
def test_tidying_is_the_line_by_line_reading(text: str) -> None:
    assert html._tidy(text) == _tidy_by_lines(text)
