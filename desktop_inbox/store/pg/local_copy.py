"""A member's offline copy of the team database: a local SQLite cache with
the team's rows, for reading and searching on a plane.

The first refresh copies every table; later ones copy only the rows the
team's change log (``change_log``, written by PostgreSQL's own triggers:
``store.pg.migrations.AFTER``) names since the copy's last snapshot, so a
refresh costs what changed, not what there is. Each refresh reads one
repeatable-read snapshot of the team database and writes the copy in one
SQLite transaction: a copy is always whole, as of one moment.

"Since the last snapshot" is asked by transaction, not by number: a log row
belongs to the copy's next refresh when its transaction was not visible to
the last one (``pg_visible_in_snapshot``), so a transaction that commits
after a later one is not skipped.

Replies written while the server is away wait in the copy's own outbox rows,
numbered from ``LOCAL_IDS`` up so that no id of the team's can reach them;
``hand_over`` moves them into the shared outbox once the server is back.
"""

from __future__ import annotations

import itertools
import json
import logging
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_inbox.errors import NotFound, StoreError, TeamUnreachable
from desktop_inbox.store import cipher, index_words, migrations
from desktop_inbox.store.db import CACHE_FILE, Cache
from desktop_inbox.store.outbox_media import StagedMedia
from desktop_inbox.store.pg.team import TABLES, index_rows, reason
from desktop_inbox.store.schema import database
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.store")

COPY_DIR = "team-copy"  # in the data folder: a local cache folder of its own
# A change log older than this is pruned; a copy older than it copies all again.
KEEP_DAYS = 7
# Outbox ids of replies written in the copy (offline): far above any the team hands out.
LOCAL_IDS = 1 << 50
_MARK = "offline-copy-ids"
_PAGE = 2000


@dataclass(frozen=True, slots=True)
class Refreshed:
    full: bool  # every row copied (the first time, or after a long time away)
    rows: int  # rows written into the copy
    seconds: float


def refresh(pg: Any, copy_path: Path, *, key: str | None = None, now: float | None = None) -> Refreshed:
    """Bring the copy at ``copy_path`` up to the team database on ``pg`` (a
    psycopg connection, not in a transaction)."""
    started = time.perf_counter()
    now = time.time() if now is None else now
    lite = _open(copy_path, key)
    try:
        with pg.transaction():
            pg.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            snapshot = str(pg.execute("SELECT pg_current_snapshot()::text").fetchone()[0])
            state = _state(lite)
            full = state is None or now - state[1] > KEEP_DAYS * 86400 - 3600
            lite.execute("BEGIN IMMEDIATE")
            try:
                rows = _copy_all(pg, lite) if state is None or full else _copy_changes(pg, lite, state[0])
                lite.execute(
                    "INSERT OR REPLACE INTO team_copy (id, snapshot, refreshed_at) VALUES (1, ?, ?)", (snapshot, now)
                )
                lite.execute("COMMIT")
            except BaseException:
                lite.execute("ROLLBACK")
                raise
    finally:
        lite.close()
    done = Refreshed(full, rows, time.perf_counter() - started)
    log.info("team copy refreshed (%s): %d rows in %.2f s", "all" if full else "changes", rows, done.seconds)
    return done


def prune(pg: Any) -> int:
    """Forget changes older than ``KEEP_DAYS`` (copies that old copy all)."""
    with pg.transaction():
        cursor = pg.execute("DELETE FROM change_log WHERE at < now() - make_interval(days => %s)", (KEEP_DAYS,))
    return int(cursor.rowcount or 0)


def refreshed_at(copy_path: Path, *, key: str | None = None) -> float | None:
    """When the copy was last brought up to date (None: never)."""
    if not copy_path.exists():
        return None
    lite = _open(copy_path, key)
    try:
        state = _state(lite)
    finally:
        lite.close()
    return None if state is None else state[1]


