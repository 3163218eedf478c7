"""Backup and restore: consistent while a sync writes, checked before use.

The sync runs as a real process (``desktop-inbox sync``) against the local
Mastodon server, slowed down so that the backups (other real processes, as
when the app runs) land in the middle of its writes.
"""

from __future__ import annotations

import json
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_inbox.store import backup, migrations
from desktop_inbox.store.lock import APP, FolderLock
from tests.helpers.mastodon import World

pytestmark = pytest.mark.slow


def fill(world: World, n: int) -> set[str]:
    server = world.server
    customers = [server.add_account(f"buyer{i}", f"Buyer {i}") for i in range(12)]
    start = datetime.now(UTC) - timedelta(days=5)
    ids = set()
    for i in range(n):
        who = customers[i % len(customers)]
        visibility = "direct" if i % 4 == 0 else "public"
        status = server.post(who, f"@shop question {i} about order #{1000 + i}", visibility=visibility,
                             created_at=start + timedelta(minutes=5 * i))
        ids.add(status.id)
    return ids


def check_consistent(path: Path) -> dict[str, int]:
    """A snapshot is one state of the cache: sound, and its tables agree."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        messages = conn.execute("SELECT count(*) FROM message").fetchone()[0]
        # Message and search index are written in one transaction: a torn
        # snapshot would show them apart.
        assert conn.execute("SELECT count(*) FROM message_fts").fetchone()[0] == messages
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        return {"messages": messages, "version": conn.execute("PRAGMA user_version").fetchone()[0]}
    finally:
        conn.close()


def test_backup_taken_while_a_sync_writes_is_consistent_and_restores(world: World, cli, cli_process, data_dir: Path,
                                                                         tmp_path: Path) -> None:
    expected = fill(world, 300)
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", "--history", "all",
                       stdin=world.token + "\n").code == 0
    # Slow pages: the sync takes a few seconds, writing page after page.
    world.server.inject("slow", path="/api/v1/(notifications|conversations|accounts/.*)", delay=0.5, count=100_000)
    sync = subprocess.Popen([sys.executable, "-m", "desktop_inbox", "sync", "--once", "--data-dir", str(data_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    snapshots: list[tuple[Path, dict[str, int]]] = []
    from_cli: list[Path] = []

    def command_line_backups() -> None:  # as a user would, in their own processes
        n = 0
        while sync.poll() is None:
            n += 1
            out = tmp_path / f"cli-{n}.sqlite3"
            result = cli_process("backup", "--output", str(out))
            assert result.code == 0, result
            assert "Backup written" in result.out
            from_cli.append(out)

    user = threading.Thread(target=command_line_backups)
    try:
        user.start()
        deadline = time.monotonic() + 150
        n = 0
        while sync.poll() is None and time.monotonic() < deadline:
            n += 1
            out = tmp_path / f"during-{n}.sqlite3"
            backup.snapshot(data_dir / "cache.sqlite3", out)  # what the app's backup service runs, on its own thread
            snapshots.append((out, check_consistent(out)))
            time.sleep(0.05)
        err_text = sync.communicate(timeout=180)[0]
        user.join(timeout=60)
    finally:
        if sync.poll() is None:
            sync.kill()
    assert sync.returncode == 0, err_text
    world.server.clear_faults()
    counts = [s[1]["messages"] for s in snapshots]
    # Some snapshots caught the sync half-way.
    assert any(0 < c < len(expected) for c in counts), counts
    print("snapshot message counts:", sorted(set(counts)), len(counts), "command-line backups:", len(from_cli))
    assert counts == sorted(counts)
    assert from_cli
    for path in from_cli:
        check_consistent(path)
    for path, _ in [*snapshots, *((p, None) for p in from_cli)]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert world.token.encode() not in path.read_bytes()

    # Queue a reply, back up, let it go out; then restore the older backup.
    conv = json.loads(cli("conversations", "--json").out)[0]
    assert cli("reply", str(conv["id"]), "--text", "Thanks, it ships today").code == 0
    with_reply = tmp_path / "with-reply.sqlite3"
    assert cli("backup", "--output", str(with_reply)).code == 0
    assert cli("sync", "--once").code == 0
    assert len(world.server.replies_by(world.shop)) == 1

    middle = next(p for p, c in snapshots if 0 < c["messages"] < len(expected))
    # Refuses without a yes.
    answer = cli("restore", str(middle), stdin="n\n")
    assert answer.code == 2 and "Nothing was changed" in answer.out
    restored = cli_process("restore", str(with_reply), "--yes")
    assert restored.code == 0, restored
    assert "1 account(s) need you to sign in again" in restored.out
    assert "1 waiting repl(y/ies) will be checked" in restored.out
    accounts = json.loads(cli("accounts", "list", "--json").out)
    assert [a["state"] for a in accounts] == ["needs_sign_in"]
    # The replaced cache is kept, private.
    kept = list((data_dir / backup.BACKUP_DIR).glob(backup.REPLACED_PREFIX + "*"))
    assert len(kept) == 1 and stat.S_IMODE(kept[0].stat().st_mode) == 0o600

    # After signing in again, the reply that went out after the backup is
    # found on the server, not posted again.
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin",
                       stdin=world.token + "\n").code == 0
    final = cli("sync", "--once")
    assert final.code == 0, final
    assert len(world.server.replies_by(world.shop)) == 1
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    stored = {r[0] for r in conn.execute("SELECT remote_id FROM message WHERE direction = 'in'")}
    assert stored == expected
    assert conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall() == [("sent", 1)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_restore_checks_the_backup_first(world: World, cli, data_dir: Path, tmp_path: Path) -> None:
    world.server.post(world.anna, "@shop hello")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    good = tmp_path / "good.sqlite3"
    assert cli("backup", "--output", str(good)).code == 0
    assert cli("backup", "--output", str(good)).code == 2  # never overwritten by accident
    before = (data_dir / "cache.sqlite3").read_bytes()

    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    damaged = tmp_path / "damaged.sqlite3"
    raw = bytearray(good.read_bytes())
    page = 4096
    for offset in range(2 * page + 100, len(raw), page):  # scribble over every page after the second
        raw[offset:offset + 200] = b"\xa5" * 200
    damaged.write_bytes(bytes(raw))
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()

    for path, words in ((not_db, "not a Desktop Inbox backup"), (damaged, "damaged"), (newer, "newer Desktop Inbox"),
                        (other, "not a Desktop Inbox cache"), (tmp_path / "missing.sqlite3", "No backup file")):
        result = cli("restore", str(path), "--yes")
        assert result.code == 2, (path, result)
        assert words in result.err, (path, result.err)
        assert len(result.err.strip().splitlines()) == 1  # one clear line
    assert (data_dir / "cache.sqlite3").read_bytes() == before

    # Not while the app has the folder.
    app = FolderLock(data_dir, APP)
    assert app.acquire()
    try:
        busy = cli("restore", str(good), "--yes")
        assert busy.code == 1 and "quit it first" in busy.err
    finally:
        app.release()
    assert cli("restore", str(good), "--yes").code == 0


def test_automatic_backups_are_daily_private_and_rotated(world: World, cli, data_dir: Path) -> None:
    world.server.post(world.anna, "@shop hello")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    day = datetime(2030, 1, 1, 9, tzinfo=UTC)
    taken = []
    for n in range(8):
        info = backup.auto_backup(data_dir, now=day + timedelta(days=n))
        assert info is not None
        taken.append(info.path.name)
        # Not again the same day.
        assert backup.auto_backup(data_dir, now=day + timedelta(days=n, hours=5)) is None
    kept = [p.name for p in backup.auto_backups(data_dir)]
    assert kept == sorted(taken, reverse=True)[: backup.AUTO_KEEP]
    folder = data_dir / backup.BACKUP_DIR
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    listed = cli("backup", "--list")
    assert listed.out.count("auto-") == backup.AUTO_KEEP
