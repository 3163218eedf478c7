"""The team server going away mid-write: the transaction it was in loses
nothing (all of it or none of it), what was committed stays, the command
line and the sync say "Team server unreachable" in one line, and work
resumes once the server is back."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest

from desktop_inbox.errors import TeamUnreachable
from desktop_inbox.records import Connection, Direction, Kind, Post
from desktop_inbox.secrets import SandboxSecrets
from desktop_inbox.services import status
from desktop_inbox.store import ingest
from desktop_inbox.store.db import Cache
from desktop_inbox.store.leadership import for_cache
from desktop_inbox.store.pg.cache import TeamCache
from desktop_inbox.sync.events import SyncEvent, SyncEventKind
from desktop_inbox.sync.leadership import LeadingSyncEngine
from desktop_inbox.sync.status import OK
from tests.helpers.fake_connector import FakeClock, FakeConnector
from tests.helpers.postgres import PgServer
from tests.helpers.shop import T0, shop_cache
from tests.store.test_ingest_pages import person

PAGE = 4000


@pytest.fixture
def cache(data_dir: Path, team_db: dict[str, object]) -> Iterator[Cache]:
    yield from shop_cache(data_dir, lambda d: TeamCache(d, team_db))


async def until(condition: Callable[[], object], *, message: str, timeout: float = 20, poll: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out: {message}")
        await asyncio.sleep(poll)


def page(tag: str, n: int) -> list[Post]:
    return [
        Post(f"{tag}{i}", who, f"message {i}", T0 + timedelta(seconds=i), Kind.DIRECT, Direction.IN, who)
        for i, who in ((i, person(f"P{i % 500}")) for i in range(n))
    ]


def messages(params: dict[str, object]) -> int:
    with psycopg.connect(**params) as conn:  # type: ignore[arg-type]
        return int(conn.execute("SELECT count(*) FROM message").fetchone()[0])


def in_a_transaction(params: dict[str, object]) -> bool:
    with psycopg.connect(**params) as conn:  # type: ignore[arg-type]
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND xact_start IS NOT NULL AND query ILIKE '%message%'"
        ).fetchone()
        return int(row[0]) > 0


async def test_the_server_stopped_mid_write_loses_nothing_and_says_so(
    cache: Cache, team_db: dict[str, object], pg_server: PgServer
) -> None:
    cache.call_write(ingest.store_posts, 1, page("a", 50))
    with psycopg.connect(**team_db, autocommit=True) as conn:  # type: ignore[arg-type]
        conn.execute("CHECKPOINT")  # (the test cluster runs without fsync: what is committed is on disk)
    # This member's app, syncing the account (a connector without a network; its
    # next poll a minute away: the takeover interval's watch notices the server).
    secrets = SandboxSecrets()
    secrets.save("m:1", {"token": "t0k3n-for-tests"})
    fake = FakeConnector(FakeClock())
    engine = LeadingSyncEngine(
        leadership=for_cache(cache), takeover_interval=0.2, poll_interval=60, cache=cache, secrets=secrets,
        connector_factory=lambda settings: fake,
    )
    events: list[SyncEvent] = []
    engine.subscribe(events.append)
    stop = asyncio.Event()
    running = asyncio.ensure_future(engine.run(stop))
    failed: list[BaseException] = []

    def big_write() -> None:
        try:
            cache.call_write(ingest.store_posts, 1, page("b", PAGE))
        except BaseException as exc:
            failed.append(exc)

    try:
        await until(lambda: engine.status.get(1) == OK, message="the app syncs the account")
        writer = threading.Thread(target=big_write)
        writer.start()
        await until(lambda: in_a_transaction(team_db), timeout=30, message="the big page is being written", poll=0.02)
        pg_server.stop()
        await asyncio.to_thread(writer.join, 60)
        [error] = failed
        assert isinstance(error, TeamUnreachable)
        assert str(error).startswith("Team server unreachable (127.0.0.1:") and "\n" not in str(error)
        # The sync says so for the account, and the status bar in one line.
        await until(lambda: engine.status[1].state == Connection.TEAM_UNREACHABLE, message="the sync says so")
        assert str(status.overview([engine.status[1]])) == "⚠ Team server unreachable — replies wait in the outbox"
        # (A cycle's end is what the window's status bar redraws on.)
        assert any(e.kind == SyncEventKind.CYCLE and e.message.startswith("Team server unreachable") for e in events)
        assert str(status.describe(engine.status[1])).startswith("Team server unreachable: Team server unreachable (127.0.0.1:")
        with pytest.raises(TeamUnreachable):
            await engine.sync_once()  # (the command line's sync --once: one line, exit 1)
    finally:
        pg_server.start()
    try:
        # Back: the sync goes on by itself (the same loops, new connections).
        await until(lambda: engine.status[1] == OK, timeout=30, message="the app syncs again")
        # The page went in whole or not at all (here: not at all), the
        # committed one is all there, and the same cache writes again.
        assert messages(team_db) == 50
        cache.call_write(ingest.store_posts, 1, page("b", 200))
        assert messages(team_db) == 250
    finally:
        stop.set()
        await running
