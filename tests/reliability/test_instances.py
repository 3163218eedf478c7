"""Two apps on one data folder, and the command line next to a running app.

Real processes (the app on Qt's offscreen platform): the second start hands
over to the first and exits without opening the cache; reads from the
command line work while the app syncs and writes; what would write next to
the app's sync (another sync, a restore) is refused with a clear line.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.helpers.mastodon import World
from tests.helpers.waiting import app_log, incoming_messages, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def _app(data_dir: Path, settings: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_inbox", "--data-dir", str(data_dir), "--settings-dir", str(settings),
         "--sync-interval", "0.5"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def test_second_start_hands_over_and_cli_reads_are_safe(world: World, cli, cli_process, data_dir: Path,
                                                        tmp_path: Path) -> None:
    for i in range(30):
        world.server.post(world.anna if i % 2 else world.bob, f"@shop early question {i}")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    first = _app(data_dir, tmp_path / "qt")
    second: subprocess.Popen[str] | None = None
    stop_posting = threading.Event()
    try:
        wait_until(lambda: "started with" in app_log(data_dir), what="the first app started")
        wait_until(lambda: incoming_messages(data_dir) >= 30, what="the first sync")

        # Customers keep writing: the app keeps writing to the cache.
        def post() -> None:
            n = 0
            while not stop_posting.is_set():
                world.server.post(world.anna, f"@shop live question {n}")
                n += 1
                time.sleep(0.05)

        poster = threading.Thread(target=post, daemon=True)
        poster.start()

        started = time.monotonic()
        second = _app(data_dir, tmp_path / "qt")
        out, _ = second.communicate(timeout=60)
        assert second.returncode == 0, out
        assert time.monotonic() - started < 30
        wait_until(lambda: "a second start handed over to this window" in app_log(data_dir), what="the first app came forward")
        assert "handed over to it" in app_log(data_dir)
        assert first.poll() is None  # the first one runs on

        # Reads from the command line while the app writes.
        seen = []
        for _ in range(4):
            listed = (cli_process if not seen else cli)("conversations", "--json")  # one real process, then in-process
            assert listed.code == 0, listed
            seen.append(len(json.loads(listed.out)))
            found = cli("search", "question", "--limit", "5", "--json")
            assert found.code == 0 and len(json.loads(found.out)) == 5, found
        assert seen == sorted(seen)
        shown = cli("show", str(json.loads(listed.out)[0]["id"]))
        assert shown.code == 0, shown
        backed = cli_process("backup", "--output", str(tmp_path / "while-running.sqlite3"))
        assert backed.code == 0, backed

        # What would write next to the app's sync is refused.
        sync = cli("sync", "--once")
        assert sync.code == 1 and "already syncing" in sync.err, sync
        restore = cli("restore", str(tmp_path / "while-running.sqlite3"), "--yes")
        assert restore.code == 1 and "quit it first" in restore.err, restore
        encrypt = cli("encrypt")
        assert encrypt.code == 1 and "quit it first" in encrypt.err, encrypt
        stop_posting.set()
        poster.join()

        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=30) == 0
    finally:
        stop_posting.set()
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    # With the app gone, the folder is free again.
    assert cli("sync", "--once").code == 0
    assert incoming_messages(data_dir) == len([s for s in world.server.statuses.values() if s.account_id != world.shop.id])