def connect(params: dict[str, Any]) -> Any:
    """A connection of its own to the team database (psycopg's ``params``)."""
    import psycopg

    try:
        return psycopg.connect(**params, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise TeamUnreachable(
            QT_TRANSLATE_NOOP("Errors", "The team server is unreachable: {reason}"), reason=reason(exc)
        ) from None


def copy_path(data_dir: Path) -> Path:
    return Path(data_dir) / COPY_DIR / CACHE_FILE


def hand_over(cache: Cache, copy: Path, *, key: str | None = None) -> int:
    """Queue the replies written in the copy (offline) in the team's outbox
    on ``cache`` (the team database, open again), through the store's own
    path: the conversation's state follows, and the team records who wrote
    them. Each goes once: it keeps the key it was given in the copy, and a
    key already in the team's outbox (a hand-over cut short between the two
    commits) is not queued again; one still in its undo window waits for
    its end there too, and one taken back on the copy goes nowhere. Their
    pictures go with them, and the drafts typed on the copy (the newer of
    the two wins). One whose conversation left the team meanwhile stays in
    the copy (logged) and holds none of the others back. Returns how many
    replies went over."""
    if not copy.exists():
        return 0
    lite = _open(copy, key)
    try:
        local = list(
            lite.execute(
                """SELECT id, key, conversation_id, text, kind, send_at, not_before, state, created_at
                   FROM outbox WHERE id > ? ORDER BY id""",
                (LOCAL_IDS,),
            )
        )
        pictures: dict[int, list[StagedMedia]] = {}
        for outbox_id, *picture in lite.execute(
            """SELECT outbox_id, file, alt, content_type, bytes, width, height FROM outbox_media
               WHERE outbox_id > ? ORDER BY outbox_id, position""",
            (LOCAL_IDS,),
        ):
            pictures.setdefault(outbox_id, []).append(StagedMedia(*picture))
        queued = handed = 0
        done: list[int] = []  # (gone over, or taken back: out of the copy)
        for item_id, item_key, conversation_id, text, kind, send_at, not_before, state, created_at in local:
            if state != "queued":
                done.append(item_id)
                continue  # taken back (undone, cancelled) on the copy: it goes nowhere
            try:
                queued += cache.call_write(
                    _adopt, item_key, conversation_id, text, kind == "direct", send_at, not_before,
                    pictures.get(item_id, ()), created_at,
                )  # fmt: skip
            except NotFound:
                # Its conversation is gone from the team meanwhile: it stays in
                # the copy, and the others go (it held them all back).
                log.warning("a reply written offline stays in the copy: its conversation %d is gone", conversation_id)
                continue
            handed += 1
            done.append(item_id)
        # Drafts typed offline (since the copy was last refreshed): the newer one wins.
        state = _state(lite)
        since = int(state[1] * 1000) if state else 0
        for draft in list(lite.execute("SELECT conversation_id, text, kind, updated_at FROM draft WHERE updated_at > ?", (since,))):
            cache.call_write(_adopt_draft, *draft)
        if done:
            ids = done
            marks = ", ".join("?" * len(ids))
            lite.execute("BEGIN IMMEDIATE")
            lite.execute(f"DELETE FROM outbox_media WHERE outbox_id IN ({marks})", ids)
            lite.execute(f"DELETE FROM outbox WHERE id IN ({marks})", ids)
            lite.execute("COMMIT")
            log.info("handed %d replies written offline to the team's outbox (%d new)", handed, queued)
        return handed
    finally:
        lite.close()


def _adopt(
    key: str,
    conversation_id: int,
    text: str,
    direct: bool,
    send_at: int | None,
    not_before: int | None = None,
    pictures: Sequence[StagedMedia] = (),
    written_at: int | None = None,
) -> int:
    from desktop_inbox.store import outbox
    from desktop_inbox.store.schema import from_ms

    if database.execute_sql("SELECT 1 FROM outbox WHERE key = ?", (key,)).fetchone():
        return 0
    later = from_ms(send_at) if send_at is not None else None
    now = datetime.now(UTC)
    # A reply handed over within its undo window still waits for its end.
    undo_left = from_ms(not_before) - now if not_before is not None else timedelta(0)
    outbox.queue_reply(
        conversation_id, text, direct=direct, send_at=later if later and later > now else None, key=key,
        delay=max(undo_left, timedelta(0)), media=pictures,  # (their files: the same media folder)
    )
    if written_at is not None:  # (its draft was deleted on the copy; the team's older one goes too)
        database.execute_sql("DELETE FROM draft WHERE conversation_id = ? AND updated_at <= ?", (conversation_id, written_at))
    return 1


def _adopt_draft(conversation_id: int, text: str, kind: str, updated_at: int) -> None:
    """A draft typed on the copy, unless the team holds a newer one."""
    from desktop_inbox.store import drafts
    from desktop_inbox.store.schema import from_ms

    if not database.execute_sql("SELECT 1 FROM conversation WHERE id = ?", (conversation_id,)).fetchone():
        return  # (gone from the team meanwhile)
    row = database.execute_sql("SELECT updated_at FROM draft WHERE conversation_id = ?", (conversation_id,)).fetchone()
    if row is None or row[0] < updated_at:
        drafts.save(conversation_id, text, kind, now=from_ms(updated_at))


class OfflineCopy(Cache):
    """The copy opened as the store's cache while the team server is away:
    read and search everything; write replies (and drafts), which wait for
    the server (``hand_over``); anything else is refused in one clear line."""

    offline = True
    # A reply written here also marks its conversation read and waiting.
    _WRITABLE = frozenset({"outbox", "outbox_media", "draft", "conversation"})
    # What changes a conversation for the whole team: for when it is back.
    _REFUSED = frozenset({"mark_done", "reopen", "snooze"})

    def __init__(self, data_dir: Path, *, key_provider: Any = None) -> None:
        super().__init__(Path(data_dir) / COPY_DIR, key_provider=key_provider)
        self.refreshed_at = self.call_write(self._prepare)
        self.call_read(self._guard)

    def _prepare(self) -> float | None:
        conn = database.connection()
        conn.execute("CREATE TABLE IF NOT EXISTS team_copy (id INTEGER PRIMARY KEY, snapshot TEXT, refreshed_at REAL)")
        # A reply written here takes an id above the team's. SQLite numbers
        # a row one past the highest: while none is that high, a mark row
        # at LOCAL_IDS is put in just before the reply's row and taken out
        # just after it, in the same statement (temporary triggers of this
        # connection), so no reader, list or refresh ever sees one. (Copies
        # made before kept a cancelled mark row for good: it goes.)
        conn.execute(f"DELETE FROM outbox WHERE id = {LOCAL_IDS}")
        # The copy's writer keeps no foreign keys: a reply taken back may drop
        # the conversation it started (``outbox.drop_if_unused``), and the
        # cascade to tables this copy does not write would have the whole
        # statement refused (``_authorize``); the next refresh puts back
        # whatever the team has.
        conn.execute("PRAGMA foreign_keys = OFF")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(outbox)")]
        rest = [c for c in columns if c not in ("id", "key", "state")]
        conn.execute(
            f"""CREATE TEMP TRIGGER IF NOT EXISTS offline_ids_floor BEFORE INSERT ON outbox
            WHEN (NEW.id IS NULL OR NEW.id < 0) AND coalesce((SELECT max(id) FROM outbox), 0) < {LOCAL_IDS}
            BEGIN
                INSERT INTO outbox (id, key, state, {", ".join(rest)})
                VALUES ({LOCAL_IDS}, '{_MARK}', 'cancelled', {", ".join("NEW." + c for c in rest)});
            END"""
        )
        conn.execute(
            f"""CREATE TEMP TRIGGER IF NOT EXISTS offline_ids_mark AFTER INSERT ON outbox WHEN NEW.id > {LOCAL_IDS}
            BEGIN DELETE FROM outbox WHERE id = {LOCAL_IDS}; END"""
        )
        row = conn.execute("SELECT refreshed_at FROM team_copy WHERE id = 1").fetchone()
        self._guard()
        return None if row is None else float(row[0])

    def _guard(self) -> None:
        database.connection().set_authorizer(self._authorize)

    def _authorize(self, action: int, table: str | None, *_: Any) -> int:
        writes = action in (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE)
        if writes and table and table not in self._WRITABLE and not table.startswith("sqlite_"):
            return sqlite3.SQLITE_DENY
        # A conversation started here would take an id the team may give
        # another customer's meanwhile: its reply would be handed over there.
        if action == sqlite3.SQLITE_INSERT and table == "conversation":
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    def _guarded(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(fn, "__module__", "") == "desktop_inbox.store.conversations" and fn.__name__ in self._REFUSED:
            raise self._refusal()
        try:
            return super()._guarded(fn, *args, **kwargs)
        except Exception as exc:
            if "not authorized" not in f"{exc} {exc.__cause__} {exc.__context__}":
                raise
            if getattr(fn, "__module__", "") == "desktop_inbox.store.channels" and fn.__name__ == "start":
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The team server is unreachable: a new conversation with this customer can be started once it is back. Answer in a conversation you already have with them, or try again then.",
                    )
                ) from None
            raise self._refusal() from None

    @staticmethod
    def _refusal() -> StoreError:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The team server is unreachable: this computer's copy of the team's inbox is for reading (and writing replies, which go out once it is back). Try this again then.",
            )
        )


