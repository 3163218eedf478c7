"""The messages the thread shows: a window of the conversation, oldest first.

A conversation of thousands of messages is never read or laid out whole:
the window holds a few pages around what is on screen, grows at either end
as the view scrolls there (``ThreadView.edge_reached``) and gives back what
is far behind (bench/, measurement 4).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_inbox.services.values import MessageView
from desktop_inbox.ui import style

Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, int]  # ("m", message id) or ("o", outbox id): stays with a message


class Roles(enum.IntEnum):
    MESSAGE = Qt.ItemDataRole.UserRole + 1  # the MessageView


def key_of(message: MessageView) -> Key:
    if message.id is not None:
        return ("m", message.id)
    return ("o", message.outbox_id or 0)


class ThreadModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[MessageView] = []
        self.has_older = False  # the conversation goes on before the first row
        self.has_newer = False  # ... and after the last

    # -- Qt model API --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        message = self.rows[index.row()]
        if role == Roles.MESSAGE:
            return message
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            who = message.author_name or message.author_handle
            return f"{who}, {style.local_time(message.created_at)}: {message.text}"  # (the date in the language's form)
        return None

    # -- the window ----------------------------------------------------------------

    def set_rows(self, rows: Sequence[MessageView], *, has_older: bool, has_newer: bool) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.has_older, self.has_newer = has_older, has_newer
        self.endResetModel()

    def prepend(self, rows: Sequence[MessageView], *, has_older: bool) -> None:
        known = {key_of(m) for m in self.rows}
        rows = [m for m in rows if key_of(m) not in known]
        self.has_older = has_older
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self.rows[:0] = rows
            self.endInsertRows()

    def append(self, rows: Sequence[MessageView], *, has_newer: bool) -> None:
        known = {key_of(m) for m in self.rows}
        rows = [m for m in rows if key_of(m) not in known]
        self.has_newer = has_newer
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def drop_front(self, count: int) -> None:
        """Give back the oldest ``count`` rows (the window moved on)."""
        if count > 0:
            self.beginRemoveRows(QModelIndex(), 0, count - 1)
            del self.rows[:count]
            self.endRemoveRows()
            self.has_older = True

    def drop_back(self, count: int) -> None:
        if count > 0:
            first = len(self.rows) - count
            self.beginRemoveRows(QModelIndex(), first, len(self.rows) - 1)
            del self.rows[first:]
            self.endRemoveRows()
            self.has_newer = True

    def row_of(self, key: Key) -> int:
        return next((n for n, m in enumerate(self.rows) if key_of(m) == key), -1)

    def stored(self) -> list[MessageView]:
        """The rows that are stored messages (not replies still in the outbox)."""
        return [m for m in self.rows if m.id is not None]
