"""A command costs its own work: ``search``, ``conversations`` and ``show``
load neither the network, the keyring, Qt, pictures, a team's PostgreSQL
nor the parsers and modules of the other commands, nor an event loop, nor
threads for the cache (bench row 9: a whole process against a bare sqlite3
script); and ``--help`` still lists every command, each with its own
working ``--help``.

Each command runs in a process of its own, through the console script's
``main``, as a user runs it (this test process has everything loaded).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_inbox.records import Direction, Kind, Person, Platform, Post
from desktop_inbox.store import ingest
from tests.helpers.shop import T0, shop_cache

# What the three reading commands must not load (each costs from ~5 ms to
# ~400 ms at start, and none of it is needed to read the cache).
NOT_FOR_READING = (
    "httpx", "atproto", "atproto_client", "keyring", "PySide6", "psycopg", "imapclient", "aiosmtplib", "PIL",
    "sqlcipher3",  # a plain cache never needs it
    "desktop_inbox.connectors", "desktop_inbox.sync", "desktop_inbox.ui",
    "desktop_inbox.services.replies", "desktop_inbox.services.accounts", "desktop_inbox.services.signin",
    "desktop_inbox.store.pg.migrations",  # a team's schema, not a local cache's
    "desktop_inbox.cli.replies", "desktop_inbox.cli.team", "desktop_inbox.cli.data", "desktop_inbox.cli.platforms",
    # No event loop (~40 ms) and no thread pool: the command awaits the cache on its own thread.
    "asyncio", "concurrent.futures",
    # Opening a plain cache in a folder without a team: no backups, encryption, keyring or team modules.
    "desktop_inbox.services.backup", "desktop_inbox.services.encryption", "desktop_inbox.services.team",
    # The SQL, not the ~30 peewee models; no aggregates or kept pictures for a thread without them.
    "desktop_inbox.store.schema", "desktop_inbox.store.aggregate", "desktop_inbox.store.media",
    # The log file's rotating handler (with socket and pickle) waits for a first record; a data folder
    # given needs no platformdirs; argparse's width needs no shutil; peewee's seldom used modules wait.
    "logging.handlers", "platformdirs", "shutil", "hashlib", "socket", "uuid",
)  # fmt: skip

# Run as the console script runs: desktop_inbox.app.main(argv); then say what was
# loaded and which threads were started.
PROBE = """
import json, sys, threading
started = []
_start = threading.Thread.start
def start(self):
    started.append(self.name)
    _start(self)
threading.Thread.start = start
from desktop_inbox.app import main
code = main(sys.argv[1:])
sys.stdout.flush()
print("\\nPROBE " + json.dumps({"code": code, "modules": sorted(sys.modules), "threads": started}))
"""

COMMANDS = (
    "accounts", "sync", "conversations", "show", "reply", "attachment", "done", "search", "export", "media",
    "storage", "forget", "searches", "snippets", "contacts", "snooze", "followup", "stats", "outbox", "backup",
    "restore", "encrypt", "decrypt", "listening", "team", "assign",
)  # fmt: skip


def _env() -> dict[str, str]:
    return {**os.environ, "COLUMNS": "100"}


def probe(argv: list[str]) -> tuple[int, str, set[str]]:
    code, out, modules, _threads = probe_threads(argv)
    return code, out, modules


def probe_threads(argv: list[str]) -> tuple[int, str, set[str], list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=120, env=_env(), check=False
    )
    out, _, report = done.stdout.rpartition("\nPROBE ")
    assert report, done.stderr
    found = json.loads(report)
    return found["code"], out, set(found["modules"]), found["threads"]


def person(name: str) -> Person:
    user = name.lower()
    return Person(Platform.MASTODON, f"https://m.example/@{user}", f"id-{user}", f"@{user}@m.example", name)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache with three customers' conversations, two asking for a refund."""
    data_dir = tmp_path_factory.mktemp("cost") / "data"
    posts = [
        Post(f"{i}", who, text, T0 + timedelta(minutes=i), Kind.DIRECT, direction, who)
        for i, (who, text, direction) in enumerate(
            [
                (person("Anna"), "my sandals broke, I would like a refund", Direction.IN),
                (person("Bob"), "where is order #5521?", Direction.IN),
                (person("Carl"), "refund for the boots please", Direction.IN),
            ]
        )
    ]
    for cache in shop_cache(data_dir):
        cache.call_write(ingest.store_page, 1, "s", posts, cursor="x", exhausted=False, unread=True)
    return data_dir


@pytest.mark.parametrize(
    ("argv", "printed"),
    [
        (["search", "refund"], "refund for the boots please"),
        (["conversations", "--limit", "50"], "my sandals broke"),
        (["show", "1"], "my sandals broke"),
    ],
)
def test_a_reading_command_loads_only_what_reading_needs(argv: list[str], printed: str, data: Path) -> None:
    code, out, modules, threads = probe_threads(["--data-dir", str(data), *argv])
    assert code == 0 and printed in out, out
    loaded = sorted(m for m in modules if any(m == name or m.startswith(name + ".") for name in NOT_FOR_READING))
    assert loaded == [], f"{argv[0]} loaded {loaded}"
    assert threads == [], f"{argv[0]} started threads {threads}"  # (the cache's reader, writer and checkpointer)