def _open(path: Path, key: str | None) -> sqlite3.Connection:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    lite = cipher.connect(path, key=key)
    lite.isolation_level = None
    migrations.migrate(lite)
    lite.execute("CREATE TABLE IF NOT EXISTS team_copy (id INTEGER PRIMARY KEY, snapshot TEXT, refreshed_at REAL)")
    return lite


def _state(lite: sqlite3.Connection) -> tuple[str, float] | None:
    row = lite.execute("SELECT snapshot, refreshed_at FROM team_copy WHERE id = 1").fetchone()
    return None if row is None else (str(row[0]), float(row[1]))


def _columns(lite: sqlite3.Connection, table: str) -> tuple[list[str], list[str]]:
    """A table's columns and its key's, as the copy has them."""
    info = list(lite.execute(f"PRAGMA table_info({table})"))
    key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
    return [r[1] for r in info], key


def _copy_all(pg: Any, lite: sqlite3.Connection) -> int:
    written = 0
    for table in TABLES:
        columns, _key = _columns(lite, table)
        keep = table == "outbox"  # (replies written offline, not handed over yet)
        lite.execute(f"DELETE FROM {table}" + (f" WHERE id <= {LOCAL_IDS}" if keep else ""))
        written += _insert(lite, table, columns, _select(pg, table, columns))
    lite.execute("INSERT INTO message_fts (message_fts) VALUES ('delete-all')")
    rows = index_rows(lite)
    while chunk := list(itertools.islice(rows, 5000)):
        _index(lite, chunk)
    return written


