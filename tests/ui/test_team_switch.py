"""The team server going away while the app runs (issue 27): the window
switches to this computer's copy of the team's inbox and says so; the list,
a thread and search keep working from the copy; a reply written meanwhile
waits in the copy's outbox; when the server is back the window switches
back by itself and the reply reaches the Mastodon server once.

Everything is real: the test's PostgreSQL cluster is stopped at once
(``pg_ctl stop -m immediate``, as a crash or a pulled cable) and started
again; the local Mastodon server takes the reply."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.backup import open_cache
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.services.root import TAKEOVER_ENV
from desktop_inbox.store.pg import local_copy
from desktop_inbox.store.pg.switch import TeamOrCopy
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.mainwindow import MainWindow
from desktop_inbox.ui.settings import Settings
from tests.helpers.mastodon import World
from tests.helpers.postgres import PgServer
from tests.helpers.team_folder import annas_team
from tests.ui.conftest import listed, until

OFFLINE_WORD = "⚠ Team server unreachable — reading your local copy"
REPLY = "Written while the team server was away: it ships Monday."


@pytest.fixture
def anna(tmp_path: Path, pg_server: PgServer, world: World) -> Iterator[tuple[Path, str]]:
    """Anna's folder in a team, with the shop's Mastodon account and a few mentions."""
    for n in range(3):
        world.server.post(world.anna, f"@shop where is my order 10{n}? size 42 please")
    world.server.post(world.bob, "@shop do you ship to Xylokastro?")
    yield from annas_team(tmp_path, pg_server, world)


def shot(window: MainWindow, name: str) -> None:
    folder = os.environ.get("DESKTOP_INBOX_SHOTS")
    if folder:
        window.grab().save(str(Path(folder) / f"switch27_{name}.png"))


def test_the_server_going_away_mid_run_switches_to_the_copy_and_back(
    anna, pg_server: PgServer, world: World, qloop, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, dbname = anna
    monkeypatch.setenv(TAKEOVER_ENV, "0.5")
    asyncio.set_event_loop(qloop)  # (the command line's asyncio.run took it away)
    cache = open_cache(folder, Secrets(), switching=True)
    assert isinstance(cache, TeamOrCopy) and not cache.offline
    ctx = AppContext(
        data_dir=folder, cache=cache, secrets=Secrets(), inbox=Inbox(cache), sync_settings={"poll_interval": 1.0}
    )
    window = MainWindow(ctx, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    switch = ctx.services.team_switch
    assert switch is not None
    switch.probe_every = 0.5  # (the app's: 10 s; the live listener usually tells first)
    seen: list[bool] = []
    switch.switched.subscribe(seen.append)
    switch.switched.subscribe(window.on_team_switched)
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []

    def team(sql: str, *params: object) -> list[tuple[object, ...]]:
        """The team database as anyone sees it (a connection of its own: the server restarts)."""
        with psycopg.connect(**pg_server.params(dbname), autocommit=True) as conn:
            return conn.execute(sql, params).fetchall()  # type: ignore[arg-type]

    async def body() -> None:
        await ctx.composer.set_preference("undo_seconds", 0)
        window.start()
        tasks.append(asyncio.create_task(switch.run()))
        tasks.append(asyncio.create_task(ctx.sync.engine.run(stop)))
        await until(lambda: len(listed(window.list_pane.model)) == 4, message="the four conversations listed")
        await until(lambda: ctx.live.listening, message="listening live")
        online = [s.id for s in listed(window.list_pane.model)]
        await until(lambda: window.status_bar.connection.text() == "● Online", message="online")
        # Anna's app has been running: her copy followed the team (keep_fresh does it every minute).
        assert (await asyncio.to_thread(ctx.team_copy.refresh_now)) is not None
        conversation = next(s.id for s in listed(window.list_pane.model) if "Xylokastro" in (s.snippet or ""))

        # The server goes away, as in a crash.
        gone = time.monotonic()
        await asyncio.to_thread(pg_server.stop)
        await until(lambda: seen == [True], timeout=30, message="the window switched to the copy")
        print(f"\nswitched to the copy {time.monotonic() - gone:.2f} s after the server stopped")
        assert cache.offline
        await until(lambda: window.status_bar.connection.text() == OFFLINE_WORD, message="the status bar says so")
        # What changes a conversation for the whole team waits: its buttons say so, greyed.
        header = window.conversation.header
        assert not header.done_button.isEnabled() and not window.conversation.team.assign.isEnabled()
        assert "team server is unreachable" in header.done_button.toolTip()
        lasting = window.status_bar._lasting
        assert lasting is not None and lasting.text().startswith("Your local copy of the team's inbox, as of ")
        # The list, a thread and search work from the copy.
        await until(lambda: [s.id for s in listed(window.list_pane.model)] == online, message="the list from the copy")
        assert window.list_pane.select_id(conversation)
        await until(
            lambda: window.conversation.current is not None and window.conversation.current.summary.id == conversation,
            message="the thread from the copy",
        )
        assert any("Xylokastro" in m.text for m in window.conversation.current.messages)
        pane = window.list_pane
        pane.focus_search()
        pane.search.set_query("size")
        await until(lambda: pane.results_model.rowCount() == 3, message="three hits in the copy")
        assert window.status_bar.connection.text() == OFFLINE_WORD  # (not "Connecting…", however long)
        shot(window, "offline")
        pane.search.set_query("")

        # A reply written now waits in the copy's outbox.
        window.list_pane.select_id(conversation)
        composer = window.conversation.composer
        await until(lambda: composer.isEnabled(), message="the composer")
        composer.edit.setPlainText(REPLY)
        composer.send_button.click()
        copy = local_copy.copy_path(folder)

        def waiting_in_copy() -> list[tuple[int, str]]:
            with contextlib.closing(sqlite3.connect(copy)) as lite:
                return lite.execute("SELECT id, text FROM outbox WHERE id > ?", (local_copy.LOCAL_IDS,)).fetchall()

        await until(lambda: [t for _, t in waiting_in_copy()] == [REPLY], message="the reply in the copy's outbox")
        await until(
            lambda: any(m.pending and REPLY in m.text for m in window.conversation.current.messages),
            message="the thread shows it waiting",
        )
        await until(
            lambda: window.status_bar.outbox.text() == "1 reply waiting to go out", message="counted as waiting"
        )
        shot(window, "offline_reply")
        assert not any(REPLY in s.text for s in world.server.replies_by(world.shop))

        # The server is back: the window switches back by itself, and the reply goes out once.
        await asyncio.to_thread(pg_server.start)
        back = time.monotonic()
        await until(lambda: seen == [True, False], timeout=30, message="the window switched back")
        print(f"switched back {time.monotonic() - back:.2f} s after the server started")
        assert not cache.offline and window.status_bar._lasting is None
        assert header.done_button.isEnabled() and window.conversation.team.assign.isEnabled()
        assert "team server" not in header.done_button.toolTip()
        await until(lambda: window.status_bar.connection.text() == "● Online", timeout=30, message="online again")
        await until(
            lambda: any(REPLY in s.text for s in world.server.replies_by(world.shop)), timeout=30, message="the reply on the server"
        )
        await until(
            lambda: team("SELECT state FROM outbox WHERE text = %s", REPLY) == [("sent",)],
            message="marked sent in the team's outbox",
        )
        assert waiting_in_copy() == []
        await asyncio.sleep(2.0)  # (a second delivery would show by now)
        assert sum(REPLY in s.text for s in world.server.replies_by(world.shop)) == 1
        assert len([p for p in world.server.posts_received if REPLY in p.text]) == 1
        assert team("SELECT count(*) FROM outbox WHERE text = %s", REPLY) == [(1,)]
        # Reading is the team's again: a change made there shows.
        other = next(i for i in online if i != conversation)
        team("UPDATE conversation SET assignee_id = (SELECT id FROM member WHERE name = 'Anna') WHERE id = %s RETURNING id", other)
        await until(
            lambda: [s.assignee for s in listed(window.list_pane.model) if s.id == other] == ["Anna"], message="live again"
        )
        shot(window, "back")

    try:
        qloop.run_until_complete(asyncio.wait_for(body(), 180))
    finally:
        stop.set()
        ctx.live.stop()
        window.close()
        from desktop_inbox.ui.tasks import cancel_all

        qloop.run_until_complete(ctx.sync.shutdown())
        for task in tasks:
            task.cancel()
        qloop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        qloop.run_until_complete(cancel_all())
        window._refresh_timer.stop()  # (a live change's refresh may still be due)
        cache.close()
