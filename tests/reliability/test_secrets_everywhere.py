"""The token is in no file the app ever wrote.

A whole life of one data folder, in real processes: sign in, syncs that fail
(5xx, a revoked token) with verbose logs, the desktop app running with its
automatic backup, a reply, a backup to a file of the user's choice, the
cache encrypted and decrypted again. Then every file in the data folder, the
settings folder and every backup/export is read byte by byte: neither the
token nor the cache key is there, nor on any standard output or error.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.encryption import CacheKey
from desktop_inbox.store import backup
from tests.helpers.mastodon import World
from tests.helpers.waiting import wait_until

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def _count(data_dir: Path) -> int:
    try:
        with sqlite3.connect(data_dir / "cache.sqlite3") as conn:
            return conn.execute("SELECT count(*) FROM message").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_no_file_the_app_wrote_holds_the_token(world: World, cli, cli_process, data_dir: Path, tmp_path: Path) -> None:
    outputs: list[str] = []

    def run(*args: str, stdin: str = "", process: bool = False) -> object:
        result = (cli_process if process else cli)(*args, stdin=stdin)
        outputs.extend([result.out, result.err])
        return result

    def grep_everything(secrets: list[str]) -> list[Path]:
        files = [p for root in (data_dir, settings, exported) for p in root.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            for secret in secrets:
                assert secret.encode() not in data, (path, secret[:4])
                assert secret.encode("utf-16-le") not in data, path
        for text in outputs:
            for secret in secrets:
                assert secret not in text
        return files

    world.server.post(world.anna, "@shop hello, my card ends 4242")
    assert run("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", "--verbose",
               stdin=world.token + "\n", process=True).code == 0
    world.server.inject("status", path="/api/v1/.*", status=503, count=6)
    run("sync", "--once", "--verbose", process=True)
    world.server.clear_faults()

    settings = tmp_path / "qt-settings"
    exported = tmp_path / "exports"
    exported.mkdir()
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop_inbox", "--data-dir", str(data_dir), "--settings-dir", str(settings),
         "--sync-interval", "0.5", "--backup-delay", "0.5", "--verbose"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        wait_until(lambda: backup.latest_auto(data_dir) is not None, what="the automatic backup")
        world.server.post(world.bob, "@shop is it in stock?")
        wait_until(lambda: _count(data_dir) >= 2, what="the app synced")
        world.server.revoke_tokens(world.shop)  # the app meets a 401
        world.server.post(world.anna, "@shop anyone there?")
        wait_until(lambda: "needs_sign_in" in cli("accounts", "list", "--json").out, what="the 401")
        app.send_signal(signal.SIGTERM)
        out, _ = app.communicate(timeout=30)
        outputs.append(out)
        assert app.returncode == 0, out
    finally:
        if app.poll() is None:
            app.kill()
    new_token = world.server.issue_token(world.shop)  # signed in again with a new token
    assert run("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin",
               stdin=new_token + "\n").code == 0
    conv = json.loads(run("conversations", "--json").out)[0]  # type: ignore[attr-defined]
    assert run("reply", str(conv["id"]), "--text", "Yes, in stock!").code == 0
    assert run("sync", "--once", "--verbose").code == 0
    assert run("backup", "--output", str(exported / "my-backup.sqlite3")).code == 0
    (exported / "conversations.json").write_text(run("conversations", "--json").out, encoding="utf-8")  # type: ignore[attr-defined]
    files = grep_everything([world.token, new_token])
    names = {p.name for p in files}
    assert {"desktop-inbox.log", "cache.sqlite3", "my-backup.sqlite3", "conversations.json"} <= names
    assert any(n.startswith("auto-") for n in names) and any(n.endswith(".ini") for n in names)

    assert run("encrypt").code == 0
    key = CacheKey(Secrets(), data_dir).load()
    assert key
    assert run("search", "stock", "--verbose").code == 0
    assert run("decrypt").code == 0

    grep_everything([world.token, new_token, key])