def _index(lite: sqlite3.Connection, rows: list[tuple[int, str, str]]) -> None:
    """Index messages in the copy: the search index and its list of words."""
    lite.executemany("INSERT INTO message_fts (rowid, body, author) VALUES (?, ?, ?)", rows)
    index_words.remember(lite, rows)


def _copy_changes(pg: Any, lite: sqlite3.Connection, since: str) -> int:
    changed: dict[str, list[dict[str, Any]]] = defaultdict(list)
    rows = pg.execute(
        """
        SELECT tbl, pk FROM change_log
        WHERE xid >= pg_snapshot_xmin(%s::pg_snapshot) AND NOT pg_visible_in_snapshot(xid, %s::pg_snapshot)
        """,
        (since, since),
    )
    for table, pk in rows:
        changed[table].append(pk if isinstance(pk, dict) else json.loads(pk))
    written = 0
    for table in TABLES:  # (in TABLES' order: a message's identity is there before its index row)
        named = changed.get(table)
        if not named:
            continue
        columns, key = _columns(lite, table)
        keys_list = sorted({tuple(k[c] for c in key) for k in named}, key=repr)
        if table == "message":
            _unindex(lite, [k[0] for k in keys_list])
        for chunk in _chunks(keys_list, 500):
            where = " OR ".join("(" + " AND ".join(f"{c} = ?" for c in key) + ")" for _ in chunk)
            lite.execute(f"DELETE FROM {table} WHERE {where}", [v for k in chunk for v in k])
            found = list(_select(pg, table, columns, key=key, keys=chunk))
            written += _insert(lite, table, columns, found)
            if table == "message" and found:
                ids = [row[columns.index("id")] for row in found]
                _index(lite, list(index_rows(lite, ids=ids)))
    return written


def _unindex(lite: sqlite3.Connection, message_ids: Sequence[int]) -> None:
    """Take changed messages out of the search index (a contentless FTS5
    table forgets a row given the values it indexed: the copy's old ones)."""
    for chunk in _chunks(list(message_ids), 500):
        lite.executemany(
            "INSERT INTO message_fts (message_fts, rowid, body, author) VALUES ('delete', ?, ?, ?)",
            list(index_rows(lite, ids=chunk)),
        )


def _select(
    pg: Any, table: str, columns: list[str], *, key: list[str] | None = None, keys: Sequence[tuple[Any, ...]] = ()
) -> Iterator[tuple[Any, ...]]:
    names = ", ".join(columns)
    if key is None:
        cursor = pg.cursor(name=f"copy_{table}")  # server-side: a big table is not read into memory at once
        cursor.execute(f"SELECT {names} FROM {table}")
    else:
        cursor = pg.cursor()
        rows = ", ".join("(" + ", ".join(["%s"] * len(key)) + ")" for _ in keys)
        cursor.execute(
            f"SELECT {names} FROM {table} WHERE ({', '.join(key)}) IN ({rows})", [v for k in keys for v in k]
        )
    while batch := cursor.fetchmany(_PAGE):
        yield from batch
    cursor.close()


def _insert(lite: sqlite3.Connection, table: str, columns: list[str], rows: Iterable[tuple[Any, ...]]) -> int:
    before = lite.total_changes
    lite.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows
    )
    return lite.total_changes - before


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
