"""Characters counted the way each platform counts them.

* Mastodon: grapheme clusters; every URL counts as the instance's
  ``characters_reserved_per_url`` (23); ``@user@domain`` counts as ``@user``
  (``StatusLengthValidator``).
* X: weighted length, 280 max, by X's official rules (``twitter-text``
  configuration v3, through ``connectors.xtext``): CJK and emoji weigh 2,
  every link 23 — also a link written without a scheme (``example.com``),
  which only the official parser recognises as X does.
* Bluesky: 300 grapheme clusters for a post, 1,000 for a direct message;
  links count as written (the account's ``url_length`` is 0).
* Instagram: direct messages 1,000 UTF-8 bytes, comments 2,200 characters;
  Messenger: 2,000 characters, Facebook comments 8,000
  (``connectors.meta.limits``, which says where each figure comes from).
* E-mail: no limit (``char_limit`` 0).

An account's ``url_length`` of 0 means "links count as written" everywhere.
"""

from __future__ import annotations

import functools
import re

URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@(\w+)@[\w.-]+\w", re.UNICODE)

BLUESKY_MESSAGE_GRAPHEMES = 1000  # chat.bsky.convo.defs#messageInput


@functools.cache
def _grapheme_pattern():  # type: ignore[no-untyped-def]
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


def x_length(text: str) -> int:
    """X's weighted length, by the official parser the X connector uses too."""
    from desktop_inbox.connectors.x import text as xtext

    return xtext.weighted_length(text)


def bluesky_length(text: str) -> int:
    return graphemes(text)


LIMITS = {"mastodon": 500, "x": 280, "bluesky": 300, "instagram": 2200, "messenger": 8000}
META = frozenset({"instagram", "messenger"})


def length(platform: str, text: str, *, url_length: int = 23, direct: bool = False) -> int:
    if platform in META:
        from desktop_inbox.connectors.meta import limits

        return limits.length(platform, text, direct=direct)
    if platform == "mastodon":
        return mastodon_length(text, url_length=url_length)
    if platform == "x":
        return x_length(text)
    if platform == "bluesky":
        return bluesky_length(text)
    return len(text)


def limit_for(platform: str, *, direct: bool, char_limit: int) -> int:
    """The limit that applies to this reply (0: no limit).

    ``char_limit`` is the account's (public posts); Bluesky's chat allows
    longer direct messages than its posts. X counts DMs like posts here: the
    connector refuses anything over 280 weighted either way.
    """
    if char_limit <= 0:
        return 0
    if platform in META:
        from desktop_inbox.connectors.meta import limits

        return limits.limit(platform, direct=direct)
    if platform == "bluesky" and direct:
        return max(char_limit, BLUESKY_MESSAGE_GRAPHEMES)
    return char_limit
