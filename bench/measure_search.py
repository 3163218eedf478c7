"""2. Search: 50 fixed queries through the service layer against bare FTS5.

Each query runs through ``Inbox.search`` (the service the app's search box
awaits: parse, SQL with filters and joins, the reader thread, SearchHit
objects, the newest 50 hits) and, as the baseline, as the bare ``MATCH`` of
the same FTS5 expression on the same file (``SELECT rowid FROM message_fts
WHERE message_fts MATCH ?`` on a plain sqlite3 connection: what the index
itself costs to answer the query, with nothing ordered, joined or built).
The ratio is the sum of the per-query medians, service over bare. For
reference the details also give the bare MATCH stopped after 50 rowids in
the index's order (``LIMIT 50``), which no search returning messages can
match: it reads 50 integers and nothing else.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

from bench.common import Row, median, percentile
from desktop_inbox.services.search import SearchService
from desktop_inbox.store import search
from desktop_inbox.store.db import Cache

PAGE = 50

# Common and rare words, word forms, phrases, names, order numbers; Greek
# typed without accents; Chinese substrings; with and without filters.
QUERIES = (
    "refund",
    "shipped",
    "shipping",
    "order",
    "size",
    "sandals",
    "waterproof",
    "tracking number",
    '"true to size"',
    '"double charge"',
    "Santorini sandals",
    "charged twice",
    "exchange boots",
    "discount code checkout",
    "loyalty points",
    "Kowalski",
    "Thessaloniki store",
    "123456",
    "children's sizes",
    "courier website",
    "παραγγελια",
    "σανδαλια",
    "αδιαβροχα",
    '"νουμερο 38"',
    "ευχαριστω",
    "κουριερ σπιτι",
    "Παπαδοπουλος",
    "χρεωθηκα",
    "退款",
    "发货",
    "客户服务",
    "优惠码",
    "圣托里尼",
    "快递",
    "王磊",
    "refund is:direct",
    "shipped platform:mastodon",
    "order after:2025-06-01",
    "sandals before:2023-06-01",
    "size state:needs_reply",
    "boots from:kowalski",
    "refund tag:vip",
    "exchange platform:email is:direct",
    "παραγγελια platform:x",
    "ευχαριστω is:public after:2025-01-01",
    "退款 platform:bluesky",
    "发货 state:done before:2024-01-01",
    "tracking from:zappy",
    "waterproof state:waiting",
    "charged twice after:2024-06-01 before:2024-09-01",
)
assert len(QUERIES) == 50


def run(cache_file: Path, *, reps: int) -> Row:
    service: dict[str, list[float]] = {q: [] for q in QUERIES}
    bare: dict[str, list[float]] = {q: [] for q in QUERIES}
    bare_page: dict[str, list[float]] = {q: [] for q in QUERIES}
    matches: dict[str, int] = {}
    hits: dict[str, int] = {}
    data_dir = cache_file.parent

    async def through_service() -> None:
        with Cache(data_dir) as cache:
            searching = SearchService(cache)
            await searching.page("warm up")  # the reader thread's connection
            for _ in range(reps):
                for q in QUERIES:
                    start = time.perf_counter()
                    found = await searching.page(q, limit=PAGE)
                    service[q].append((time.perf_counter() - start) * 1000)
                    hits[q] = len(found)

    asyncio.run(through_service())
    conn = sqlite3.connect(f"file:{cache_file}?mode=ro", uri=True)
    conn.execute("PRAGMA cache_size = -16000")  # as the app's connections
    for _ in range(reps):
        for q in QUERIES:
            expression = search.parse(q).match
            start = time.perf_counter()
            matches[q] = len(conn.execute("SELECT rowid FROM message_fts WHERE message_fts MATCH ?", (expression,)).fetchall())
            bare[q].append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            conn.execute("SELECT rowid FROM message_fts WHERE message_fts MATCH ? LIMIT ?", (expression, PAGE)).fetchall()
            bare_page[q].append((time.perf_counter() - start) * 1000)
    conn.close()
    every = [t for times in service.values() for t in times]
    per_query = {q: median(service[q]) for q in QUERIES}
    per_query_bare = {q: median(bare[q]) for q in QUERIES}
    total, total_bare = sum(per_query.values()), sum(per_query_bare.values())
    p95 = percentile(every, 95)
    ratio = total / total_bare
    return Row(
        "2",
        "search, 50 queries (ms per query)",
        "ms",
        median(list(per_query.values())),
        p95,
        median(list(per_query_bare.values())),
        "bare FTS5 MATCH",
        ratio,
        "p95 <= 50 ms, ratio <= 1.5",
        p95 <= 50 and ratio <= 1.5,
        reps,
        {
            "ratio_is": "sum of per-query medians, service / bare MATCH (all matches)",
            "bare_limit_50_median_ms": median([median(v) for v in bare_page.values()]),
            "ratio_to_bare_limit_50": total / sum(median(v) for v in bare_page.values()),
            "slowest": sorted(((round(v, 2), q) for q, v in per_query.items()), reverse=True)[:5],
            "per_query": {
                q: {"ms": round(per_query[q], 3), "bare_ms": round(per_query_bare[q], 3), "hits": hits[q], "matches": matches[q]}
                for q in QUERIES
            },
        },
    )
