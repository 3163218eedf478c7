"""What the window says about the sync: every account's status the same way
in the status bar and the outbox, and history limits. (No listener left
behind by a closed dialog: test_dialogs.py.)"""

from __future__ import annotations

from typing import Any

from desktop_inbox.errors import KeyringUnavailable
from desktop_inbox.secrets import Secrets
from desktop_inbox.sync.events import SyncEvent, SyncEventKind
from desktop_inbox.ui.dialogs.outbox import COLUMNS, OutboxDialog
from tests.ui.conftest import until


class LockedKeyring(Secrets):
    """A keyring that will not open (locked, its daemon gone)."""

    def load(self, ref: str) -> dict[str, Any] | None:
        raise KeyringUnavailable("The keyring could not be read (it is locked).")


def problem_cells(dialog: OutboxDialog) -> list[str]:
    column = COLUMNS.index("Problem")
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def test_every_account_failing_is_not_online_and_the_outbox_says_why(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        ui.world.server.post(ui.world.anna, "@shop is the shop open on Sunday?")
        engine = ui.ctx.sync.engine
        await engine.sync_once()
        await engine.shutdown()  # (closes the connection made with the open keyring)
        engine.secrets = LockedKeyring()
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        w.conversation.composer.edit.setPlainText("Yes, from 10 to 4!")
        w.conversation.composer.send()
        await until(lambda: "1 reply waiting" in w.status_bar.outbox.text(), message="queued")
        await ui.start_sync()
        online = w.status_bar.connection
        await until(lambda: "keyring" in online.text().lower(), message=f"status bar: {online.text()!r}")
        assert "Online" not in online.text() and "outbox" in online.text()
        dialog = w.dialogs.outbox()
        await until(lambda: problem_cells(dialog) == ["not sent yet: the keyring is locked"], message="the Problem column")
        dialog.close()

    make_ui.run(body())


def test_a_history_limit_stays_in_the_status_bar(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        engine = ui.ctx.sync.engine
        w = ui.window
        account = (await ui.ctx.accounts.list())[0]
        note = f"{account.label}: X keeps only your 800 newest mentions; the import stopped at its limit."
        engine._emit(SyncEvent(SyncEventKind.HISTORY_LIMIT, account.id, message=note))
        progress = w.status_bar.progress
        await until(lambda: progress.text() == note, message="the note is shown")
        # A cycle that ends well does not wipe it.
        engine._emit(SyncEvent(SyncEventKind.CYCLE, account.id))
        assert progress.text() == note

    make_ui.run(body())
