"""The real app under Xvfb: a mention arrives live and is answered with keys."""

from __future__ import annotations

import contextlib
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers.mastodon import World
from tests.helpers.waiting import incoming_messages, wait_until
from tests.helpers.xvfb import Xvfb

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def running_app(
    xvfb: Xvfb, data_dir: Path, tmp_path: Path, *extra: str, env: dict[str, str] | None = None
) -> contextlib.AbstractContextManager[subprocess.Popen[bytes]]:
    """The real app on ``data_dir``, its window shown; afterwards it is gone
    and printed no traceback."""
    return xvfb.running_app(
        [sys.executable, "-m", "desktop_inbox", "--data-dir", str(data_dir), "--settings-dir", str(tmp_path / "qt"), *extra],
        tmp_path / "app-output.txt",
        env=env,
    )


def test_mention_arrives_live_and_is_answered_once(world: World, cli, data_dir: Path, tmp_path: Path, xvfb: Xvfb) -> None:
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    with running_app(xvfb, data_dir, tmp_path, "--sync-interval", "1") as app:
        window = xvfb.wait_for_window("Desktop Inbox")
        # The inbox is empty; now a customer writes.
        world.server.post(world.anna, "@shop hello! Do you have the Santorini sandals in size 38?")
        wait_until(lambda: incoming_messages(data_dir) == 1, what="the mention reached the cache")
        # It shows up by itself and, as the longest-waiting customer, opens.
        wait_until(lambda: "Anna" in xvfb.xdotool("getwindowname", window), what="the conversation opened")
        time.sleep(0.5)
        shot = xvfb.screenshot(tmp_path / "main-window-before.png", window)
        assert shot.stat().st_size > 10_000
        xvfb.xdotool("windowfocus", "--sync", window)
        xvfb.xdotool("key", "r")
        xvfb.xdotool("type", "--delay", "15", "Hi Anna, yes we do - shall I keep a pair for you?")
        xvfb.xdotool("key", "ctrl+Return")
        wait_until(lambda: len(world.server.replies_by(world.shop)) == 1, what="the reply reached the server")
        time.sleep(3)  # a few more sync cycles: still exactly one
        [reply] = world.server.replies_by(world.shop)
        assert reply.text.endswith("Hi Anna, yes we do - shall I keep a pair for you?")
        assert reply.in_reply_to_id is not None and reply.visibility == "public"
        time.sleep(1)
        shot = xvfb.screenshot(tmp_path / "main-window.png", window)
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copy(shot, ARTIFACTS / "e2e-main-window.png")
        xvfb.xdotool("key", "ctrl+q")
        assert app.wait(timeout=30) == 0
    # What the window keeps for the next start reached the disk before the process ended.
    settings = (tmp_path / "qt" / "desktop-inbox" / "desktop-inbox.ini").read_text()
    assert f"last_conversation={reply_conversation(data_dir, reply.in_reply_to_id)}" in settings
    assert "geometry=" in settings


def reply_conversation(data_dir: Path, remote_id: str) -> int:
    with sqlite3.connect(data_dir / "cache.sqlite3") as conn:
        return conn.execute("SELECT conversation_id FROM message WHERE remote_id = ?", (remote_id,)).fetchone()[0]


def test_the_list_is_painted_before_the_event_loop_loads(
    world: World, cli, data_dir: Path, tmp_path: Path, xvfb: Xvfb
) -> None:
    """Start-up paints the first page of conversations first: asyncio, qasync,
    the sync engine and the conversation panes load after it (bench/, 3), and
    the app then opens the waiting customer and works as usual."""
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    world.server.post(world.anna, "@shop hello! Are the Santorini sandals back in stock?")
    assert cli("sync", "--once").code == 0
    report = tmp_path / "report.jsonl"
    with running_app(xvfb, data_dir, tmp_path, env=dict(xvfb.env, DESKTOP_INBOX_BENCH=str(report))) as app:
        window = xvfb.wait_for_window("Desktop Inbox")

        def first_page() -> dict[str, object] | None:
            events = [json.loads(line) for line in report.read_text().splitlines()] if report.exists() else []
            return next((e for e in events if e["event"] == "first_page"), None)

        wait_until(lambda: first_page() is not None, what="the first page was painted")
        event = first_page()
        assert event is not None and event["rows"] == 1
        assert event["event_loop_loaded"] is False
        # The panes came after it: the waiting customer's conversation opens.
        wait_until(lambda: "Anna" in xvfb.xdotool("getwindowname", window), what="the conversation opened")
        xvfb.quit_app(window)
        assert app.wait(timeout=30) == 0


def test_sigterm_as_soon_as_the_window_shows_quits_cleanly(data_dir: Path, tmp_path: Path, xvfb: Xvfb) -> None:
    """The window shows before the event loop runs: a SIGTERM then (a
    session ending, packaging/measure_startup.py) still ends in a clean quit."""
    with running_app(xvfb, data_dir, tmp_path) as app:
        # (running_app returns as soon as it shows: that is before the loop runs)
        assert xvfb.xdotool("search", "--onlyvisible", "--name", "Desktop Inbox")
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
