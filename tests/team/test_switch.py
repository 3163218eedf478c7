"""Switching a team member's inbox to this computer's copy and back, below
the window (``store.pg.switch``, ``services.team_copy.TeamSwitch``): found
by a query that lost its connection (no live listener here), the reads and
a reply written meanwhile go to the copy; the server back, the reply is in
the team's outbox once and reading is the team's again."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from bench.make_cache import build
from desktop_inbox.errors import TeamUnreachable
from desktop_inbox.secrets import Secrets
from desktop_inbox.services.backup import open_cache
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.services.team_copy import TeamCopyService, TeamSwitch
from desktop_inbox.store import outbox
from desktop_inbox.store.pg import local_copy
from desktop_inbox.store.pg.switch import TeamOrCopy
from tests.helpers.postgres import PASSWORD, PgServer
from tests.team.test_members import run


@pytest.fixture
def anna(tmp_path: Path, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, str]]:
    name = pg_server.new_database()
    folder = tmp_path / "anna"
    build(folder, messages=150, seed=11)
    made = run(folder, "team", "create", pg_server.url(name), "--name", "Anna", "--password-stdin", stdin=PASSWORD + "\n",
               monkeypatch=monkeypatch)  # fmt: skip
    assert made.code == 0, made.err
    yield folder, name
    with contextlib.suppress(Exception):
        pg_server.start()
    pg_server.drop_database(name)


async def until(condition: Callable[[], object], *, message: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out: {message}")
        await asyncio.sleep(0.05)


async def first_read_after_stop(cache: TeamOrCopy, read: Callable[[], Any]) -> Any:
    """The first read after the server stopped finds it gone and tells the
    switch. It raises ``TeamUnreachable`` (one line, as before), or, when the
    switch to the copy got under way before the failed read returned, it is
    made again on the copy (a read always may be) and returns what the copy
    holds. Which of the two is a race between threads; both are right, and
    either way the switch has been told. Returns None when it raised."""
    try:
        rows = await read()
    except TeamUnreachable:
        return None
    assert cache.offline, "a read after the server stopped returned, yet the team's side is still in use"
    return rows


def test_a_failing_query_switches_to_the_copy_and_the_server_back_switches_back(
    anna: tuple[Path, str], pg_server: PgServer
) -> None:
    folder, dbname = anna

    def team(sql: str, *params: object) -> list[tuple[Any, ...]]:
        with psycopg.connect(**pg_server.params(dbname), autocommit=True) as conn:
            return conn.execute(sql, params).fetchall()  # type: ignore[arg-type]

    async def body() -> None:
        cache = open_cache(folder, Secrets(), switching=True)
        assert isinstance(cache, TeamOrCopy) and cache.team is not None and not cache.offline
        copies = TeamCopyService(folder, Secrets())
        switch = TeamSwitch(cache, copies, probe_every=0.2)
        switched: list[bool] = []
        switch.switched.subscribe(switched.append)
        runner = asyncio.create_task(switch.run())
        inbox = Inbox(cache)
        try:
            await asyncio.to_thread(copies.refresh_now)
            first = await inbox.page(limit=5)
            assert first
            await asyncio.to_thread(pg_server.stop)
            read = await first_read_after_stop(cache, lambda: inbox.page(limit=5))
            assert read is None or [c.id for c in read] == [c.id for c in first]
            await until(lambda: switched == [True], message="switched to the copy")
            assert cache.offline and cache.team is not None and cache.team.parked
            again = await inbox.page(limit=5)
            assert [c.id for c in again] == [c.id for c in first]
            # The team's side refuses at once, without a connection (the sync's calls).
            started = time.monotonic()
            with pytest.raises(TeamUnreachable):
                await cache.team.read(outbox.count_waiting)
            assert time.monotonic() - started < 1.0
            item = await cache.write(outbox.queue_reply, first[0].id, "Written while the server was away.")
            assert item.id > local_copy.LOCAL_IDS
            await asyncio.to_thread(pg_server.start)
            await until(lambda: switched == [True, False], message="switched back")
            assert not cache.offline
            await until(
                lambda: team("SELECT count(*) FROM outbox WHERE text = 'Written while the server was away.'") == [(1,)],
                message="handed over",
            )
            # Reading is the team's: a change made there is read.
            team("UPDATE conversation SET assignee_id = (SELECT id FROM member WHERE name = 'Anna') WHERE id = %s RETURNING id",
                 first[1].id)  # fmt: skip
            assert (await inbox.summary(first[1].id)).assignee == "Anna"
            # Once: a second hand-over finds nothing.
            assert copies.hand_over_now(cache.team) == 0
        finally:
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
            cache.close()
        assert team("SELECT count(*) FROM outbox WHERE text = 'Written while the server was away.'") == [(1,)]

    asyncio.run(body())


def test_replies_written_on_the_copy_keep_their_undo_and_pictures_when_handed_over(
    anna: tuple[Path, str], pg_server: PgServer
) -> None:
    """Written on the copy with 60 s to take it back; the server returns and
    the reply moves to the team's outbox (another id) before the user clicks
    Undo: Undo takes it back there, and it goes nowhere. Another reply,
    with a picture, goes over with its picture (it went without it)."""
    from datetime import timedelta

    from desktop_inbox.services.root import Services
    from tests.helpers.pictures import png

    folder, dbname = anna

    def team(sql: str, *params: object) -> list[tuple[Any, ...]]:
        with psycopg.connect(**pg_server.params(dbname), autocommit=True) as conn:
            return conn.execute(sql, params).fetchall()  # type: ignore[arg-type]

    text = "Anna, your parcel is on its way."
    kept: list[Path] = []

    async def body() -> None:
        cache = open_cache(folder, Secrets(), switching=True)
        assert isinstance(cache, TeamOrCopy)
        services = Services(cache=cache, secrets=Secrets())
        copies = TeamCopyService(folder, Secrets())
        switch = TeamSwitch(cache, copies, probe_every=0.2)
        switched: list[bool] = []
        switch.switched.subscribe(switched.append)
        runner = asyncio.create_task(switch.run())
        try:
            await asyncio.to_thread(copies.refresh_now)
            [first] = await services.inbox.page(limit=1)
            await asyncio.to_thread(pg_server.stop)
            read = await first_read_after_stop(cache, lambda: services.inbox.page(limit=1))
            assert read is None or [c.id for c in read] == [first.id]
            await until(lambda: switched == [True], message="switched to the copy")
            sent = await services.replies.send(first.id, text, delay=timedelta(seconds=60), others_anyway=True)
            assert sent.items[-1].id > local_copy.LOCAL_IDS
            picture = await services.media.attach_bytes(png(), name="parcel.png", platform=first.platform)
            await services.replies.send(
                first.id, "And here is the parcel.", delay=timedelta(0), others_anyway=True,
                pictures=[(picture, "A brown parcel on a doorstep")],
            )  # fmt: skip
            await asyncio.to_thread(pg_server.start)
            await until(lambda: switched == [True, False], message="switched back")
            await until(lambda: team("SELECT state FROM outbox WHERE text = %s", text) == [("queued",)], message="handed over")
            await services.replies.undo(sent)
            assert team("SELECT state FROM outbox WHERE text = %s", text) == [("cancelled",)]
            assert team(
                "SELECT m.file, m.alt FROM outbox_media m JOIN outbox o ON o.id = m.outbox_id WHERE o.text = %s",
                "And here is the parcel.",
            ) == [(picture.file, "A brown parcel on a doorstep")]
            kept.append(Path(picture.path))
        finally:
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
            cache.close()

    asyncio.run(body())
    assert kept[0].is_relative_to(folder / "media") and kept[0].exists()  # (its file stays, for the sync)
