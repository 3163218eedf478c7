"""How X counts a post: 280 weighted characters.

X's own rules (``counting-characters``): most Latin, Greek and Cyrillic
characters weigh 1, CJK characters and emoji weigh 2, and every URL weighs 23
whatever its length. ``twitter-text-parser`` implements X's official
configuration (v3), so the composer and the connector count exactly alike.
"""

from __future__ import annotations

from dataclasses import dataclass

LIMIT = 280
URL_LENGTH = 23


@dataclass(frozen=True, slots=True)
class Count:
    weighted: int
    limit: int = LIMIT

    @property
    def remaining(self) -> int:
        return self.limit - self.weighted

    @property
    def fits(self) -> bool:
        return 0 < self.weighted <= self.limit


def count(text: str) -> Count:
    """The weighted length of ``text`` as X counts it (NFC-normalised)."""
    # Imported on first use: twitter-text compiles its URL and emoji
    # expressions at import (a fifth of a second), which the app's start-up
    # should not pay when no X account needs it.
    from twitter_text import parse_tweet

    return Count(parse_tweet(text).weightedLength)


def weighted_length(text: str) -> int:
    return count(text).weighted
