"""Characters counted the way each platform counts them.

* Mastodon: grapheme clusters; every URL counts as the instance's
  ``characters_reserved_per_url`` (23); ``@user@domain`` counts as ``@user``
  (``StatusLengthValidator``).
* X: weighted length, 280 max (``twitter-text`` v3 rules): code points in the
  light ranges count 1, everything else (CJK, emoji) counts 2; URLs count 23.
* Bluesky: 300 grapheme clusters (and 3000 UTF-8 bytes).
* E-mail: no limit.
"""

from __future__ import annotations

import re
import unicodedata

import regex

URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@(\w+)@[\w.-]+\w", re.UNICODE)
_GRAPHEMES = regex.compile(r"\X")

# twitter-text v3: these ranges weigh 100 (1 char); everything else 200.
_X_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))


def graphemes(text: str) -> int:
    return len(_GRAPHEMES.findall(text))


def mastodon_length(text: str, *, url_length: int = 23) -> int:
    text = _MENTION.sub(r"@\1", text)
    urls = URL.findall(text)
    stripped = URL.sub("", text)
    return graphemes(stripped) + url_length * len(urls)


def x_length(text: str) -> int:
    """X's weighted length (NFC-normalised; an emoji sequence counts 2)."""
    text = unicodedata.normalize("NFC", text)
    urls = URL.findall(text)
    text = URL.sub("", text)
    total = 0
    for cluster in _GRAPHEMES.findall(text):
        if _is_emoji(cluster):
            total += 2
            continue
        for char in cluster:
            code = ord(char)
            total += 1 if any(lo <= code <= hi for lo, hi in _X_LIGHT) else 2
    return total + 23 * len(urls)


def _is_emoji(cluster: str) -> bool:
    return any(
        0x1F000 <= ord(c) <= 0x1FAFF or 0x2600 <= ord(c) <= 0x27BF or ord(c) == 0xFE0F for c in cluster
    ) and len(cluster) >= 1


def bluesky_length(text: str) -> int:
    return graphemes(text)


LIMITS = {"mastodon": 500, "x": 280, "bluesky": 300}


def length(platform: str, text: str, *, url_length: int = 23) -> int:
    if platform == "mastodon":
        return mastodon_length(text, url_length=url_length)
    if platform == "x":
        return x_length(text)
    if platform == "bluesky":
        return bluesky_length(text)
    return len(text)
