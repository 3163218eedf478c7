"""1. Ingest: the sync engine's store path against raw executemany.

A fresh sample of K messages (``bench/corpus.py``, another seed than the
cache) is stored page by page, 100 messages a page as the connectors deliver
them, with ``store.ingest.store_page`` into a fresh cache: conversations,
people, cursor and the search index, one transaction a page. The baseline
writes the very rows that path wrote (read back afterwards, with the search
text already normalised) with ``executemany`` into bare tables (no secondary
index) and the same FTS5 table, one transaction a page, same pragmas.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from bench.common import Row, median, timed
from bench.corpus import ACCOUNTS, END, Corpus
from desktop_inbox.records import Post
from desktop_inbox.store import accounts, ingest
from desktop_inbox.store.db import PRAGMAS, Cache
from desktop_inbox.store.schema import database
from desktop_inbox.text import folding

PAGE = 100
SEED = 99


def _pages(messages: int) -> list[tuple[int, list[Post]]]:
    pages: list[tuple[int, list[Post]]] = []
    pending: dict[int, list[Post]] = {n: [] for n in range(len(ACCOUNTS))}
    for n, post in Corpus(messages=messages, seed=SEED).posts():
        pending[n].append(post)
        if len(pending[n]) == PAGE:
            pages.append((n, pending[n]))
            pending[n] = []
    pages.extend((n, posts) for n, posts in pending.items() if posts)
    return pages


def _ours(work: Path, pages: list[tuple[int, list[Post]]]) -> tuple[float, list[tuple[object, ...]]]:
    shutil.rmtree(work, ignore_errors=True)
    with Cache(work) as cache:
        ids = [
            cache.call_write(accounts.create, platform=a.platform, base_url=a.base_url, info=a.info, secret_ref=f"i{n}").id
            for n, a in enumerate(ACCOUNTS)
        ]

        def store_all() -> None:
            for n, posts in pages:
                ingest.store_page(ids[n], "mentions", posts, cursor=posts[-1].remote_id, exhausted=False, unread=True, now=END)

        seconds, _ = cache.call_write(timed, store_all)
        rows = cache.call_read(
            lambda: database.execute_sql(
                """
                SELECT m.id, m.account_id, m.conversation_id, m.remote_id, m.identity_id, m.direction, m.visibility,
                       m.text, m.html, m.created_at, m.edited_at, m.in_reply_to, m.thread_root, m.url,
                       m.attachments, m.extra, m.time_key, i.name, i.handle
                FROM message m JOIN identity i ON i.id = m.identity_id ORDER BY m.id
                """
            ).fetchall()
        )
    return seconds, rows


def _bare(path: Path, rows: list[tuple[object, ...]]) -> float:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    messages = [r[:17] for r in rows]
    fts = [(r[16], folding.index_text(str(r[7])), folding.index_text(f"{r[17]} {r[18]}")) for r in rows]
    conn = sqlite3.connect(path, isolation_level=None)
    for name, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {name} = {value}")
    conn.execute(
        """
        CREATE TABLE message (id INTEGER PRIMARY KEY, account_id, conversation_id, remote_id, identity_id, direction,
            visibility, text, html, created_at, edited_at, in_reply_to, thread_root, url, attachments, extra, time_key)
        """
    )
    # The same index as the cache's (migrations 2 and 4).
    conn.execute(
        "CREATE VIRTUAL TABLE message_fts USING fts5 (body, author, content = '', "
        "tokenize = 'porter unicode61 remove_diacritics 2')"
    )

    def write_all() -> None:
        for start in range(0, len(messages), PAGE):
            conn.execute("BEGIN")
            conn.executemany(f"INSERT INTO message VALUES ({', '.join('?' * 17)})", messages[start : start + PAGE])
            conn.executemany("INSERT INTO message_fts (rowid, body, author) VALUES (?, ?, ?)", fts[start : start + PAGE])
            conn.execute("COMMIT")

    seconds, _ = timed(write_all)
    conn.close()
    return seconds


def run(work: Path, *, messages: int, reps: int) -> Row:
    pages = _pages(messages)
    ours: list[float] = []
    bare: list[float] = []
    count = 0
    for rep in range(reps):
        seconds, rows = _ours(work / f"ours-{rep % 2}", pages)
        count = len(rows)
        ours.append(count / seconds)
        bare.append(count / _bare(work / f"bare-{rep % 2}.sqlite3", rows))
    shutil.rmtree(work, ignore_errors=True)
    # Ratio of medians; each run's own ratio is in the details.
    ratio = median(ours) / median(bare)
    return Row(
        "1",
        f"ingest, {count:,} messages in pages of {PAGE} (msg/s)",
        "msg/s",
        median(ours),
        None,
        median(bare),
        "raw executemany, bare tables + same FTS",
        ratio,
        "ratio >= 0.5",
        ratio >= 0.5,
        reps,
        {"ours": [round(x) for x in ours], "bare": [round(x) for x in bare], "per_run_ratio": [round(o / b, 3) for o, b in zip(ours, bare, strict=True)]},
    )
