"""Which parts of a message a search's words matched, for highlighting hits.

Pure text, no SQL: a rough stand-in for the index's folding and stemming
(``store.search`` finds; this only says where to light up).
"""

from __future__ import annotations

import re

from desktop_inbox.text import folding

_WORD = re.compile(r"\w+", re.UNICODE)


def _word_matches(folded_word: str, folded_term: str) -> bool:
    if folded_word == folded_term or folded_word.startswith(folded_term):
        return True
    # A rough stand-in for the index's stemming, for highlighting only:
    # "shipping" lights up "shipped".
    stem = max(3, len(folded_term) - 3)
    return len(folded_term) >= 4 and folded_word[:stem] == folded_term[:stem]


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Character spans of ``text`` that a query's words matched."""
    spans: list[tuple[int, int]] = []
    folded_terms = [folding.fold(w) for w in words]
    cjk_terms = [t for t in folded_terms if any(folding.is_cjk(c) for c in t)]
    plain_terms = [t for term in folded_terms if term not in cjk_terms for t in term.split()]
    for m in _WORD.finditer(text):
        word = folding.fold(m.group())
        if any(_word_matches(word, t) for t in plain_terms):
            spans.append(m.span())
    if cjk_terms:
        # Folding can change lengths only for rare characters; map by index.
        folded = folding.fold(text)
        if len(folded) == len(text):
            for term in cjk_terms:
                start = folded.find(term)
                while start >= 0:
                    spans.append((start, start + len(term)))
                    start = folded.find(term, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def context_window(text: str, spans: list[tuple[int, int]], width: int = 160) -> tuple[str, list[tuple[int, int]]]:
    """A piece of ``text`` around the first match, with spans shifted into it."""
    flat = " ".join(text.split()) if "\n" in text else text
    if flat is not text:
        # Recompute on the flattened text so offsets stay right.
        return context_window(flat, _respan(text, flat, spans), width)
    if len(text) <= width or not spans:
        cut = text[:width]
        return (cut + ("…" if len(text) > width else ""), [(s, min(e, width)) for s, e in spans if s < width])
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    piece = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    shift = start - (1 if start else 0)
    return piece, [(s - shift, e - shift) for s, e in spans if s >= start and e <= end]


def _respan(original: str, flat: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # Map spans through whitespace folding by matching each spanned string.
    out = []
    pos = 0
    for s, e in spans:
        piece = " ".join(original[s:e].split())
        found = flat.find(piece, pos)
        if found >= 0:
            out.append((found, found + len(piece)))
            pos = found + len(piece)
    return out
