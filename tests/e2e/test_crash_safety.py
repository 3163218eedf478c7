"""Kill -9 the sync at many points: nothing lost, nothing duplicated.

A large sync (hundreds of mentions, DMs and replies to unknown threads) and an
outbox delivery are each killed with SIGKILL at random moments, then allowed
to finish. The cache must pass ``PRAGMA integrity_check``, hold every message
the server has exactly once, and every queued reply must reach the server
exactly once.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.mastodon import World

pytestmark = pytest.mark.slow


def _start_sync(data_dir: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_inbox", "sync", "--once", "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill_at_random_points(data_dir: Path, rng: random.Random, times: int, window: tuple[float, float]) -> int:
    killed = 0
    for _ in range(times):
        proc = _start_sync(data_dir)
        time.sleep(rng.uniform(*window))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
    return killed


def _check_cache(data_dir: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    dupes = conn.execute(
        "SELECT account_id, remote_id, count(*) FROM message GROUP BY 1, 2 HAVING count(*) > 1"
    ).fetchall()
    assert dupes == []
    # The search index has exactly one entry per message.
    assert conn.execute("SELECT count(*) FROM message").fetchone()[0] == conn.execute(
        "SELECT count(*) FROM message_fts"
    ).fetchone()[0]
    return conn


def test_killed_sync_loses_and_duplicates_nothing(world: World, cli_process, data_dir: Path) -> None:
    rng = random.Random(1234)
    server = world.server
    customers = [server.add_account(f"customer{i}", f"Customer {i}") for i in range(40)]
    start = datetime.now(UTC) - timedelta(days=20)
    expected_in = set()
    for i in range(900):
        who = customers[i % len(customers)]
        when = start + timedelta(minutes=30 * i)
        if i % 9 == 0:
            # A reply to a post of theirs we have never seen: the sync threads
            # it under that post's id (the post comes when the thread is opened).
            root = server.post(who, f"Thinking about shoes, day {i}", created_at=when - timedelta(minutes=1))
            status = server.post(who, f"@shop what do you think? #{i}", in_reply_to=root, created_at=when)
        elif i % 5 == 0:
            status = server.post(who, f"@shop private question #{i}", visibility="direct", created_at=when)
        else:
            status = server.post(who, f"@shop public question #{i} Ζάππος 客户", created_at=when)
        expected_in.add(status.id)
    # Slow the server down so the kills land inside the sync: a first sync
    # asks for pages only (no request per reply), a few dozen of them.
    server.inject("slow", path="/api/v1/.*", delay=0.3, count=100_000)

    assert cli_process("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", "--history", "all",
                       stdin=world.token + "\n").code == 0
    killed = _kill_at_random_points(data_dir, rng, times=12, window=(0.5, 1.8))
    assert killed >= 8, killed  # most runs were cut off mid-sync
    final = cli_process("sync", "--once", timeout=300)
    assert final.code == 0, final

    conn = _check_cache(data_dir)
    stored = {r[0] for r in conn.execute("SELECT remote_id FROM message WHERE direction = 'in'")}
    assert stored == expected_in
    server.clear_faults()

    # Now the outbox: 40 replies, delivery killed again and again.
    conversations = json.loads(cli_process("conversations", "--state", "needs_reply", "--json").out)[:40]
    texts = set()
    for n, conv in enumerate(conversations):
        text = f"Thanks for writing, reply number {n}"
        assert cli_process("reply", str(conv["id"]), "--text", text).code == 0
        texts.add(text)
    # Slow enough (40 replies, 10 s) that most kills land while replies go out.
    server.inject("slow", method="POST", path="/api/v1/statuses", delay=0.25, count=100_000)
    killed = _kill_at_random_points(data_dir, rng, times=10, window=(0.5, 2.5))
    assert killed >= 5
    final = cli_process("sync", "--once", timeout=300)
    assert final.code == 0, final

    posted = [s.text for s in server.replies_by(world.shop)]
    assert len(posted) == len(texts)  # nothing posted twice
    assert {t.split(" ", 1)[1] for t in posted} == texts  # nothing lost (each starts with the @mention)
    conn = _check_cache(data_dir)
    states = dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    assert states == {"sent": len(texts)}
    out_rows = conn.execute("SELECT count(*) FROM message WHERE direction = 'out'").fetchone()[0]
    assert out_rows == len(texts)


def test_history_import_resumes_where_it_stopped(world: World, cli_process, data_dir: Path) -> None:
    server = world.server
    start = datetime.now(UTC) - timedelta(days=300)
    for i in range(1200):
        server.post(world.anna if i % 2 else world.bob, f"@shop old question {i}", created_at=start + timedelta(hours=i))
    server.inject("slow", path="/api/v1/notifications", delay=0.25, count=100_000)
    assert cli_process("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", "--history", "all",
                       stdin=world.token + "\n").code == 0
    proc = _start_sync(data_dir)
    conn = sqlite3.connect(data_dir / "cache.sqlite3", timeout=30)

    def cursor() -> str | None:
        row = conn.execute("SELECT value FROM sync_cursor WHERE stream = 'mention_history'").fetchone()
        return row[0] if row else None

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if (conn.execute("SELECT count(*) FROM message").fetchone()[0] >= 400) and cursor():
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stopped_at = cursor()
    had = conn.execute("SELECT count(*) FROM message").fetchone()[0]
    assert stopped_at and 0 < had < 1200, (stopped_at, had)
    server.clear_faults()
    before = len(server.queries)
    assert cli_process("sync", "--once", timeout=300).code == 0
    history_requests = [
        q for m, p, q in server.queries[before:] if p == "/api/v1/notifications" and q.get("max_id")
    ]
    # The import went on from where it stopped, not from the top.
    assert history_requests[0]["max_id"] == [stopped_at]
    assert conn.execute("SELECT count(*) FROM message").fetchone()[0] == 1200
    conn.close()
