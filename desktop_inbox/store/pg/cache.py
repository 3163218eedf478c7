"""Opening a team's PostgreSQL database as the store's cache.

The same two threads as the local cache (one writer, one reader, each with
its own connection), so everything above runs unchanged; no file, no
checkpoints (the server keeps its own log).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import peewee as pw

from desktop_inbox.errors import TeamUnreachable
from desktop_inbox.store import backend
from desktop_inbox.store.db import Cache, secure_dir, share_the_lock_often
from desktop_inbox.store.pg import migrations, team
from desktop_inbox.store.schema import database
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.store")

P = ParamSpec("P")
T = TypeVar("T")


class Parked(TeamUnreachable):
    """A call refused before it reached the server (``TeamCache.park``):
    nothing of it ran, so it may be made again elsewhere."""


class TeamCache(Cache):
    """``Cache`` on the PostgreSQL database ``params`` name (psycopg's
    connection parameters: dbname, host, port, user, password, sslmode)."""

    shared = True

    def __init__(self, data_dir: Path, params: dict[str, Any]) -> None:
        self.data_dir = secure_dir(Path(data_dir))
        self.path = self.data_dir / "team"
        self.key = None
        share_the_lock_often()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-write")
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-read")
        self._closed = False
        self._checkpointer = None
        # (A connection of its own leads accounts: store.pg.leadership.)
        self.params = dict(params)
        self.where = f"{params.get('host') or 'localhost'}:{params.get('port', 5432)}/{params.get('dbname', '')}"
        # Told (on the thread that noticed) when the server is found gone.
        self.on_lost: Callable[[], None] | None = None
        self._parked = False
        self._bind()
        # The reader connects while the writer migrates: the first page read
        # waits for neither its connection nor what a connection does as it
        # opens (``TeamDatabase._initialize_connection``). A failure here is
        # the first read's to report.
        self._reader.submit(_connect_quietly)
        try:
            self.started_at_version = self.call_write(lambda: migrations.migrate(database.connection()))
        except BaseException:
            self.close()
            raise

    def _bind(self) -> None:
        connect = dict(self.params)
        backend.use_postgres(str(connect.pop("dbname")), connect_timeout=10, **connect)

    @property
    def parked(self) -> bool:
        return self._parked

    def park(self, *, drain_s: float = 5.0) -> None:
        """Stop using the server (it went away; the app reads this computer's
        copy meanwhile): every call from now raises ``Parked`` at once,
        without a connection; the calls already running end first (at most
        ``drain_s`` each thread), so none of them runs on what the store's
        database is re-bound to next."""
        self._parked = True
        for executor in (self._writer, self._reader):
            with contextlib.suppress(Exception):
                executor.submit(lambda: None).result(timeout=drain_s)

    def resume(self) -> None:
        """The server is back: the store's database is this one again."""
        self._bind()
        self._parked = False

    def _guarded(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        if self._parked:
            raise Parked(
                QT_TRANSLATE_NOOP("Errors", "Team server unreachable ({where}): {reason}"),
                where=self.where,
                reason="reading this computer's copy until it is back",
            )
        try:
            return super()._guarded(fn, *args, **kwargs)
        except (pw.OperationalError, pw.InterfaceError) as exc:
            if not _connection_lost():
                raise
            if self.on_lost is not None:
                with contextlib.suppress(Exception):
                    self.on_lost()
            # The transaction never committed: nothing half-written stays.
            # The next call connects afresh (the server may be back by then).
            with contextlib.suppress(Exception):
                database.close()
            if not database.is_closed():
                _state().reset()  # (peewee would hand the broken one out again)
            raise TeamUnreachable(
                QT_TRANSLATE_NOOP("Errors", "Team server unreachable ({where}): {reason}"),
                where=self.where,
                reason=team.reason(exc),
            ) from None

    def close(self, *, checkpoint: bool = False) -> None:
        super().close(checkpoint=False)


def _connect_quietly() -> None:
    with contextlib.suppress(Exception):
        database.connect(reuse_if_open=True)


def _connection_lost() -> bool:
    """This thread's connection is closed or broken (or never opened)."""
    conn = _state().conn
    return conn is None or bool(conn.closed) or bool(getattr(conn, "broken", False))


def _state() -> Any:
    """peewee's connection state of this thread."""
    return vars(database)["_state"]
