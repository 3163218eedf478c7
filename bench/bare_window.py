"""The start-up baseline: a minimal PySide6 app showing the same first page.

``python bench/bare_window.py CACHE_FILE``, started like the app with
``DESKTOP_INBOX_BENCH=REPORT``: what a competent minimal app does to show a
user the first page of their inbox, and nothing else. It opens the same
SQLite file, reads the same first page with the same query (the 100
conversations of the "needs reply" view, in inbox order, with their account,
customer and contact: ``store.conversations.list_conversations``), puts the
rows in a list model shown in a ``QListView`` and a window, then appends the
same ``first_page`` line to REPORT when the window is on screen with its list
painted, and the same ``interactive`` line once a key press (Down, in the
list) has been answered and painted, then quits.

(Before issue 21's correction of row 3b it showed 100 made-up strings in a
``QStringListModel``: no SQLite, no query, no model of its own.)
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListView, QMainWindow

# The app's first page: store.conversations.list_conversations(state=NEEDS_REPLY, limit=100).
FIRST_PAGE = """
SELECT c.id, c.account_id, a.platform, a.handle, c.kind, c.state, c.contact_id, c.identity_id,
    coalesce(i.handle, ''), coalesce(nullif(ct.name, ''), i.name, ''), c.last_message_at, c.waiting_since,
    c.snoozed_until, c.unread_count, c.message_count, c.snippet, c.sort_key, c.heard,
    c.follow_up_at, c.follow_up_set_at, c.followed_up_at, c.last_inbound_at, c.assignee_id, coalesce(am.name, '')
FROM conversation c
JOIN account a ON a.id = c.account_id
LEFT JOIN identity i ON i.id = c.identity_id
LEFT JOIN contact ct ON ct.id = c.contact_id
LEFT JOIN member am ON am.id = c.assignee_id
WHERE c.state = ? ORDER BY c.sort_key, c.id LIMIT ?
"""
PAGE = 100


class Rows(QAbstractListModel):
    """The page's rows: the customer's name and the snippet, on two lines."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        return f"{row[9] or row[8]}\n{row[15]}"


def write(report: str, event: str, rows: int) -> None:
    with open(report, "a", encoding="utf-8") as out:
        # (cpu_ms: the processor time spent by then, as the app's bench hook reports it.)
        out.write(json.dumps({"event": event, "t": time.time(), "rows": rows, "cpu_ms": round(time.process_time() * 1000)}) + "\n")


def main() -> int:
    report = os.environ["DESKTOP_INBOX_BENCH"]
    app = QApplication(sys.argv[:1])
    db = sqlite3.connect(sys.argv[1])
    rows = db.execute(FIRST_PAGE, ("needs_reply", PAGE)).fetchall()
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6")
    view = QListView()
    model = Rows(rows)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1340, 820)
    window.show()

    def check() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(1, check)
            return
        view.viewport().repaint()
        write(report, "first_page", model.rowCount())
        QTimer.singleShot(0, press)  # (as the app's bench hook: behind what the loop has queued)

    def press() -> None:
        QTest.keyClick(view, Qt.Key.Key_Down)
        QTimer.singleShot(0, answered)

    def answered() -> None:
        view.viewport().repaint()
        write(report, "interactive", model.rowCount())
        db.close()
        app.quit()

    QTimer.singleShot(0, check)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
