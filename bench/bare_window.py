"""The start-up baseline: a bare PySide6 window with a list of 100 rows.

Started like the app, with ``DESKTOP_INBOX_BENCH=REPORT``; appends the same
``first_page`` line to REPORT when the window is on screen with its list
painted, and the same ``interactive`` line once a key press (Down, in the
list) has been answered and painted, then quits.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListView, QMainWindow


def write(report: str, event: str) -> None:
    with open(report, "a", encoding="utf-8") as out:
        # (cpu_ms: the processor time spent by then, as the app's bench hook reports it.)
        out.write(json.dumps({"event": event, "t": time.time(), "rows": 100, "cpu_ms": round(time.process_time() * 1000)}) + "\n")


def main() -> int:
    report = os.environ["DESKTOP_INBOX_BENCH"]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6")
    view = QListView()
    view.setModel(QStringListModel([f"Conversation {n}: a customer wrote something" for n in range(100)]))
    window.setCentralWidget(view)
    window.resize(1340, 820)
    window.show()

    def check() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(1, check)
            return
        view.viewport().repaint()
        write(report, "first_page")
        QTimer.singleShot(0, press)  # (as the app's bench hook: behind what the loop has queued)

    def press() -> None:
        QTest.keyClick(view, Qt.Key.Key_Down)
        QTimer.singleShot(0, answered)

    def answered() -> None:
        view.viewport().repaint()
        write(report, "interactive")
        app.quit()

    QTimer.singleShot(0, check)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
