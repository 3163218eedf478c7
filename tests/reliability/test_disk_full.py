"""Disk full in the middle of a sync: a clear message, nothing lost, resumes.

Two ways to run out of space, both real to SQLite: a small tmpfs filled to
the brim (ENOSPC: "database or disk is full"; needs root that may mount,
as on the CI machine), and a file-size limit on the sync process
(RLIMIT_FSIZE: writes fail with EFBIG, which SQLite reports as a disk I/O
error; works anywhere). Without permission to mount, the first case runs
with the limit too (and says so).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_inbox import cli as cli_module
from desktop_inbox.store import drafts
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database, to_ms
from tests.helpers.mastodon import World

pytestmark = pytest.mark.slow

LOREM = ("Where is my order? I wrote last week about the sandals in size 38 and the invoice address. " * 7)[:640]


def _mount_tmpfs(path: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
                          capture_output=True, text=True)
    return done.returncode == 0


@pytest.fixture(params=["small-filesystem", "file-size-limit"])
def place(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    root = tmp_path / "fs"
    mounted = request.param == "small-filesystem" and _mount_tmpfs(root, "48m")
    if request.param == "small-filesystem" and not mounted:
        print("\nno permission to mount a tmpfs here: running with a file-size limit instead")
    root.mkdir(exist_ok=True)
    yield ("small-filesystem" if mounted else "file-size-limit"), root / "data"
    if mounted:
        subprocess.run(["umount", "-l", str(root)], check=False)


def _sync(data_dir: Path, *, file_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        if file_limit is not None:
            # Over the limit, write() fails with EFBIG instead of killing us.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run([sys.executable, "-m", "desktop_inbox", "sync", "--once", "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=300, preexec_fn=limit)


def _fill(folder: Path, leave: int) -> Path:
    """A ballast file that leaves ``leave`` bytes free on the filesystem."""
    ballast = folder.parent / "ballast"
    free = shutil.disk_usage(folder).free
    with open(ballast, "wb") as f:
        f.write(b"\0" * max(free - leave, 0))
    return ballast


def test_disk_full_during_a_sync(place: tuple[str, Path], world: World) -> None:
    how, data_dir = place
    server = world.server
    for i in range(3):
        server.post(world.anna if i % 2 else world.bob, f"@shop first question {i}")
    # The command line in this process, on the small filesystem's data folder.
    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        old = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            code = cli_module.run([*args, "--data-dir", str(data_dir)], out=out, err=err)
        finally:
            sys.stdin = old
        return code, out.getvalue(), err.getvalue()

    assert run("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", "--history", "all",
               stdin=world.token + "\n")[0] == 0
    assert run("sync", "--once")[0] == 0
    conversations = json.loads(run("conversations", "--json")[1])
    # Replies still in their undo window (not due yet), and a draft.
    texts = [f"Reply {n}: it ships tomorrow" for n in range(2)]
    for conv, text in zip(conversations, texts, strict=False):
        assert run("reply", str(conv["id"]), "--text", text)[0] == 0
    cache = Cache(data_dir)
    cache.call_write(drafts.save, conversations[-1]["id"], "Draft: let me check the warehouse…")
    cache.call_write(lambda: database.execute_sql("UPDATE outbox SET not_before = ?", (to_ms(datetime.now(UTC) + timedelta(days=1)),)))
    cache.close()

    start = datetime.now(UTC) - timedelta(days=3)
    expected = {s.id for s in server.statuses.values() if s.account_id != world.shop.id}
    for i in range(1200):
        status = server.post(world.anna if i % 2 else world.bob, f"@shop #{i} {LOREM}",
                             created_at=start + timedelta(minutes=i))
        expected.add(status.id)

    ballast = None
    if how == "small-filesystem":
        ballast = _fill(data_dir, leave=450_000)
        failed = _sync(data_dir)
    else:
        biggest = max(p.stat().st_size for p in data_dir.rglob("*") if p.is_file())
        failed = _sync(data_dir, file_limit=biggest + 450_000)

    # A clear message, one line per account, no traceback.
    assert failed.returncode == 1, failed
    assert "Traceback" not in failed.stderr, failed.stderr[-6000:]
    words = "The disk is full" if how == "small-filesystem" else "the disk may be full"
    assert words in failed.stderr, failed.stderr
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored_then = conn.execute("SELECT count(*) FROM message").fetchone()[0]
        assert stored_then < len(expected)  # it really stopped part-way
        queued = conn.execute("SELECT text, state FROM outbox ORDER BY id").fetchall()
        assert [q[0].split(" ", 1)[1] if q[0].startswith("@") else q[0] for q in queued] == texts
        assert {q[1] for q in queued} <= {"queued", "sending"}
        assert conn.execute("SELECT text FROM draft").fetchall() == [("Draft: let me check the warehouse…",)]
    finally:
        conn.close()

    # Space again: the next sync resumes and finishes; each reply goes out once.
    if ballast is not None:
        ballast.unlink()
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    with conn:
        conn.execute("UPDATE outbox SET not_before = 0")  # the undo window is over
    conn.close()
    resumed = _sync(data_dir)
    assert resumed.returncode == 0, resumed
    again = _sync(data_dir)
    assert again.returncode == 0, again
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT remote_id FROM message WHERE direction = 'in'")}
        assert stored == expected
        assert conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall() == [("sent", 2)]
    finally:
        conn.close()
    posted = [s.text for s in server.replies_by(world.shop)]
    assert sorted(t.split(" ", 1)[1] for t in posted) == sorted(texts)
    with contextlib.suppress(Exception):
        Cache(data_dir).close()
