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
_CJK_CHAR = re.compile(f"([{_CJK}])")
_CJK_ONLY = re.compile(f"^[{_CJK}]+$")


def fold(text: str) -> str:
    """Case- and accent-fold ``text`` the same way for index and query."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).casefold()


def index_text(text: str) -> str:
    """The form of ``text`` that goes into the full-text index."""
    folded = fold(text)
    if not _has_cjk(folded):
        return folded
    return _CJK_CHAR.sub(r" \1 ", folded)


def query_tokens(word: str) -> list[str]:
    """Split one user word into index tokens (several for Chinese text)."""
    return index_text(word).split()


def is_cjk(word: str) -> bool:
    return bool(_CJK_ONLY.match(word))


def _has_cjk(text: str) -> bool:
    # Fast path: pure ASCII/Latin/Greek text is by far the most common.
    return any(ord(c) >= 0x2E80 for c in text) and bool(_CJK_CHAR.search(text))
