"""1. Ingest into the big cache: the sync engine's store path against raw executemany.

A fresh sample of K messages (``bench/corpus.py``, another seed than the
cache) comes in pages of 100 as the connectors deliver them, and is stored as
the sync stores them: an account's pages read ahead joined into one batch of
``sync.prefetch.BATCH_POSTS`` records (800: eight such pages), one transaction
each, with ``store.ingest.store_page``, into a copy of the benchmark's cache
of N messages (what a user's sync meets, not an empty cache), written to
disk before the clock starts (``common.copy_on_disk``): conversations,
people, cursor and the search index. The baseline
writes the very rows that path wrote (read back afterwards, with the search
text already normalised) with ``executemany`` into the same cache stripped to
bare tables (every secondary index and trigger dropped, the same N rows and
the same FTS5 index of them kept), one transaction for each batch's new rows
(as the store committed them), same pragmas. (Before issue 21 both wrote
into empty tables; until the second part of it the baseline re-cut the rows
into transactions of 100 new ones: 15% fewer commits than the store made,
the pages' messages already in the cache being skipped. Until its third
part both committed each page of 100 on its own, which the sync has not
done since it reads pages ahead: 0.45 then, 11,300 against 25,000 msg/s.
Until the end of the issue each side wrote while the kernel still wrote its
fresh copy of the cache back to disk, which held the store back the most:
0.47-0.56 then.)
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from bench.common import Row, copy_on_disk, median, timed
from bench.corpus import ACCOUNTS, END, Corpus
from desktop_inbox.records import Post
from desktop_inbox.store import ingest
from desktop_inbox.store.db import PRAGMAS, Cache
from desktop_inbox.store.schema import database
from desktop_inbox.sync.prefetch import BATCH_POSTS, DEPTH
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


def _batches(pages: list[tuple[int, list[Post]]]) -> list[tuple[int, list[Post]]]:
    """The pages as the sync stores them: each account's next pages joined
    until they hold ``BATCH_POSTS`` records (or are ``DEPTH`` pages), as
    ``Prefetch.take`` hands them to one ``store_page``."""
    batches: list[tuple[int, list[Post]]] = []
    pending: dict[int, list[list[Post]]] = {}
    for n, posts in pages:
        joined = pending.setdefault(n, [])
        joined.append(posts)
        if sum(map(len, joined)) >= BATCH_POSTS or len(joined) >= DEPTH:
            batches.append((n, [p for page in joined for p in page]))
            pending[n] = []
    batches.extend((n, [p for page in joined for p in page]) for n, joined in pending.items() if joined)
    return batches


def _copy(cache_file: Path, to: Path) -> Path:
    shutil.rmtree(to, ignore_errors=True)
    to.mkdir(parents=True)
    return copy_on_disk(cache_file, to / cache_file.name)


def _ours(
    work: Path, cache_file: Path, pages: list[tuple[int, list[Post]]]
) -> tuple[float, list[tuple[object, ...]], list[int]]:
    _copy(cache_file, work)
    with Cache(work) as cache:
        ids = [r[0] for r in cache.call_read(lambda: database.execute_sql("SELECT id FROM account ORDER BY id").fetchall())]
        assert len(ids) == len(ACCOUNTS), "the big cache holds the corpus's accounts"
        first = cache.call_read(lambda: database.execute_sql("SELECT coalesce(max(id), 0) FROM message").fetchone()[0])

        added: list[int] = []  # new messages per batch (the rest were in the cache already)

        def store_all() -> None:
            for n, posts in pages:
                added.append(
                    ingest.store_page(
                        ids[n], "bench-ingest", posts, cursor=posts[-1].remote_id, exhausted=False, unread=True, now=END
                    ).added
                )

        seconds, _ = cache.call_write(timed, store_all)
        rows = cache.call_read(
            lambda: database.execute_sql(
                f"""
                SELECT {", ".join("m." + c for c in _columns())}, i.name, i.handle
                FROM message m JOIN identity i ON i.id = m.identity_id WHERE m.id > ? ORDER BY m.id
                """,
                (first,),
            ).fetchall()
        )
    return seconds, rows, added


def _columns() -> list[str]:
    return [r[1] for r in database.execute_sql("PRAGMA table_info(message)").fetchall()]


def _bare(work: Path, cache_file: Path, rows: list[tuple[object, ...]], pages: list[int]) -> float:
    path = _copy(cache_file, work)
    conn = sqlite3.connect(path, isolation_level=None)
    for name, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {name} = {value}")
    conn.execute("PRAGMA foreign_keys = 0")  # (bare tables: no checks)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(message)").fetchall()]
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
        "AND tbl_name NOT LIKE 'message_fts%'"
    ).fetchall():
        conn.execute(f"DROP {kind} {name}")
    width = len(columns)
    messages = [r[:width] for r in rows]
    text, time_key = columns.index("text"), columns.index("time_key")
    # The same normalised text as the store writes (migrations 2 and 4: body, author).
    fts = [(r[time_key], folding.index_text(str(r[text])), folding.index_text(f"{r[width]} {r[width + 1]}")) for r in rows]

    def write_all() -> None:
        start = 0
        for size in pages:  # one transaction per batch, as the store committed them
            if not size:
                continue
            conn.execute("BEGIN")
            conn.executemany(f"INSERT INTO message VALUES ({', '.join('?' * width)})", messages[start : start + size])
            conn.executemany("INSERT INTO message_fts (rowid, body, author) VALUES (?, ?, ?)", fts[start : start + size])
            conn.execute("COMMIT")
            start += size

    seconds, _ = timed(write_all)
    conn.close()
    return seconds


def run(work: Path, cache_file: Path, *, messages: int, reps: int) -> Row:
    pages = _batches(_pages(messages))
    with sqlite3.connect(f"file:{cache_file}?mode=ro", uri=True) as conn:
        size = conn.execute("SELECT count(*) FROM message").fetchone()[0]
    ours: list[float] = []
    bare: list[float] = []
    count = 0
    for _rep in range(reps):
        seconds, rows, added = _ours(work / "ours", cache_file, pages)
        assert sum(added) == len(rows)
        count = len(rows)
        ours.append(count / seconds)
        bare.append(count / _bare(work / "bare", cache_file, rows, added))
    shutil.rmtree(work, ignore_errors=True)
    # Ratio of medians; each run's own ratio is in the details.
    ratio = median(ours) / median(bare)
    return Row(
        "1",
        f"ingest {count:,} messages (pages of {PAGE}, {BATCH_POSTS} a transaction as the sync stores them) into the {size:,}-message cache (msg/s)",
        "msg/s",
        median(ours),
        None,
        median(bare),
        "raw executemany into the same cache's rows and FTS, no index",
        ratio,
        "ratio >= 0.5",
        ratio >= 0.5,
        reps,
        {"ours": [round(x) for x in ours], "bare": [round(x) for x in bare], "per_run_ratio": [round(o / b, 3) for o, b in zip(ours, bare, strict=True)]},
    )