def test_a_command_that_needs_more_still_gets_it(data: Path) -> None:
    # The other side: what was left out loads with the command that uses it.
    code, out, modules, threads = probe_threads(["--data-dir", str(data), "outbox", "--json"])
    assert code == 0 and out.strip() == "[]", out
    assert "desktop_inbox.services.replies" in modules and "desktop_inbox.cli.replies" in modules
    # A command with an event loop keeps the cache's reader and writer threads.
    assert "asyncio" in modules and any(name.startswith("db-read") for name in threads), threads


def test_the_log_file_is_there_before_its_first_record(tmp_path: Path) -> None:
    # Its handler opens at the first record, but the file is made (private) at once,
    # and what is logged then goes to it.
    import logging

    from desktop_inbox import logging_setup

    data_dir = tmp_path / "data"
    (data_dir / "logs").mkdir(parents=True)
    try:
        logging_setup.setup(data_dir=data_dir, stderr=False)
        log = data_dir / "logs" / "desktop-inbox.log"
        assert log.exists() and log.read_text(encoding="utf-8") == ""
        assert log.stat().st_mode & 0o077 == 0
        logging.getLogger("desktop_inbox.test").info("first record")
        assert "first record" in log.read_text(encoding="utf-8")
    finally:
        logging_setup.setup(data_dir=None, stderr=False)


def test_a_command_without_an_event_loop_that_awaits_one_is_refused() -> None:
    import asyncio

    from desktop_inbox.cli.main import run_without_loop

    async def answers() -> int:
        return 7

    async def sleeps() -> int:
        await asyncio.sleep(0)
        return 7

    assert run_without_loop(answers()) == 7
    with pytest.raises(RuntimeError, match="needs an event loop"):
        run_without_loop(sleeps())


def _listed(help_text: str) -> list[str]:
    """The sub-commands a --help lists (the indented names under COMMAND/ACTION/PLATFORM)."""
    block = re.search(r"\n  (?:COMMAND|ACTION|PLATFORM)(?: .*)?\n((?:    .*\n)+)", help_text)
    return [line.split()[0] for line in block.group(1).splitlines() if line.startswith("    ") and line[4] != " "] if block else []


def test_help_lists_every_command_and_each_has_its_own_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_inbox", "--help"], capture_output=True, text=True, timeout=60, env=_env(), check=False
    )
    assert done.returncode == 0, done.stderr
    assert tuple(_listed(done.stdout)) == COMMANDS
    # Every command and sub-command down the tree answers --help with its own usage.
    from desktop_inbox.app import main

    seen, todo = 0, [[name] for name in COMMANDS]
    while todo:
        path = todo.pop()
        out = _help(main, path)
        assert out.startswith(f"usage: desktop-inbox {' '.join(path)} "), (path, out[:200])
        todo.extend([*path, name] for name in _listed(out))
        seen += 1
    assert seen == 62  # 26 commands, 36 actions and platforms under them


def _help(main: object, path: list[str]) -> str:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), pytest.raises(SystemExit) as exit_:
        main([*path, "--help"])  # type: ignore[operator]
    assert exit_.value.code == 0, path
    return buf.getvalue()


def test_a_reading_command_run_as_the_program_ends_with_its_output_status_and_log(tmp_path: Path) -> None:
    # ``python -m desktop_inbox`` (as the console script) ends a reading command's process
    # without tearing the interpreter down: what it printed, its exit status and what it
    # logged (here: migrating an older cache) are all there.
    import sqlite3

    from desktop_inbox.store import migrations

    data_dir = tmp_path / "old"
    data_dir.mkdir()
    with sqlite3.connect(data_dir / "cache.sqlite3", isolation_level=None) as conn:
        conn.execute("PRAGMA journal_mode = wal")
        migrations.migrate(conn, target=migrations.LATEST - 1)
    conn.close()

    def program(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_inbox", "--data-dir", str(data_dir), *argv],
            capture_output=True, text=True, timeout=120, env=_env(), check=False,
        )  # fmt: skip

    missing = program("show", "12345")
    assert missing.returncode == 2, missing
    assert missing.stderr == "desktop-inbox: error: There is no conversation 12345.\n"
    log = (data_dir / "logs" / "desktop-inbox.log").read_text(encoding="utf-8")
    assert f"cache schema {migrations.LATEST - 1} -> {migrations.LATEST}" in log
    listed = program("conversations", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == [], listed
    found = program("search", "anything")
    assert (found.returncode, found.stdout) == (0, "No messages found.\n"), found
