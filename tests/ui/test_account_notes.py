"""The app says when a part of an account cannot be reached (issue 19).

A Bluesky account whose chat service is down is added with direct messages
unavailable (tests/bluesky/test_chat_unavailable.py); the sidebar and the
accounts dialog show it, with the reason, until the part works again. The
note is set on a Mastodon account here: the display does not depend on the
platform, and the app runs against the local server.
"""

from __future__ import annotations

from desktop_inbox.records import DIRECT_MESSAGES
from desktop_inbox.store import accounts as store_accounts
from tests.ui.conftest import until

WHY = "Bluesky's chat service cannot be reached (Bluesky had a server error (500)); direct messages are tried again at every sync."


def test_the_sidebar_and_the_accounts_dialog_say_direct_messages_are_unavailable(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        ui = await make_ui.build()
        [account] = await ui.ctx.accounts.list()

        def shown(mark: str) -> bool:
            item = ui.window.sidebar._accounts_item.child(0)
            return item is not None and item.text(0).startswith(mark)

        # A working account: its platform's icon and its handle, no status mark (issue 22).
        await until(lambda: shown(account.handle), message="the account listed as fine")

        await ui.ctx.cache.write(store_accounts.set_unavailable, account.id, DIRECT_MESSAGES, WHY)
        ui.window.refresh_all()
        await until(lambda: shown(f"⚠ {account.handle}"), message="marked")
        item = ui.window.sidebar._accounts_item.child(0)
        assert f"Direct messages unavailable: {WHY}" in item.toolTip(0)
        dialog = ui.window.dialogs.accounts()
        await until(lambda: dialog.table.rowCount() == 1 and dialog.table.item(0, 2) is not None)
        state = dialog.table.item(0, 2)
        assert state.text() == f"Connected — direct messages unavailable: {WHY}"
        assert state.toolTip() == f"direct messages unavailable: {WHY}"

        await ui.ctx.cache.write(store_accounts.set_unavailable, account.id, DIRECT_MESSAGES, "")
        ui.window.refresh_all()
        await until(lambda: shown(account.handle), message="cleared")
        dialog.reload()
        await until(lambda: dialog.table.item(0, 2).text() == "Connected", message="the dialog cleared")

    make_ui.run(scenario())
