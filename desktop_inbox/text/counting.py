"""Characters counted the way the platforms count them (pure functions;
each platform's descriptor says which one it uses, and its limits).

* Mastodon: grapheme clusters; every URL counts as the instance's
  ``characters_reserved_per_url`` (23); ``@user@domain`` counts as ``@user``
  (``StatusLengthValidator``).
* Bluesky: grapheme clusters; links count as written (the account's
  ``url_length`` is 0).
* X's weighted length needs X's own parser: ``connectors.x.text``.

An account's ``url_length`` of 0 means "links count as written" everywhere.
"""

from __future__ import annotations

import functools
import re
from typing import Any

URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@(\w+)@[\w.-]+\w", re.UNICODE)

@functools.cache
def _grapheme_pattern() -> Any:
    # ``regex`` knows grapheme clusters (``re`` does not); loaded with the
    # first count rather than before the window shows.
    import regex

    return regex.compile(r"\X")


def graphemes(text: str) -> int:
    if text.isascii():
        # Every ASCII character is a grapheme of its own, but CR LF is one
        # (and the empty composer of a starting window needs no ``regex``).
        return len(text) - text.count("\r\n")
    return len(_grapheme_pattern().findall(text))


def mastodon_length(text: str, *, url_length: int = 23) -> int:
    text = _MENTION.sub(r"@\1", text)
    if url_length <= 0:
        return graphemes(text)  # links count as written
    urls = URL.findall(text)
    stripped = URL.sub("", text)
    return graphemes(stripped) + url_length * len(urls)
