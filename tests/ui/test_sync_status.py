"""What the window says about the sync: every account's status the same way
in the status bar and the outbox, history limits, and no listener left
behind by a closed dialog."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from desktop_inbox.errors import KeyringUnavailable
from desktop_inbox.secrets import Secrets
from desktop_inbox.sync.events import SyncEvent, SyncEventKind
from desktop_inbox.ui.outbox_dialog import OutboxDialog
from tests.ui.conftest import until


class LockedKeyring(Secrets):
    """A keyring that will not open (locked, its daemon gone)."""

    def load(self, ref: str) -> dict[str, Any] | None:
        raise KeyringUnavailable("The keyring could not be read (it is locked).")


def problem_cells(dialog: OutboxDialog) -> list[str]:
    return [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]


def test_every_account_failing_is_not_online_and_the_outbox_says_why(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        ui.world.server.post(ui.world.anna, "@shop is the shop open on Sunday?")
        engine = ui.ctx.sync.engine
        await engine.sync_once()
        await engine.shutdown()  # (closes the connection made with the open keyring)
        engine.secrets = LockedKeyring()
        w = ui.window
        await until(lambda: w.current is not None)
        w.composer.edit.setPlainText("Yes, from 10 to 4!")
        w.composer.send()
        await until(lambda: "1 reply waiting" in w.outbox_label.text(), message="queued")
        await ui.start_sync()
        await until(lambda: "keyring" in w.online_label.text().lower(), message=f"status bar: {w.online_label.text()!r}")
        assert "Online" not in w.online_label.text() and "outbox" in w.online_label.text()
        dialog = w.open_outbox()
        await until(lambda: problem_cells(dialog) == ["not sent yet: the keyring is locked"], message="the Problem column")
        dialog.close()

    make_ui.run(body())


def test_a_closed_outbox_leaves_no_listener_behind(make_ui, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        engine = ui.ctx.sync.engine
        account = (await ui.ctx.accounts.list())[0]
        baseline = engine.listener_count
        for _ in range(3):
            dialog = ui.window.open_outbox()
            await until(lambda: dialog.isVisible())  # noqa: B023
            dialog.close()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert engine.listener_count == baseline
        with caplog.at_level(logging.ERROR, logger="desktop_inbox.sync"):
            engine._emit(SyncEvent(SyncEventKind.OUTBOX, account.id))
        assert "sync listener failed" not in caplog.text

    make_ui.run(body())


def test_a_history_limit_stays_in_the_status_bar(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        engine = ui.ctx.sync.engine
        w = ui.window
        account = (await ui.ctx.accounts.list())[0]
        note = f"{account.label}: X keeps only your 800 newest mentions; the import stopped at its limit."
        engine._emit(SyncEvent(SyncEventKind.HISTORY_LIMIT, account.id, message=note))
        await until(lambda: w.progress_label.text() == note, message="the note is shown")
        # A cycle that ends well does not wipe it.
        engine._emit(SyncEvent(SyncEventKind.CYCLE, account.id))
        assert w.progress_label.text() == note

    make_ui.run(body())
