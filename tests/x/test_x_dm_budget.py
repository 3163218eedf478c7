"""An hour of polling, simulated: X allows 15 direct-message reads per 15
minutes, and the scheduler spends them without ever running into 429."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop_inbox.secrets import Secrets
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database
from desktop_inbox.sync.backoff import Backoff
from desktop_inbox.sync.engine import SyncEngine
from tests.helpers.x import CLIENT_ID, FakeClock, XWorld, make_x_world


@pytest.fixture
def xworld() -> Iterator[XWorld]:
    w = make_x_world()
    yield w
    w.server.stop()
    assert w.server.violations == [], "\n".join(w.server.violations)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sim_world(clock: FakeClock) -> Iterator[XWorld]:
    w = make_x_world(clock)
    yield w
    w.server.stop()
    assert w.server.violations == [], "\n".join(w.server.violations)


def count_direct(cache: Cache) -> int:
    sql = "SELECT count(*) FROM message m JOIN conversation c ON c.id = m.conversation_id WHERE c.kind = 'direct'"
    return asyncio.run(cache.read(lambda: database.execute_sql(sql).fetchone()[0]))


def test_an_hour_of_polling_never_hits_the_dm_limit(cli, data_dir, sim_world: XWorld, clock: FakeClock) -> None:
    s = sim_world.server
    customers = [sim_world.anna, sim_world.bob, sim_world.carol]
    s.send_dm(sim_world.anna, sim_world.shop, "before we started")
    added = cli(
        "accounts",
        "add",
        "x",
        "--client-id",
        CLIENT_ID,
        "--api-base",
        sim_world.url,
        "--token-stdin",
        stdin=sim_world.token_json(),
    )
    assert added.code == 0, added

    sent = 1
    deferred: list[datetime] = []
    latencies: list[float] = []

    async def simulate() -> None:
        nonlocal sent
        cache = Cache(data_dir)
        engine = SyncEngine(
            cache=cache, secrets=Secrets(), clock=clock, backoff=Backoff(base=0.01, cap=0.05), max_rate_wait=0
        )
        waiting: list[tuple[int, datetime]] = []  # (how many DMs exist, since when)
        try:
            for tick in range(120):  # every 30 simulated seconds for an hour
                if tick % 3 == 0:
                    s.send_dm(customers[tick % 3], sim_world.shop, f"question at tick {tick}")
                    sent += 1
                    waiting.append((sent, clock()))
                if tick == 40:  # a burst: three pages' worth at once
                    for i in range(230):
                        s.send_dm(customers[i % 3], sim_world.shop, f"burst message {i}")
                    sent += 230
                    waiting.append((sent, clock()))
                [result] = await engine.sync_once()
                assert result.ok, result.error
                if "direct_messages" in result.deferred:
                    deferred.append(result.deferred["direct_messages"])
                have = await cache.read(
                    lambda: database.execute_sql(
                        "SELECT count(*) FROM message m JOIN conversation c ON c.id = m.conversation_id"
                        " WHERE c.kind = 'direct'"
                    ).fetchone()[0]
                )
                while waiting and waiting[0][0] <= have:
                    latencies.append((clock() - waiting.pop(0)[1]).total_seconds())
                clock.advance(30)
        finally:
            await engine.shutdown()
            cache.close()

    asyncio.run(simulate())

    assert s.rate_limited == []  # not one 429 in the hour
    dm_reads = [p for m, p in s.requests if p == "/2/dm_events"]
    assert 30 <= len(dm_reads) <= 4 * 15  # polled all along, within 15 per window
    assert deferred, "the scheduler never had to wait: the test did not exercise the budget"
    assert count_direct(Cache(data_dir)) == sent  # every message arrived, none twice
    assert max(latencies) <= 15 * 60  # even the burst within one window
    assert sorted(latencies)[len(latencies) // 2] <= 120  # usually within two minutes


def test_the_running_sync_wakes_when_direct_messages_are_due(cli, data_dir, xworld: XWorld, monkeypatch) -> None:
    """The app's loop polls every minute, but checks DMs as soon as X's budget
    allows (here: every half second) and says when the next check is."""
    from desktop_inbox.connectors.x import connector as x_connector

    monkeypatch.setattr(x_connector, "DM_POLL_EVERY", timedelta(seconds=0.5))
    added = cli("accounts", "add", "x", "--client-id", CLIENT_ID, "--api-base", xworld.url, "--token-stdin",
                stdin=xworld.token_json())
    assert added.code == 0, added

    async def run() -> float:
        cache = Cache(data_dir)
        engine = SyncEngine(cache=cache, secrets=Secrets(), poll_interval=60)
        stop = asyncio.Event()
        task = asyncio.create_task(engine.run(stop))
        try:
            for _ in range(100):  # the first cycle
                await asyncio.sleep(0.05)
                if engine.next_sync:
                    break
            [account_id] = engine.next_sync
            assert (engine.next_sync[account_id] - datetime.now(UTC)).total_seconds() < 1  # not 60 s away
            assert "direct_messages" in engine.stream_due.get(account_id, {})
            xworld.server.send_dm(xworld.anna, xworld.shop, "are you there?")
            sent = asyncio.get_running_loop().time()
            while asyncio.get_running_loop().time() - sent < 10:
                await asyncio.sleep(0.05)
                if await cache.read(lambda: database.execute_sql("SELECT count(*) FROM message").fetchone()[0]):
                    return asyncio.get_running_loop().time() - sent
            raise AssertionError("the DM never arrived")
        finally:
            stop.set()
            await task
            cache.close()

    assert asyncio.run(run()) < 3
