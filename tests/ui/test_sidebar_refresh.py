"""The window refreshes the sidebar and the tray at every page a sync stores
(a few times a second): the same rows are not built again, nor the same
badge drawn again (20-80 ms of the event loop each time; bench/, 5)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QMainWindow

from desktop_inbox.records import AccountState, AccountStatus, Connection, Platform
from desktop_inbox.store.accounts import Account
from desktop_inbox.ui.sidebar import Sidebar
from desktop_inbox.ui.tray import Tray


def account(account_id: int, handle: str) -> Account:
    return Account(
        id=account_id, platform=Platform.MASTODON, base_url="https://shoes.example", remote_id=str(account_id),
        handle=handle, display_name="Shop", state=AccountState.OK, state_detail="", char_limit=500, url_length=23,
        extra={}, secret_ref="", history_since=None, created_at=datetime.now(UTC), last_sync_at=None, signature="",
    )


def test_the_same_accounts_and_tags_keep_their_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    accounts = [account(1, "@shop"), account(2, "@outlet")]
    signed_out = {2: AccountStatus(Connection.NEEDS_SIGN_IN, "Sign in again")}
    sidebar.set_accounts(accounts, signed_out)
    parent = sidebar._accounts_item
    first = [parent.child(i) for i in range(parent.childCount())]
    button = sidebar.itemWidget(first[1], 0)
    assert button is not None  # (the row with its "Sign in again" button)
    sidebar.set_accounts(list(accounts), dict(signed_out))
    assert [parent.child(i) for i in range(parent.childCount())] == first
    assert sidebar.itemWidget(first[1], 0) is button
    # A change is shown.
    sidebar.set_accounts(accounts, {})
    assert parent.child(1) is not first[1] and sidebar.itemWidget(parent.child(1), 0) is None
    sidebar.set_tags([("vip", 3)])
    tag = sidebar._tags_item.child(0)
    sidebar.set_tags([("vip", 3)])
    assert sidebar._tags_item.child(0) is tag
    sidebar.set_tags([("vip", 4)])
    assert "4" in sidebar._tags_item.child(0).text(0)


class Window(QMainWindow):
    def quit(self) -> None:  # (the tray's Quit)
        self.close()


def test_the_same_count_keeps_the_trays_badge(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = Window()
    qtbot.addWidget(window)
    tray = Tray(window, shown=False)
    tray.set_waiting(3)
    icon = tray.icon.icon().cacheKey()
    tray.set_waiting(3)
    assert tray.icon.icon().cacheKey() == icon
    tray.set_waiting(4)
    assert tray.icon.icon().cacheKey() != icon and "4 customers" in tray.icon.toolTip()


def test_nobody_waiting_shows_the_apps_own_icon(qtbot) -> None:  # type: ignore[no-untyped-def]
    """(Drawn by the tray at its size: the start draws no badge for nobody.)"""
    window = Window()
    qtbot.addWidget(window)
    tray = Tray(window, shown=False)
    assert tray.icon.icon().cacheKey() == tray.base.cacheKey()
    assert "nobody waiting" in tray.icon.toolTip()
    tray.set_waiting(2)
    assert tray.icon.icon().cacheKey() != tray.base.cacheKey()
    assert tray.icon.icon().pixmap(22, 22).toImage() != tray.base.pixmap(22, 22).toImage()
    tray.set_waiting(0)
    assert tray.icon.icon().cacheKey() == tray.base.cacheKey() and "nobody waiting" in tray.icon.toolTip()
