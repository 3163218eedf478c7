"""Whether the accounts can sync, in a word (services/status.py words it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel

from desktop_inbox.records import AccountStatus
from desktop_inbox.services import status
from desktop_inbox.ui.i18n import say


class ConnectionLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Connection"))

    team_copy = False  # a team's app reading this computer's copy (the server away)

    def show_state(self, statuses: Sequence[AccountStatus], *, names: Sequence[str] = ()) -> None:
        """Every account's status together; each one in the tooltip. While
        the team's copy is read, that (nothing syncs: not "Connecting…")."""
        self.setText(say(status.team_copy() if self.team_copy else status.overview(statuses)))
        self.setToolTip("\n".join(f"{name}: {say(status.describe(s))}" for name, s in zip(names, statuses, strict=False)))
