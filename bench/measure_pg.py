"""11 and 12: ingest and search on a team's PostgreSQL, against bare PostgreSQL.

A private cluster (``tests.helpers.postgres``: ``initdb`` in a temporary
folder, fsync off, as the tests run it) holds a team database made from the
benchmark's SQLite cache of N messages the way ``team create`` makes one
(``store.pg.team.move_in``: every table copied, the search index rebuilt).
Every run starts from a copy of it (``CREATE DATABASE ... TEMPLATE``).

11. Ingest: the same fresh sample as row 1 (``measure_ingest``), in the
    same batches (pages of 100 joined as the sync stores them, 400 records
    a transaction) with ``store.ingest.store_page`` through the app's
    ``TeamCache``: conversations, people, cursor, search index, the
    members' triggers. The baseline writes the very rows that path wrote
    (read back, search text already normalised) with psycopg's
    ``executemany`` into another copy stripped to bare tables (secondary
    indexes, unique and foreign keys and triggers dropped, primary keys
    kept; the search index table with its generated ``tsvector`` columns
    and their GIN indexes kept), one transaction for each batch's new rows.
    (Until the third part of issue 21: a transaction a page of 100, and the
    baseline's rows re-cut into transactions of 100.)
12. Search: ``measure_search``'s 50 queries in its three forms (service
    newest first, 50; search box with the prefix form, 100; best match),
    through ``SearchService`` on the ``TeamCache``, against the bare query
    ``measure_search`` writes for SQLite (the same joins, filters, order and
    LIMIT), put into PostgreSQL's words by the store's dialect (parameters,
    ILIKE, the match as ``tsvector`` conditions, ``ts_rank``) and run
    on a plain psycopg connection; both must find the same messages.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench import measure_ingest, measure_search
from bench.common import Row, median, say, timed
from bench.corpus import ACCOUNTS, END
from bench.make_cache import ensure_cache
from desktop_inbox.records import Post
from desktop_inbox.sync.prefetch import BATCH_POSTS
from desktop_inbox.text import folding

PAGE = measure_ingest.PAGE


@contextmanager
def team_database(messages: int, seed: int) -> Iterator[tuple[Any, str]]:
    """(server, name of a database holding the N-message cache as a team's)."""
    import psycopg

    from desktop_inbox.store.pg import team
    from tests.helpers.postgres import running_cluster

    cache_file = ensure_cache(messages, seed)
    with running_cluster() as server:
        name = server.new_database()
        started = time.perf_counter()
        with psycopg.connect(**server.params(name), autocommit=True) as conn:
            team.move_in(conn, cache_file, key=None)
            conn.execute("VACUUM ANALYZE")  # (as autovacuum would have by the time anyone searches)
            # (And written out, as the checkpointer would have: else the
            # first query to need shared buffers writes the move's dirty
            # pages back itself, 2,500 of them for row 12's first tag query,
            # +30 ms, a cost of building the bench's database, not of a search.)
            conn.execute("CHECKPOINT")
        say(f"team database of {messages:,} messages in {time.perf_counter() - started:.1f}s")
        yield server, name


def _open(data_dir: Path, params: dict[str, Any]) -> Any:
    from desktop_inbox.store.pg.cache import TeamCache

    return TeamCache(data_dir, params)


# ---- 11. ingest ---------------------------------------------------------


def _ours(
    server: Any, name: str, pages: list[tuple[int, list[Post]]]
) -> tuple[float, list[tuple[object, ...]], list[str], list[int]]:
    from desktop_inbox.store import ingest
    from desktop_inbox.store.schema import database

    with tempfile.TemporaryDirectory(prefix="inbox-pg-bench-") as tmp, _open(Path(tmp), server.params(name)) as cache:
        ids = [r[0] for r in cache.call_read(lambda: database.execute_sql("SELECT id FROM account ORDER BY id").fetchall())]
        assert len(ids) == len(ACCOUNTS), "the team database holds the corpus's accounts"
        first = cache.call_read(lambda: database.execute_sql("SELECT coalesce(max(id), 0) FROM message").fetchone()[0])

        added: list[int] = []  # new messages per batch (the rest were in the database already)

        def store_all() -> None:
            for n, posts in pages:
                added.append(
                    ingest.store_page(
                        ids[n], "bench-ingest", posts, cursor=posts[-1].remote_id, exhausted=False, unread=True, now=END
                    ).added
                )

        seconds, _ = cache.call_write(timed, store_all)

        def written() -> tuple[list[str], list[tuple[object, ...]]]:
            columns = [
                r[0]
                for r in database.execute_sql(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = 'message' ORDER BY ordinal_position"
                ).fetchall()
            ]
            rows = database.execute_sql(
                f"SELECT {', '.join('m.' + c for c in columns)}, i.name, i.handle "
                "FROM message m JOIN identity i ON i.id = m.identity_id WHERE m.id > ? ORDER BY m.id",
                (first,),
            ).fetchall()
            return columns, rows

        columns, rows = cache.call_read(written)
    return seconds, rows, columns, added


def _strip(conn: Any) -> None:
    """Bare tables: only primary keys and the search index's own indexes left."""
    for table, constraint in conn.execute(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype IN ('f', 'u') "
        "AND connamespace = 'public'::regnamespace ORDER BY contype"  # (foreign keys first: they lean on the unique ones)
    ).fetchall():
        conn.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {constraint}")
    for (index,) in conn.execute(
        "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
        "WHERE NOT i.indisprimary AND t.relname <> 'message_fts' AND t.relnamespace = 'public'::regnamespace"
    ).fetchall():
        conn.execute(f"DROP INDEX {index}")
    for table, trigger in conn.execute(
        "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {trigger} ON {table}")


def _bare(server: Any, name: str, columns: list[str], rows: list[tuple[object, ...]], batches: list[int]) -> float:
    import psycopg

    width = len(columns)
    messages = [r[:width] for r in rows]
    text, time_key = columns.index("text"), columns.index("time_key")
    # The same normalised text as the store writes.
    fts = [(r[time_key], folding.index_text(str(r[text])), folding.index_text(f"{r[width]} {r[width + 1]}")) for r in rows]
    insert = f"INSERT INTO message ({', '.join(columns)}) VALUES ({', '.join(['%s'] * width)})"
    with psycopg.connect(**server.params(name), autocommit=True) as conn:
        _strip(conn)
        conn.execute("ANALYZE")

        def write_all() -> None:
            with conn.cursor() as cur:
                start = 0
                for size in batches:  # one transaction per batch, as the store committed them
                    if not size:
                        continue
                    with conn.transaction():
                        cur.executemany(insert, messages[start : start + size])
                        cur.executemany("INSERT INTO message_fts (rowid, body, author) VALUES (%s, %s, %s)", fts[start : start + size])
                    start += size

        seconds, _ = timed(write_all)
    return seconds


def run_ingest(server: Any, name: str, size: int, *, messages: int, reps: int) -> Row:
    pages = measure_ingest._batches(measure_ingest._pages(messages))
    ours: list[float] = []
    bare: list[float] = []
    count = 0
    for _rep in range(reps):
        copy = server.new_database(template=name)
        seconds, rows, columns, added = _ours(server, copy, pages)
        server.drop_database(copy)
        count = len(rows)
        ours.append(count / seconds)
        copy = server.new_database(template=name)
        bare.append(count / _bare(server, copy, columns, rows, added))
        server.drop_database(copy)
    ratio = median(ours) / median(bare)
    return Row(
        "11",
        f"PostgreSQL: ingest {count:,} messages (pages of {PAGE}, {BATCH_POSTS} a transaction) into the {size:,}-message team database (msg/s)",
        "msg/s",
        median(ours),
        None,
        median(bare),
        "bare executemany into the same rows and tsvector index, no other index",
        ratio,
        "ratio >= 0.5",
        ratio >= 0.5,
        reps,
        {"ours": [round(x) for x in ours], "bare": [round(x) for x in bare], "per_run_ratio": [round(o / b, 3) for o, b in zip(ours, bare, strict=True)]},
    )


# ---- 12. search ---------------------------------------------------------


def bare_sql(parsed: Any, form: str) -> tuple[str, list[object]]:
    """``measure_search.bare_sql`` in PostgreSQL's words (the dialect only
    translates: the query's shape, filters, order and LIMIT stay). Best
    match's candidates are scored by key, as a person would on PostgreSQL:
    FTS5's shape (a walk of the index over the candidates' range of keys)
    read every row of that range here, 100-300 ms where the app's took
    30-60, a baseline slower than it need be. Its candidates have no window,
    as the app's on PostgreSQL (``store.search_best``)."""
    from desktop_inbox.store.pg import dialect

    sql, params = measure_search.bare_sql(parsed, form, scores_by_key=True, window=False)
    return dialect.bind(sql, params)


def run_search(server: Any, name: str, size: int, *, reps: int) -> Row:
    import psycopg

    from desktop_inbox.services.search import SearchService

    forms, queries = measure_search.FORMS, measure_search.QUERIES
    ours: dict[tuple[str, str], list[float]] = {(f, q): [] for f in forms for q in queries}
    bare: dict[tuple[str, str], list[float]] = {(f, q): [] for f in forms for q in queries}
    found: dict[tuple[str, str], list[int]] = {}
    found_bare: dict[tuple[str, str], list[int]] = {}

    async def through_service(cache: Any) -> None:
        searching = SearchService(cache)
        await searching.page("warm up")  # the reader thread's connection
        for _ in range(reps):
            for form in forms:
                for q in queries:
                    parsed = measure_search._parsed(q, form)
                    start = time.perf_counter()
                    hits = await searching.page(parsed, order=measure_search._order(form), limit=measure_search._limit(form))
                    ours[(form, q)].append((time.perf_counter() - start) * 1000)
                    found[(form, q)] = [h.message_id for h in hits]

    with tempfile.TemporaryDirectory(prefix="inbox-pg-bench-") as tmp, _open(Path(tmp), server.params(name)) as cache:
        asyncio.run(through_service(cache))
    with psycopg.connect(**server.params(name), autocommit=True) as conn:
        # The same settings as the app's connections (store.pg.database):
        # each statement planned for its values, no parallel workers.
        conn.execute("SET plan_cache_mode = force_custom_plan")
        conn.execute("SET max_parallel_workers_per_gather = 0")
        for _ in range(reps):
            for form in forms:
                for q in queries:
                    start = time.perf_counter()
                    sql, params = bare_sql(measure_search._parsed(q, form), form)
                    rows = conn.execute(sql, params).fetchall()
                    bare[(form, q)].append((time.perf_counter() - start) * 1000)
                    found_bare[(form, q)] = [r[0] for r in rows]
    figures = measure_search.figures(ours, bare, found, found_bare)
    return Row(
        "12",
        f"PostgreSQL: search the {size:,}-message team database, {len(queries)} queries x {len(forms)} forms "
        "(ms per query; p95 = worst query's p95, max beside)",
        "ms",
        figures.median,
        figures.worst_p95,
        figures.bare_median,
        "bare PostgreSQL, same limit, order, filters",
        figures.ratio,
        f"every max <= {measure_search.MAX_MS:.0f} ms (worst {figures.worst_max:.1f}), ratio <= {measure_search.RATIO}",
        figures.holds,
        reps,
        figures.details,
        max=figures.worst_max,
    )


def run(*, messages: int, ingest: int, reps: int, seed: int = 1) -> list[Row]:
    with team_database(messages, seed) as (server, name):
        rows = [run_search(server, name, messages, reps=reps)]
        rows.insert(0, run_ingest(server, name, messages, messages=ingest, reps=reps))
    return rows
