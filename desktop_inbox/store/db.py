"""Opening the cache and running database work off the caller's thread.

All writes go through one writer thread and all reads through one reader
thread, each with its own SQLite connection (peewee keeps one per thread). In
WAL mode a read never waits for a write, so the UI stays responsive while a
sync stores a large page; and the single writer means no two writes race.
A third thread copies the WAL back into the file (``store.checkpoint``).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

import peewee as pw

from desktop_inbox.errors import CacheDamaged, DiskFull, StoreError
from desktop_inbox.store import backend, cipher, health, migrations
from desktop_inbox.store.checkpoint import Checkpointer
from desktop_inbox.store.handle import database
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.store")

P = ParamSpec("P")
T = TypeVar("T")

CACHE_FILE = "cache.sqlite3"

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # WAL with synchronous=NORMAL is durable across application crashes (the
    # crash-safety tests kill -9 the sync) and only risks the last commits on
    # a power cut, never corruption.
    "synchronous": 1,
    "busy_timeout": 10_000,
    "cache_size": -16_000,  # 16 MB page cache per connection
    "temp_store": 2,
    # The writer checkpoints the WAL itself only once it holds 64 MB (not
    # the default 4 MB); until then store.checkpoint does it off its thread.
    # A sync storing history into a big cache writes ~30 MB a second (each
    # page's messages land on index pages all over the file): a bound of
    # 16 MB was crossed between two of the thread's checkpoints, and the
    # writer then copied and synced the WAL itself, inside a page's commit
    # (up to a third of ingest's time; bench/, measurement 1).
    "wal_autocheckpoint": 16_000,
}


# How long a thread may keep Python's lock while another waits for it.
SWITCH_INTERVAL = 0.0002


def share_the_lock_often() -> None:
    """The event loop and the cache's threads share Python's lock, and each
    comes back from SQLite or a socket needing it: with Python's default
    interval (5 ms) the one coming back waited up to that long at each
    return while the other ran Python (a sync's store, waiting on the event
    loop reading the next pages; the event loop, waiting on a store). At
    0.2 ms the first sync of 10,000 mentions took ~10 % less (bench/,
    measurement 7), and the interface gets the lock back as soon."""
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))


def secure_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


def translate_error(exc: BaseException) -> BaseException:
    """Turn SQLite's environment failures into known, explainable errors.

    The cause may sit deeper in the chain: when a COMMIT fails for a full
    disk, SQLite has already rolled back, so peewee's own ROLLBACK fails
    ("no transaction is active") while handling the real error.
    """
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            break
        known = _translate_one(seen)
        if known is not seen:
            return known
        seen = seen.__context__
    return exc


def _translate_one(exc: BaseException) -> BaseException:
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk is full: the cache could not be written. Free some space; nothing already saved was lost.",
            )
        )
    if health.is_damage(exc):
        return CacheDamaged(QT_TRANSLATE_NOOP("Errors", "The cache file is damaged ({exc})."), exc=exc)
    if "disk i/o error" in text:
        # SQLite says "full" only for ENOSPC; a quota or file-size limit
        # (EFBIG, EDQUOT) arrives as a write error.
        return StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The cache could not be written (disk I/O error): the disk may be full or failing. Nothing already saved was lost; syncing resumes once it can write again.",
            )
        )
    if "readonly" in text or "unable to open" in text:
        return StoreError(QT_TRANSLATE_NOOP("Errors", "The cache could not be written ({exc})."), exc=exc)
    return exc


class Cache:
    """The open cache: one writer thread, one reader thread.

    ``key_provider`` is asked for the SQLCipher key only when the file is
    encrypted (``store.cipher``). Opening checks the file cheaply
    (``store.health``) and raises CacheDamaged for a damaged one.

    ``one_thread``: every job runs on the caller's thread, on one connection,
    and no checkpoint thread runs: for a command-line command that reads a
    page and ends (``cli``), where three threads would cost more (their
    start, and a hand-over each way per job on a busy machine) than the work.

    ``on_migrate``: told before each migration step (``migrations.migrate``).
    """

    # A team's shared database (store.pg.cache.TeamCache), not a local file.
    shared = False
    _one_thread = False

    def __init__(
        self,
        data_dir: Path,
        *,
        key_provider: Callable[[], str | None] | None = None,
        check: bool = True,
        one_thread: bool = False,
        on_migrate: Callable[[int, int, int], None] | None = None,
    ) -> None:
        self.data_dir = secure_dir(Path(data_dir))
        self.path = self.data_dir / CACHE_FILE
        self.key: str | None = None
        if self.path.is_dir():
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not the cache file; move it out of the data folder."),
                path=self.path,
            )
        if check:
            noted = health.damage_noted(self.data_dir)
            if noted:
                raise CacheDamaged(
                    QT_TRANSLATE_NOOP("Errors", "The cache was found damaged while in use ({noted})."), noted=noted
                )
        if cipher.looks_encrypted(self.path):
            self.key = key_provider() if key_provider is not None else None
            if self.key is None:
                raise CacheDamaged(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The cache file cannot be read: it is damaged, or encrypted with a key that is not in this keyring.",
                    )
                )
        elif check:
            health.check_header(self.path)
        self._one_thread = one_thread
        if not one_thread:
            from concurrent.futures import ThreadPoolExecutor

            share_the_lock_often()

            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-write")
            self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-read")
        self._closed = False
        self._checkpointer: Checkpointer | None = None
        backend.use_sqlite()
        database.key = self.key
        database.init(str(self.path), pragmas=PRAGMAS, timeout=10)
        # Create the file with owner-only permissions before SQLite does.
        if not self.path.exists():
            fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        try:
            if check:
                self.call_write(lambda: health.probe(database.connection()))
            self.call_write(self._migrate, on_migrate)
        except BaseException:
            self.close(checkpoint=False)
            raise
        if not one_thread:
            self._checkpointer = Checkpointer()

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def _migrate(self, on_step: Callable[[int, int, int], None] | None = None) -> None:
        conn = database.connection()
        started = migrations.migrate(conn, on_step=on_step)
        if started != migrations.LATEST:
            log.info("cache schema %d -> %d", started, migrations.LATEST)
        for suffix in ("-wal", "-shm"):
            side = Path(str(self.path) + suffix)
            if side.exists():
                with contextlib.suppress(OSError):
                    os.chmod(side, 0o600)

    # -- running work ---------------------------------------------------

    def _guarded(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        database.connect(reuse_if_open=True)
        failures: tuple[type[BaseException], ...] = (*cipher.db_errors(), pw.PeeweeException)
        try:
            return fn(*args, **kwargs)
        except failures as exc:
            known = translate_error(exc)
            if isinstance(known, CacheDamaged):
                health.mark_damaged(self.data_dir, str(exc))
            if known is exc:
                raise
            raise known from exc

    async def write(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn`` on the writer thread and await its result (without an
        event loop: wait for it, see ``no_event_loop``)."""
        if self._one_thread or no_event_loop():
            return self.call_write(fn, *args, **kwargs)
        import asyncio  # (loaded by then; the app paints its first page before it loads)

        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, functools.partial(self._write_job, fn, *args, **kwargs))

    async def read(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn`` on the reader thread and await its result (without an
        event loop: wait for it, see ``no_event_loop``)."""
        if self._one_thread or no_event_loop():
            return self.call_read(fn, *args, **kwargs)
        import asyncio

        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._reader, functools.partial(self._guarded, fn, *args, **kwargs))

    def call_write(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Blocking variant for the command line and start-up."""
        if self._one_thread:
            return self._write_job(fn, *args, **kwargs)
        return self._writer.submit(functools.partial(self._write_job, fn, *args, **kwargs)).result()

    def _write_job(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        if self._checkpointer is None:  # (opening: checks and migrations)
            return self._guarded(fn, *args, **kwargs)
        with self._checkpointer.writing():
            return self._guarded(fn, *args, **kwargs)

    def call_read(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        if self._one_thread:
            return self._guarded(fn, *args, **kwargs)
        return self._reader.submit(functools.partial(self._guarded, fn, *args, **kwargs)).result()

    def close(self, *, checkpoint: bool = True) -> None:
        if self._closed:
            return
        self._closed = True
        if self._checkpointer is not None:
            self._checkpointer.stop()
        if self._one_thread:
            with contextlib.suppress(Exception):
                _close_connection(checkpoint)  # (the one connection is the writer's too)
            return
        for executor in (self._reader, self._writer):
            with contextlib.suppress(Exception):
                executor.submit(_close_connection, checkpoint and executor is self._writer).result(timeout=30)
            executor.shutdown(wait=True)

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def no_event_loop() -> bool:
    """True when this thread runs no asyncio event loop: a command-line
    command that only reads and writes the cache runs its coroutine without
    one (``cli.main``), and asyncio (~40 ms to import) is never loaded.
    Awaiting the cache there waits for the job, as ``call_read`` does: the
    thread has nothing else to run meanwhile."""
    asyncio = sys.modules.get("asyncio")
    return asyncio is None or asyncio._get_running_loop() is None


def _close_connection(checkpoint: bool = True) -> None:
    """Close this thread's connection; ``checkpoint``: the writer's, which
    first folds the WAL back."""
    if not database.is_closed():
        if checkpoint:
            # Fold the WAL back so the file on disk is complete on its own.
            with contextlib.suppress(Exception):
                database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.close()
