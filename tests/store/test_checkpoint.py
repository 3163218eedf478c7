"""WAL checkpoints run on their own thread (store.checkpoint)."""

from __future__ import annotations

import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_inbox.records import Direction, Kind, Person, Platform, Post
from desktop_inbox.store import ingest
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database
from tests.helpers.shop import T0, shop_cache


@pytest.fixture
def cache(data_dir: Path):
    yield from shop_cache(data_dir)


def page(start: int) -> list[Post]:
    who = Person(Platform.MASTODON, "https://m.example/users/ana", "7", "@ana@m.example", "Ana")
    return [
        Post(
            remote_id=f"r{n}", author=who, text=f"where is parcel {n}", created_at=T0 + timedelta(minutes=n),
            kind=Kind.PUBLIC, direction=Direction.IN, customer=who, thread_root="r0",
        )
        for n in range(start, start + 25)
    ]


def file_alone(path: Path) -> int:
    """Messages in the database file itself: ``immutable`` ignores the WAL.

    An immutable reader takes no lock, so a checkpoint writing the file
    under it can tear its read ("database disk image is malformed", or a
    table not found): it reads again. No tables after that: not yet there."""
    for _ in range(50):
        conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM message").fetchone()[0])
        except sqlite3.DatabaseError:
            time.sleep(0.01)
        finally:
            conn.close()
    return 0


def test_a_run_of_writes_reaches_the_database_file_without_the_writer_checkpointing(cache: Cache) -> None:
    # The writer itself never checkpoints here: only the background thread can.
    cache.call_write(database.execute_sql, "PRAGMA wal_autocheckpoint = 0")
    for start in range(0, 200, 25):  # eight pages, as a sync stores them
        cache.call_write(ingest.store_page, 1, "mentions", page(start), cursor="x", exhausted=False, unread=True)
    checkpointer = cache._checkpointer
    assert checkpointer is not None
    # (The file can show the pages a moment before the thread, back from SQLite, counts its checkpoint.)
    deadline = time.monotonic() + 10
    while (file_alone(cache.path) < 200 or checkpointer.checkpoints < 1) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert file_alone(cache.path) == 200
    assert checkpointer.checkpoints >= 1


def test_an_idle_cache_or_a_lone_write_does_not_checkpoint_and_closing_ends_the_thread(cache: Cache) -> None:
    checkpointer = cache._checkpointer
    assert checkpointer is not None
    time.sleep(2 * checkpointer.INTERVAL)
    assert checkpointer.checkpoints == 0  # (only the account was written)
    cache.call_write(ingest.store_page, 1, "mentions", page(0), cursor="x", exhausted=False, unread=True)
    time.sleep(2 * checkpointer.INTERVAL)
    assert checkpointer.checkpoints == 0  # one write (a click) does not sync the disk
    assert checkpointer._thread.is_alive()
    cache.close()
    assert not checkpointer._thread.is_alive()


def test_one_long_write_reaches_the_database_file_while_it_goes_on(cache: Cache) -> None:
    # An import stores page after page in one job of the writer: the thread
    # checkpoints while it goes on, the writer never does (its bound is off
    # here), and the file holds earlier pages before the job ends.
    cache.call_write(database.execute_sql, "PRAGMA wal_autocheckpoint = 0")
    seen: list[int] = []

    def import_history() -> None:
        for start in range(0, 200, 25):
            ingest.store_page(1, "history", page(start), cursor="x", exhausted=False, unread=False)
            deadline = time.monotonic() + 10
            while file_alone(cache.path) < start + 25 and time.monotonic() < deadline:
                time.sleep(0.02)
            seen.append(file_alone(cache.path))

    cache.call_write(import_history)
    assert seen == list(range(25, 225, 25))


def test_a_cache_with_threads_shares_pythons_lock_often(data_dir: Path) -> None:
    """Its writer and the event loop each come back from SQLite or a socket
    needing Python's lock: the interval a thread keeps it while another
    waits is shortened (store.db, and store.pg.cache for a team), never lengthened."""
    import sys

    from desktop_inbox.store import db

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # (Python's default)
        with Cache(data_dir):
            assert sys.getswitchinterval() == pytest.approx(db.SWITCH_INTERVAL, abs=2e-6)
        sys.setswitchinterval(0.0001)
        with Cache(data_dir):
            assert sys.getswitchinterval() == pytest.approx(0.0001, abs=2e-6)
    finally:
        sys.setswitchinterval(before)
