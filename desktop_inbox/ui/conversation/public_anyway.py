"""Send in public while the personal-data alert shows? Asked before the
reply goes (Send and Ctrl+Enter alike); keeping the draft is the default."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

PUBLIC_ANYWAY = "Send in public anyway"
AS_DM = "Send as a direct message"
KEEP_EDITING = "Keep editing"


def ask_public_anyway(
    parent: QWidget, kinds: str, answered: Callable[[str], None], *, offer_dm: bool = True
) -> QMessageBox:
    """Open the question (window-modal, not blocking the event loop); ``answered``
    gets the text of the button chosen (``KEEP_EDITING`` on Esc)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Personal data in public", "Send this in public?", parent=parent)
    box.setInformativeText(
        f"It shows {kinds}, and everyone can read a public reply."
        + (" Send it as a direct message instead?" if offer_dm else "")
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    if offer_dm:
        box.addButton(AS_DM, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(PUBLIC_ANYWAY, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(KEEP_EDITING, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def finished(_result: int) -> None:
        chosen: QAbstractButton | None = box.clickedButton()  # (None when closed otherwise)
        answered(chosen.text() if chosen is not None else KEEP_EDITING)

    box.finished.connect(finished)
    box.open()
    return box
