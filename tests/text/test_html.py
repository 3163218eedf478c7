"""Message HTML to text, as a browser's parser reads the markup."""

from __future__ import annotations

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
