"""Message HTML to text, as a browser's parser reads the markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_inbox.text import html


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
