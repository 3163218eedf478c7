"""A damaged cache is found at start-up, and the way back is a backup."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from desktop_inbox.errors import CacheDamaged
from desktop_inbox.store import backup, health
from desktop_inbox.store.db import Cache
from tests.helpers.mastodon import World


@pytest.fixture
def synced(world: World, cli, data_dir: Path) -> Path:
    for i in range(120):
        world.server.post(world.anna if i % 2 else world.bob, f"@shop message {i} " + "lorem ipsum " * 40)
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    assert backup.auto_backup(data_dir) is not None
    return data_dir / "cache.sqlite3"


def _page_of(cache: Path, table: str) -> int:
    conn = sqlite3.connect(cache)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    finally:
        conn.close()


def _scribble(cache: Path, page: int, *, at: int = 0, size: int = 4096) -> None:
    with open(cache, "r+b") as f:
        f.seek((page - 1) * 4096 + at)
        f.write(b"\xff\x13" * (size // 2))


def test_scribbled_header_is_found_at_start(synced: Path, cli, data_dir: Path) -> None:
    _scribble(synced, 1, size=100)
    started = time.monotonic()
    with pytest.raises(CacheDamaged):
        Cache(data_dir)
    assert time.monotonic() - started < 1
    result = cli("conversations")
    assert result.code == 1
    assert "damaged" in result.err and "desktop-inbox restore FILE" in result.err


def test_damaged_table_root_is_found_at_start(synced: Path, data_dir: Path) -> None:
    _scribble(synced, _page_of(synced, "message"))
    with pytest.raises(CacheDamaged):
        Cache(data_dir)


def test_truncated_file_is_found_at_start(synced: Path, data_dir: Path) -> None:
    size = synced.stat().st_size
    with open(synced, "r+b") as f:
        f.truncate(size - 8 * 4096)  # whole pages gone
    with pytest.raises(CacheDamaged):
        Cache(data_dir)
    with open(synced, "r+b") as f:
        f.truncate(size - 8 * 4096 - 1000)  # cut inside a page
    with pytest.raises(CacheDamaged):
        Cache(data_dir)


def test_damage_met_while_running_is_remembered_and_restore_clears_it(synced: Path, cli, data_dir: Path) -> None:
    # Damage inside the message table, on leaves the start-up probe does not
    # read (all but the first and the last): start-up passes, the first query
    # that meets it fails, the damage is noted and offered at the next start.
    conn = sqlite3.connect(synced)
    leaves = [r[0] for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'message' AND pagetype = 'leaf' ORDER BY pageno")]
    conn.close()
    assert len(leaves) > 10
    for page in leaves[1:-1]:
        _scribble(synced, page, at=8, size=64)  # the cell pointers
    Cache(data_dir).close()  # the cheap probe does not see it
    result = cli("show", "60")
    assert result.code == 1 and "damaged" in result.err, result
    assert health.damage_noted(data_dir)
    with pytest.raises(CacheDamaged, match="found damaged while in use"):
        Cache(data_dir)
    latest = backup.latest_auto(data_dir)
    assert latest is not None
    restored = cli("restore", str(latest), "--yes")
    assert restored.code == 0, restored
    assert health.damage_noted(data_dir) is None
    Cache(data_dir).close()
    assert cli("show", "60").code == 0


def _has_dbstat(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT count(*) FROM dbstat").fetchone()
    except sqlite3.OperationalError:
        return False
    return True


def test_probe_costs_little_on_a_large_cache(tmp_path: Path) -> None:
    data_dir = tmp_path / "big"
    cache = Cache(data_dir)
    cache.close()
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    conn.execute("INSERT INTO account (platform, base_url, remote_id, handle, secret_ref, created_at) "
                 "VALUES ('mastodon', 'https://x', '1', '@a', 'r', 0)")
    conn.execute("INSERT INTO contact (name, created_at) VALUES ('A', 0)") if _has_column(conn, "contact", "name") else None
    conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO filler (body) VALUES (?)", (("x" * 400,) for _ in range(200_000)))
    conn.commit()
    conn.close()
    started = time.monotonic()
    Cache(data_dir).close()
    opened = time.monotonic() - started
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    started = time.monotonic()
    assert health.quick_check(conn) == "ok"
    full = time.monotonic() - started
    conn.close()
    # The start-up probe does not read the file; quick_check does.
    assert opened < 0.5
    assert opened < full


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))
