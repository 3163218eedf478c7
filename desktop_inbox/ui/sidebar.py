"""The sidebar: the inbox views with counts (and "Heard": posts found by
listening), the accounts and their state, tags."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QWidget

from desktop_inbox.records import AccountStatus, Connection, State
from desktop_inbox.services import status as account_status
from desktop_inbox.services.inbox import ViewFilter
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.ui import colors, i18n, style
from desktop_inbox.ui.i18n import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from desktop_inbox.services.values import Account

VIEWS = [
    (State.NEEDS_REPLY.value, QT_TRANSLATE_NOOP("Sidebar", "Needs reply")),
    (State.WAITING.value, QT_TRANSLATE_NOOP("Sidebar", "Waiting on customer")),
    (State.SNOOZED.value, QT_TRANSLATE_NOOP("Sidebar", "Snoozed")),
    (State.DONE.value, QT_TRANSLATE_NOOP("Sidebar", "Done")),
    ("all", QT_TRANSLATE_NOOP("Sidebar", "All")),
    # Posts that name the business without @, not yet answered (listening).
    (State.HEARD.value, QT_TRANSLATE_NOOP("Sidebar", "Heard")),
]
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1


class Sidebar(QTreeWidget):
    view_changed = Signal(object)  # the conversation list's ViewFilter
    view_reselected = Signal(object)  # the current item chosen again: its filter (leave a search for it)
    search_requested = Signal(str)  # a saved search was chosen
    sign_in_requested = Signal(int)  # account id
    add_account_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._accounts_shown: list[tuple[Account, AccountStatus]] | None = None
        self._tags_shown: list[tuple[str, int]] | None = None
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setAccessibleName(self.tr("Views"))
        self._views: dict[str, QTreeWidgetItem] = {}
        self._accounts_item = self._section(self.tr("Accounts"))
        inbox = self._section(self.tr("Inbox"), first=True)
        for key, source in VIEWS:
            label = QCoreApplication.translate("Sidebar", source)
            item = QTreeWidgetItem(inbox, [label])
            item.setData(0, FILTER_ROLE, {"state": None if key == "all" else key})
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
            self._views[key] = item
        # A team's: the conversations assigned to me (alone, all are mine: hidden).
        mine = QTreeWidgetItem([self.tr("Mine")])
        inbox.insertChild(0, mine)
        mine.setData(0, FILTER_ROLE, {"state": None, "mine": True})
        mine.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr("Mine: assigned to me"))
        mine.setHidden(True)
        self._views["mine"] = mine
        self._tags_item = self._section(self.tr("Tags"))
        self._searches_item = self._section(self.tr("Saved searches"))
        self._searches_item.setHidden(True)
        self.expandAll()
        self.currentItemChanged.connect(self._on_current)
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)
        self.setCurrentItem(self._views[State.NEEDS_REPLY])

    def _section(self, title: str, *, first: bool = False) -> QTreeWidgetItem:
        # Greek capitals drop the tonos (ΛΟΓΑΡΙΑΣΜΟΙ, not ΛΟΓΑΡΙΑΣΜΟΊ).
        capitals = unicodedata.normalize("NFC", unicodedata.normalize("NFD", title.upper()).replace("\u0301", ""))
        item = QTreeWidgetItem([capitals])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        item.setFont(0, font)
        if first:
            self.insertTopLevelItem(0, item)
        else:
            self.addTopLevelItem(item)
        return item

    def _on_current(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        filter_ = current.data(0, FILTER_ROLE)
        if filter_ is not None and "query" in filter_:
            self.search_requested.emit(filter_["query"])
        elif filter_ is not None:
            self.view_changed.emit(ViewFilter.of(filter_))

    def show_mine(self, shown: bool) -> None:
        self._views["mine"].setHidden(not shown)

    def current_filter(self) -> ViewFilter:
        item = self.currentItem()
        data = item.data(0, FILTER_ROLE) if item is not None else None
        return ViewFilter.of(data) if data else ViewFilter(state=State.NEEDS_REPLY)

    def select_view(self, key: str) -> None:
        if key not in self._views or self._views[key].isHidden():
            return
        if self.currentItem() is self._views[key]:
            self.view_reselected.emit(self._views[key].data(0, FILTER_ROLE))
        else:
            self.setCurrentItem(self._views[key])

    def view_key(self) -> str:
        for key, item in self._views.items():
            if item is self.currentItem():
                return key
        return State.NEEDS_REPLY.value

    def set_counts(self, counts: dict[str, int]) -> None:
        for key, source in VIEWS:
            label = QCoreApplication.translate("Sidebar", source)
            n = counts.get(key, 0)
            item = self._views[key]
            item.setText(0, f"{label}  {n}" if n or key == State.NEEDS_REPLY else label)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{label}, {n}")
            if key == State.NEEDS_REPLY:
                font = item.font(0)
                font.setBold(n > 0)
                item.setFont(0, font)

    def set_accounts(self, accounts: list[Account], statuses: dict[int, AccountStatus]) -> None:
        # The window refreshes this at every stored page of a sync (4 times a
        # second): rebuilding the same rows, widgets included, stalled the
        # event loop for 20-80 ms each time (bench/, measurement 5).
        shown = [(a, statuses.get(a.id, AccountStatus())) for a in accounts]
        if shown == self._accounts_shown:
            return
        self._accounts_shown = shown
        current = self.currentItem()
        current_filter = current.data(0, FILTER_ROLE) if current else None
        self._accounts_item.takeChildren()
        for account in accounts:
            name = descriptor(account.platform).name
            item = QTreeWidgetItem(self._accounts_item)
            item.setData(0, FILTER_ROLE, {"state": None, "account_id": account.id})
            status = statuses.get(account.id, AccountStatus())
            problem = "" if status.working else say(account_status.describe(status))
            if status.state == Connection.NEEDS_SIGN_IN:
                widget = QWidget()
                row = QHBoxLayout(widget)
                row.setContentsMargins(0, 0, 4, 0)
                mark = QLabel()
                mark.setPixmap(style.platform_icon(account.platform, 16).pixmap(QSize(16, 16), self.devicePixelRatioF()))
                mark.setToolTip(name)
                row.addWidget(mark)
                label = QLabel(f"⚠ {account.handle}")
                label.setToolTip(say(status.reason or account_status.SIGN_IN_AGAIN))
                button = QPushButton(self.tr("Sign in again"))
                button.setAccessibleName(i18n.arg(self.tr("Sign in to %1 again"), account.handle))
                button.clicked.connect(self._sign_in_slot(account.id))
                row.addWidget(label, 1)
                row.addWidget(button)
                self.setItemWidget(item, 0, widget)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, i18n.arg(self.tr("%1 on %2 needs sign-in"), account.handle, name))
            else:
                # A part that cannot be reached (Bluesky's chat) is a problem of its own.
                partly = say(account.unavailable_note)
                # The platform's mark is the icon; a status mark only when something is wrong.
                item.setText(0, f"⚠ {account.handle}" if problem or partly else account.handle)
                item.setIcon(0, style.platform_icon(account.platform, 16))
                synced = (
                    i18n.arg(self.tr("last synced %1"), style.local_time(account.last_sync_at))
                    if account.last_sync_at else self.tr("not synced yet")
                )
                tip = i18n.arg(self.tr("%1: %2", "a platform: the account's state"), name, problem or synced)
                if partly:
                    tip = i18n.arg(self.tr("%1. %2", "the account's state. what cannot be reached"), tip, f"{partly[0].upper()}{partly[1:]}")
                item.setToolTip(0, tip)
                if problem or partly:
                    item.setForeground(0, QBrush(colors.warn(self.palette())))
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, i18n.arg(self.tr("%1 on %2. %3"), account.handle, name, tip))
        add = QTreeWidgetItem(self._accounts_item, [self.tr("＋ Add account…")])
        add.setData(0, FILTER_ROLE, None)
        add.setData(0, Qt.ItemDataRole.UserRole + 2, "add")
        self._accounts_item.setExpanded(True)
        if current_filter and "account_id" in current_filter:
            self._reselect(current_filter)

    def _sign_in_slot(self, account_id: int):  # type: ignore[no-untyped-def]
        return lambda *_: self.sign_in_requested.emit(account_id)

    def _on_clicked(self, item: QTreeWidgetItem) -> None:
        if item.data(0, Qt.ItemDataRole.UserRole + 2) == "add":
            self.add_account_requested.emit()
        elif item is self.currentItem() and item.data(0, FILTER_ROLE) is not None:
            self.view_reselected.emit(item.data(0, FILTER_ROLE))

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        if tags == self._tags_shown:
            return  # (the same rows: see set_accounts)
        self._tags_shown = list(tags)
        current = self.currentItem()
        current_filter = current.data(0, FILTER_ROLE) if current else None
        self._tags_item.takeChildren()
        for name, count in tags:
            item = QTreeWidgetItem(self._tags_item, [f"#{name}  {count}"])
            item.setData(0, FILTER_ROLE, {"state": None, "tag": name})
        self._tags_item.setHidden(not tags)
        self._tags_item.setExpanded(True)
        if current_filter and "tag" in current_filter:
            self._reselect(current_filter)

    def set_saved_searches(self, rows: list[tuple[Any, int]]) -> None:
        # (Here, not at the top: searching loads after the first paint.)
        from desktop_inbox.services.search import BADGE_MAX

        current = self.currentItem()
        current_filter = current.data(0, FILTER_ROLE) if current else None
        self._searches_item.takeChildren()
        for saved, count in rows:
            # Counting stopped past BADGE_MAX (services/search.py).
            self.add_saved_search(saved, f"{BADGE_MAX}+" if count > BADGE_MAX else str(count))
        self._searches_item.setHidden(not rows)
        self._searches_item.setExpanded(True)
        if current_filter and "saved_id" in current_filter:
            self._reselect(current_filter)

    def add_saved_search(self, saved: Any, count: str = "…") -> None:
        """One saved search (``count``: of conversations, "…" while it is counted)."""
        item = QTreeWidgetItem(self._searches_item, [f"{saved.name}  {count}"])
        item.setData(0, FILTER_ROLE, {"query": saved.query, "saved_id": saved.id})
        item.setToolTip(0, saved.query)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, i18n.arg(self.tr("Saved search %1, %2 conversations"), saved.name, count))
        self._searches_item.setHidden(False)
        self._searches_item.setExpanded(True)

    def _reselect(self, wanted: dict[str, Any]) -> None:
        for parent in (self._accounts_item, self._tags_item, self._searches_item):
            for n in range(parent.childCount()):
                child = parent.child(n)
                if child.data(0, FILTER_ROLE) == wanted:
                    self.blockSignals(True)
                    self.setCurrentItem(child)
                    self.blockSignals(False)
                    return
