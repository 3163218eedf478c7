"""Restoring from the app: orderly shutdown, restore, and the app starts again.

The real app (offscreen) is started through a small driver that, once the
window is up, chooses a backup exactly as File ▸ Restore does (the dialogs
themselves are tested in tests/ui/test_backup_ui.py). The app must stop, put
the backup in place and exec itself again: the same process id comes back
with the restored cache, its account asking to sign in.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers.mastodon import World
from tests.helpers.waiting import app_log, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from desktop_inbox.ui import application, mainwindow
    from desktop_inbox.ui.backup_actions import RESTORE_KEY

    backup, argv = Path(sys.argv[1]), sys.argv[2:]
    start_rest = mainwindow.MainWindow.start_rest  # (the app's loop runs from here on)

    def start_then_restore(self):
        start_rest(self)
        def choose():
            self.ctx.extras[RESTORE_KEY] = backup
            self.ctx.request_quit()
        QTimer.singleShot(1500, choose)

    mainwindow.MainWindow.start_rest = start_then_restore
    application.run_gui(argv)
    """
)


def test_restore_from_the_app_restarts_on_the_restored_cache(world: World, cli, data_dir: Path, tmp_path: Path) -> None:
    world.server.post(world.anna, "@shop first")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    saved = tmp_path / "before.sqlite3"
    assert cli("backup", "--output", str(saved)).code == 0
    world.server.post(world.bob, "@shop second, after the backup")
    assert cli("sync", "--once").code == 0

    app = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(saved), "--data-dir", str(data_dir), "--settings-dir", str(tmp_path / "qt"),
         "--sync-interval", "1"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        wait_until(lambda: app_log(data_dir).count("started with") >= 2, what="the app started again after the restore")
        log = app_log(data_dir)
        assert "restored before.sqlite3" in log and "starting again" in log
        assert app.poll() is None  # the same process, exec'd
        conn = sqlite3.connect(data_dir / "cache.sqlite3")
        texts = [r[0] for r in conn.execute("SELECT text FROM message")]
        state = conn.execute("SELECT state FROM account").fetchone()[0]
        conn.close()
        assert texts == ["@shop first"] and state == "needs_sign_in"
        replaced = list((data_dir / "backups").glob("replaced-*"))
        assert len(replaced) == 1
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
