"""peewee's PostgreSQL database (psycopg 3) that takes the store's SQLite SQL.

The store's hand-written statements come through ``execute_sql`` (and a
cursor's ``executemany``) and are rewritten by ``dialect``; the statements
peewee builds from the models are PostgreSQL's already and pass as they are.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import peewee as pw

from desktop_inbox.store.pg import dialect


def _hand_psycopg_to_peewee() -> None:
    """peewee was imported without a PostgreSQL driver (see ``store``): give
    it psycopg now, as its own import would have."""
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    names = vars(pw)
    if names.get("psycopg") is None:
        names.update(psycopg=psycopg, TransactionStatus=TransactionStatus, Json_pg3=Json, Jsonb_pg3=Jsonb)


_hand_psycopg_to_peewee()

# The advisory lock of the store's write transactions (any constant will do).
WRITE_LOCK = 0x1D_B0_28

# What a search statement has (``fts.condition``).
_MATCH = " @@ "

# psycopg's errors as peewee's (IntegrityError, ...), as execute_sql raises them.
_AS_PEEWEE_ERRORS: Any = vars(pw)["__exception_wrapper__"]


class TeamDatabase(pw.PostgresqlDatabase):
    def init(self, *args: Any, **kwargs: Any) -> None:
        super().init(*args, **kwargs)
        # The store's statements as ``dialect.bulk`` writes them (by SQLite
        # text), and the column types they cast their arrays to (by table).
        self._bulk_sql: dict[str, str] = {}
        self._column_types: dict[str, dict[str, str]] = {}

    def bulk_sql(self, sql: str, found: dialect.Bulk, conn: Any) -> str:
        text = self._bulk_sql.get(sql)
        if text is None:
            types = self._column_types.get(found.table)
            if types is None:
                types = self._column_types[found.table] = dict(
                    conn.execute(
                        "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute "
                        "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
                        (found.table,),
                    ).fetchall()
                )
            text = self._bulk_sql[sql] = found.sql(types)
        return text

    @contextlib.contextmanager
    def batched(self) -> Iterator[None]:
        """Inside a transaction: statements whose results are not read go
        to the server together (psycopg's pipeline mode), one round trip for
        a page's writes instead of one each; a read still waits for its
        answer. An error of one of them is raised by the next read, or when
        the block ends (as peewee's, inside the caller's transaction)."""
        with _AS_PEEWEE_ERRORS, self.connection().pipeline():
            yield

    def execute_sql(self, sql: str, params: Sequence[object] | None = None) -> Any:
        text, values = dialect.bind(sql, params)
        return super().execute_sql(text, values)

    def _initialize_connection(self, conn: Any) -> None:
        # No parallel workers: the store's statements are short and bounded,
        # a worker's start costs more than it saves, and the newest-first
        # search relies on UNION ALL running its parts in order (a parallel
        # Append interleaves them: ``store.search_walk``).
        conn.execute("SET max_parallel_workers_per_gather = 0")
        # What the connection's first search would pay otherwise, paid on
        # the store's thread as it connects: opening the case-blind
        # collation's ICU collator (9-13 ms, once per connection: a tag:
        # filter's) and loading the search configuration's dictionaries
        # (~3 ms). Measured on PostgreSQL 15, bench/ row 12. (A database
        # the team's migrations have not made yet has neither.)
        ready = conn.execute(
            "SELECT EXISTS (SELECT FROM pg_collation WHERE collname = 'nocase') "
            "AND EXISTS (SELECT FROM pg_ts_config WHERE cfgname = 'inbox')"
        ).fetchone()[0]
        if ready:
            conn.execute("SELECT 'a' = 'A' COLLATE nocase, to_tsquery('inbox', 'a')")

    def execute(self, query: Any, **context_options: Any) -> Any:
        ctx = self.get_sql_context(**context_options)
        sql, params = ctx.sql(query).query()
        return pw.PostgresqlDatabase.execute_sql(self, sql, params)

    def cursor(self, named_cursor: Any = None) -> Any:
        return _Cursor(super().cursor(), self)

    def begin(self, lock_type: str | None = None) -> None:
        if lock_type is None:
            super().begin()
            return
        # SQLite's "IMMEDIATE" (take the write lock now): the store's write
        # transactions that read before they write (the next free time
        # key, a conversation found or started) go one at a time across
        # every member's app, as in one SQLite file; other statements
        # are not held up. (Both in one round trip: a sync page's.)
        with _AS_PEEWEE_ERRORS:
            self.cursor().execute(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK:d})")


class _Cursor:
    """A cursor whose ``executemany`` takes the store's SQLite SQL (peewee
    runs its own statements through ``execute``, which stays as it is)."""

    def __init__(self, raw: Any, database: TeamDatabase) -> None:
        self._raw = raw
        self._database = database

    def execute(self, sql: str, params: Sequence[object] | None = None) -> Any:
        # A search (a tsvector match) is planned for its own words every
        # time, never prepared: psycopg prepares a statement run five
        # times, and PostgreSQL may then keep one generic plan for every
        # value, which cannot know how common the words are. (Not every
        # statement: planning each of ingest's many small ones anew cost a
        # quarter of its speed, bench/ row 11.)
        return self._raw.execute(sql, params, prepare=False if _MATCH in sql else None)

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> Any:
        rows = rows if isinstance(rows, list) else list(rows)
        if not rows:
            return self._raw
        with _AS_PEEWEE_ERRORS:
            # Many rows of a plain INSERT or UPDATE: one statement over their
            # values (``dialect.bulk``), not one execution a row (each with
            # its statement triggers: the change log, NOTIFY).
            found = dialect.bulk(sql) if len(rows) > 1 else None
            if found is not None and found.fits(rows):
                text = self._database.bulk_sql(sql, found, self._raw.connection)
                return self._raw.execute(text, found.arrays(rows))
            batch = [dialect.bind(sql, row) for row in rows]
            return self._raw.executemany(batch[0][0], [values for _, values in batch])

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __iter__(self) -> Any:
        return iter(self._raw)
