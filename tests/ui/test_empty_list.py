"""What the empty conversation list says: how to add an account when there
is none, and that nobody is waiting once there is one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.engine import SyncEngine
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.mainwindow import MainWindow
from desktop_inbox.ui.settings import Settings
from desktop_inbox.ui.tasks import cancel_all
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until


def test_with_no_account_the_empty_list_says_how_to_add_one(qloop, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cache = Cache(tmp_path / "data")
    secrets = Secrets()
    ctx = AppContext(
        data_dir=tmp_path / "data", cache=cache, secrets=secrets, inbox=Inbox(cache),
        engine_source=SyncEngine(cache=cache, secrets=secrets, poll_interval=60),
    )
    window = MainWindow(ctx, Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    window.start()

    async def body() -> None:
        await until(lambda: window.list_pane.empty_label.text(), message="the empty list says something")
        assert window.list_pane.stack.currentWidget() is window.list_pane.empty_label
        text = window.list_pane.empty_label.text()
        assert "File ▸ Add account…" in text
        assert "Well done" not in text and "Nobody is waiting" not in text
        await cancel_all()

    try:
        qloop.run_until_complete(body())
    finally:
        cache.close()


def test_with_an_account_and_nobody_waiting_the_list_says_so(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.attach(make_world())
        w = ui.window
        await until(lambda: w.list_pane.empty_label.text(), message="the empty list says something")
        assert w.list_pane.stack.currentWidget() is w.list_pane.empty_label
        assert w.list_pane.empty_label.text() == "Nobody is waiting for an answer. Well done!"

    make_ui.run(body())
