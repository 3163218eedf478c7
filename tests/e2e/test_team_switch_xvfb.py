"""The real app of a team member under Xvfb while the team server goes away
and comes back (issue 27), as ``python -m desktop_inbox`` runs it:

* mid-run: the server stops at once (``pg_ctl stop -m immediate``); the app
  reads this computer's copy, a reply typed then waits in the copy, and once
  the server is back the app is on the team's database again and the reply
  reaches the Mastodon server once;
* at start: the app starts while the server is away (on the copy, nothing
  syncs); once the server is back it switches by itself and syncs (a mention
  posted meanwhile reaches the team's database).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from desktop_inbox.logging_setup import log_file
from desktop_inbox.services.root import TAKEOVER_ENV
from desktop_inbox.store.pg import local_copy
from tests.helpers.mastodon import World
from tests.helpers.postgres import PgServer
from tests.helpers.team_folder import annas_team
from tests.helpers.waiting import wait_until
from tests.helpers.xvfb import Xvfb

REPLY = "Typed while the team server was away: it ships Monday."


@pytest.fixture
def anna(tmp_path: Path, pg_server: PgServer, world: World) -> Iterator[tuple[Path, str]]:
    world.server.post(world.anna, "@shop do you have the Santorini sandals in size 38?")
    yield from annas_team(tmp_path, pg_server, world)


def said(folder: Path, what: str) -> int:
    """How many times the app's log says ``what``."""
    path = log_file(folder)
    return path.read_text(errors="replace").count(what) if path.exists() else 0


def shot(xvfb: Xvfb, window: str, tmp_path: Path, name: str) -> None:
    path = xvfb.screenshot(tmp_path / f"switch27_{name}.png", window)
    assert path.stat().st_size > 10_000
    if os.environ.get("DESKTOP_INBOX_SHOTS"):
        shutil.copy(path, Path(os.environ["DESKTOP_INBOX_SHOTS"]) / path.name)


def test_the_app_reads_its_copy_while_the_team_server_is_away_and_goes_back(
    anna, pg_server: PgServer, world: World, tmp_path: Path, xvfb: Xvfb
) -> None:
    folder, dbname = anna
    env = {**xvfb.env, TAKEOVER_ENV: "0.5"}
    command = [sys.executable, "-m", "desktop_inbox", "--data-dir", str(folder), "--settings-dir", str(tmp_path / "qt"),
               "--sync-interval", "1"]  # fmt: skip
    copy = local_copy.copy_path(folder)

    def team(sql: str, *params: object) -> list[tuple[object, ...]]:
        with psycopg.connect(**pg_server.params(dbname), autocommit=True) as conn:
            return conn.execute(sql, params).fetchall()  # type: ignore[arg-type]

    def waiting_in_copy() -> list[str]:
        with contextlib.closing(sqlite3.connect(copy)) as lite:
            return [r[0] for r in lite.execute("SELECT text FROM outbox WHERE id > ?", (local_copy.LOCAL_IDS,))]

    def on_server(text: str) -> int:
        return sum(text in s.text for s in world.server.replies_by(world.shop))

    # Mid-run.
    with xvfb.running_app(command, tmp_path / "app-1.txt", env=env) as app:
        window = xvfb.wait_for_window("Desktop Inbox")
        wait_until(lambda: said(folder, "team copy refreshed"), what="the copy followed the team")
        wait_until(lambda: "Anna" in xvfb.xdotool("getwindowname", window), what="the conversation opened")
        pg_server.stop()
        wait_until(lambda: said(folder, "team server unreachable: reading the copy"), what="the app reads the copy")
        time.sleep(1.0)  # (the window redraws)
        shot(xvfb, window, tmp_path, "app_offline")
        xvfb.xdotool("windowfocus", "--sync", window)
        xvfb.xdotool("key", "r")
        xvfb.xdotool("type", "--delay", "15", REPLY)
        xvfb.xdotool("key", "ctrl+Return")
        wait_until(lambda: waiting_in_copy() == [REPLY], what="the reply waits in the copy")
        assert on_server(REPLY) == 0
        pg_server.start()
        wait_until(lambda: said(folder, "team server back"), what="the app is on the team's database again")
        wait_until(lambda: on_server(REPLY) == 1, what="the reply reached the server", timeout=60)
        time.sleep(3)  # (a second delivery would show by now)
        assert on_server(REPLY) == 1
        assert team("SELECT state FROM outbox WHERE text = %s", REPLY) == [("sent",)]
        assert waiting_in_copy() == []
        time.sleep(0.5)
        shot(xvfb, window, tmp_path, "app_back")
        xvfb.quit_app(window)
        assert app.wait(timeout=30) == 0
    # The copy was brought up to date as the app quit: the reply is sent there too.
    with contextlib.closing(sqlite3.connect(copy)) as lite:
        assert lite.execute("SELECT state FROM outbox WHERE text = ?", (REPLY,)).fetchall() == [("sent",)]

    # At start: the server is away; the app opens on the copy and syncs once it is back.
    pg_server.stop()
    later = world.server.post(world.bob, "@shop do you ship to Xylokastro?")
    with xvfb.running_app(command, tmp_path / "app-2.txt", env=env) as app:
        window = xvfb.wait_for_window("Desktop Inbox")
        wait_until(lambda: said(folder, "team server unreachable: reading the copy") == 2, what="the app opened the copy")
        time.sleep(1.0)
        shot(xvfb, window, tmp_path, "app_started_offline")
        pg_server.start()
        wait_until(lambda: said(folder, "team server back") == 2, what="the app is on the team's database")
        wait_until(
            lambda: team("SELECT count(*) FROM message WHERE remote_id = %s", later.id) == [(1,)],
            what="the mention posted meanwhile is synced", timeout=60,
        )
        xvfb.quit_app(window)
        assert app.wait(timeout=30) == 0
    assert on_server(REPLY) == 1
