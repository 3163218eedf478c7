"""The search index's words, each listed once, so that a word still being
typed is searched as the few whole words it begins.

The search box takes its last word as unfinished ("siz" may become "size"):
FTS5 answers ``"siz"*`` by reading and merging, in full, the list of every
message of every index word it begins, before the first hit comes out
(~20 ms for "size"* in a million messages, where "size" alone gives its
newest thousand in ~1; bench/, measurement 2). Given the words themselves
(``"siz" OR "size" OR "sizes"``), FTS5 walks each list only as far as the
hits it is asked for, newest first. A prefix that begins more than
``COMPLETIONS_MAX`` words (one or two letters) keeps FTS5's own prefix.

``index_word`` holds the words as the index's text has them (folded:
``text.folding.index_text``), body and author alike, as messages are stored;
a word whose messages are all gone stays listed (it then finds nothing).
Not the words that begin with a digit: order numbers, tracking codes and
the like are most of the distinct words and each is in a message or two,
so FTS5's own prefix reads little for them; listing them cost more than
the rest together (a new number is a new row: 3.3 ms a page of 100
messages with them, 1.4 without; 374,000 words of the bench's million
messages, 34,000 without). SQLite only: PostgreSQL's index answers a
prefix from its own terms.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterable
from typing import Any

from desktop_inbox.store.handle import database

# A word of the index (FTS5's unicode61: runs of letters and digits).
WORD = re.compile(r"[^\W_]+")

# More index words than this begun by an unfinished word: FTS5's prefix.
COMPLETIONS_MAX = 40

# One statement a page, the words as one JSON list: ~1 ms for the ~800
# distinct words of 100 messages, half what a row each cost.
INSERT = "INSERT OR IGNORE INTO index_word (word) SELECT value FROM json_each(?)"

# Words a writer knows are listed, at most this many kept in memory.
KNOWN_MAX = 200_000


class _Known(threading.local):
    """What this thread's writer listed: the words, on which connection, as
    of which stamp (``index_word_stamp``: a new random value with every
    list of new words, in the same transaction). A stamp other than the
    one last written means the list changed under us: our transaction was
    rolled back, or another writer (the command line) added words; the
    words known are then forgotten, never trusted."""

    def __init__(self) -> None:
        self.conn: object | None = None
        self.stamp: int | None = None
        self.words: set[str] = set()


_known = _Known()


def words_in(texts: Iterable[str]) -> set[str]:
    """The distinct index words of ``texts`` (already folded). (Most of what
    a space separates is one word already: the expression only splits the
    rest, "sizes?" or "e-mail"; a third of the time of it on every text.)"""
    found: set[str] = set()
    for token in set(" ".join(texts).split()):
        if token.isalnum():  # (what WORD matches: str.isalnum is \w without "_")
            found.add(token)
        else:
            found.update(WORD.findall(token))
    return found


def remember(cursor: Any, rows: Iterable[tuple[object, str, str]]) -> None:
    """List the words of index rows ``(key, body, author)`` just stored
    (inside the caller's transaction; once per page of messages). Only the
    words this writer has not listed go in: most of a page's are known
    (1.8 -> 1.2 ms a page of 100 messages; bench/, measurement 1)."""
    found = {w for w in words_in(text for _key, body, author in rows for text in (body, author)) if listed(w)}
    conn = getattr(cursor, "connection", cursor)  # (a cursor, or the connection itself)
    stamp = cursor.execute("SELECT stamp FROM index_word_stamp").fetchone()[0]
    known = _known
    if known.conn is not conn or known.stamp != stamp or len(known.words) > KNOWN_MAX:
        known.conn, known.words = conn, set()
    new = found - known.words
    if new:
        cursor.execute(INSERT, (json.dumps(sorted(new), ensure_ascii=False),))
        stamp = int.from_bytes(os.urandom(8), "big") >> 2  # (not secrets: it loads hashlib for every command)
        cursor.execute("UPDATE index_word_stamp SET stamp = ?", (stamp,))
        known.words |= new
    known.stamp = stamp


def listed(word: str) -> bool:
    """Whether ``word`` (or a prefix typed of it) is in the list."""
    return not word[:1].isdigit()


def completions(prefix: str) -> list[str] | None:
    """The index words ``prefix`` begins (itself included when it is one),
    or None when there are more than ``COMPLETIONS_MAX`` or they are not
    listed (a number)."""
    if not listed(prefix):
        return None
    rows = database.execute_sql(
        "SELECT word FROM index_word WHERE word >= ? AND word < ? ORDER BY word LIMIT ?",
        (prefix, prefix + "\U0010ffff", COMPLETIONS_MAX + 1),
    ).fetchall()
    if len(rows) > COMPLETIONS_MAX:
        return None
    return [r[0] for r in rows]
