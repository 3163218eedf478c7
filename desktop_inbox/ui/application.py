"""The desktop app's entry point (a placeholder until the three-pane window lands)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run_gui(argv: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([sys.argv[0], *argv])
    label = QLabel("Desktop Inbox: the desktop app is on its way. Use the command line meanwhile.")
    label.setMargin(24)
    label.show()
    return app.exec()
