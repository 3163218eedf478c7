"""Whether the app can reach the accounts' servers."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel


def offline(problems: Iterable[str]) -> bool:
    """Whether the accounts' problems say the network is out of reach.

    Read from the engine's wording until account status is a typed value
    (issue 20); this is the one place that reads it.
    """
    return any("Cannot reach" in m or "did not answer" in m or "connection" in m.lower() for m in problems if m)


class ConnectionLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Connection")

    def show_state(self, *, accounts: int, problems: Iterable[str]) -> None:
        if not accounts:
            self.setText("No accounts yet")
        elif offline(problems):
            self.setText("○ Offline — replies wait in the outbox")
        else:
            self.setText("● Online")
