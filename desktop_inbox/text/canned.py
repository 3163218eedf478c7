"""The "sounds canned" measure: is this draft nearly what others got?

Drafts and earlier replies are compared after removing what is personal by
nature (names, handles, numbers, links), as sets of word pairs. When a draft
is nearly the same as replies already sent to several *other* customers, the
composer says so before sending. Short courtesies ("Thanks!") are exempt.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_inbox.text.folding import fold

SIMILAR = 0.7  # Jaccard similarity of word pairs
MIN_WORDS = 6
MIN_CUSTOMERS = 3

_NOISE = re.compile(r"https?://\S+|@\S+|\d+")
_WORDS = re.compile(r"\w+", re.UNICODE)


def shape(text: str, *, names: Iterable[str] = ()) -> list[str]:
    """The words that make a reply what it is, without the personal bits."""
    text = _NOISE.sub(" ", fold(text))
    drop = {fold(part) for name in names for part in name.split() if part}
    words = [w for w in _WORDS.findall(text) if w not in drop]
    # Chinese has no spaces: use characters as words.
    out: list[str] = []
    for word in words:
        if any(ord(c) > 0x2E80 for c in word):
            out.extend(word)
        else:
            out.append(word)
    return out


def pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(words)) or {(w, "") for w in words}


def similarity(a: list[str], b: list[str]) -> float:
    pa, pb = pairs(a), pairs(b)
    if not pa or not pb:
        return 0.0
    return len(pa & pb) / len(pa | pb)


@dataclass(frozen=True, slots=True)
class CannedReport:
    customers: int  # other customers who got nearly the same reply
    example: str  # one of those replies

    @property
    def sounds_canned(self) -> bool:
        return self.customers >= MIN_CUSTOMERS


def check(
    draft: str,
    earlier: Iterable[tuple[int | None, str]],
    *,
    contact_id: int | None,
    names: Iterable[str] = (),
) -> CannedReport:
    """``earlier``: (contact id, text) of replies already sent."""
    mine = shape(draft, names=names)
    if len(mine) < MIN_WORDS:
        return CannedReport(0, "")
    who: set[int | None] = set()
    example = ""
    for other_contact, text in earlier:
        if other_contact == contact_id:
            continue
        if similarity(mine, shape(text)) >= SIMILAR:
            who.add(other_contact)
            example = example or text
    return CannedReport(len(who), example)
