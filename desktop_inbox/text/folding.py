"""Text normalisation shared by the search index and search queries.

SQLite's ``unicode61`` tokenizer folds case and (with ``remove_diacritics``)
Latin accents, but not Greek tonos, and it treats a run of Chinese characters
as one token. We therefore normalise text ourselves before it reaches FTS5:

* accents of every script are stripped (NFD, drop combining marks), so that
  "ζαππος" finds "Ζάππος";
* ``casefold`` folds the final sigma, so "ς" and "σ" match;
* each Han/Kana character becomes its own token, so a query for "客户" (two
  tokens in a row, i.e. a phrase) finds the substring of "客户服务".

English word forms are left to FTS5's ``porter`` tokenizer, which runs after
this step in both the index and the query ("shipping" finds "shipped").
"""

from __future__ import annotations

import re
import unicodedata

# Scripts written without spaces between words: index them per character.
_CJK = (
    "\u2e80-\u2fdf"  # CJK radicals
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3100-\u312f"  # Bopomofo
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0002ebef"  # extensions B-F
)
# (One pattern: compiling a class this wide takes a millisecond, at start-up.)
_CJK_RUN = re.compile(f"[{_CJK}]+")

# Combining marks of the Basic Multilingual Plane as one character class: a
# regular expression scans for them in C, several times faster than a Python
# test or a ``str.translate`` lookup per character (the store normalises every
# message it receives). Built on first use; astral text takes the slow path.
_BMP_MARKS: re.Pattern[str] | None = None
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # (a regex: much faster than max(text))


def _bmp_marks() -> re.Pattern[str]:
    global _BMP_MARKS
    if _BMP_MARKS is None:
        ranges: list[list[int]] = []
        for cp in range(0x300, 0x10000):
            if unicodedata.combining(chr(cp)):
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp])
        _BMP_MARKS = re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]+")
    return _BMP_MARKS


def fold(text: str) -> str:
    """Case- and accent-fold ``text`` the same way for index and query."""
    if text.isascii():
        return text.lower()  # what casefold does to ASCII, without decomposing
    marks = _bmp_marks()
    astral = _ASTRAL.search(text) is not None
    if (
        not astral
        and unicodedata.is_normalized("NFD", text)
        and unicodedata.is_normalized("NFC", text)
        and marks.search(text) is None
    ):
        # Nothing to decompose, strip or compose (most Chinese text, Greek
        # without accents): the two normalisations below would be no-ops.
        return text.casefold()
    decomposed = unicodedata.normalize("NFD", text)
    if not astral:  # (what BMP text decomposes into has no astral marks)
        stripped = marks.sub("", decomposed)
    else:
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).casefold()


def _spaced(run: re.Match[str]) -> str:
    # " 客  户 " exactly as one substitution per character would space it.
    return " " + "  ".join(run.group()) + " "


def index_text(text: str) -> str:
    """The form of ``text`` that goes into the full-text index."""
    if text.isascii():
        return text.lower()
    folded = fold(text)
    if _CJK_RUN.search(folded) is None:
        return folded
    return _CJK_RUN.sub(_spaced, folded)


def query_tokens(word: str) -> list[str]:
    """Split one user word into index tokens (several for Chinese text)."""
    return index_text(word).split()


def is_cjk(word: str) -> bool:
    return _CJK_RUN.fullmatch(word) is not None


def _has_cjk(text: str) -> bool:
    # Fast path: pure ASCII/Latin/Greek text is by far the most common.
    return bool(text) and max(text) >= "\u2e80" and _CJK_RUN.search(text) is not None
