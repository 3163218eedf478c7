"""Send in public while the personal-data alert shows? Asked before the
reply goes (Send and Ctrl+Enter alike); keeping the draft is the default."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desktop_inbox.ui import i18n
from desktop_inbox.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # (lupdate finds the calls by this name)

# The answers (English; the buttons show them translated, context "PublicAnyway").
PUBLIC_ANYWAY = QT_TRANSLATE_NOOP("PublicAnyway", "Send in public anyway")
AS_DM = QT_TRANSLATE_NOOP("PublicAnyway", "Send as a direct message")
KEEP_EDITING = QT_TRANSLATE_NOOP("PublicAnyway", "Keep editing")


def ask_public_anyway(
    parent: QWidget, kinds: str, answered: Callable[[str], None], *, offer_dm: bool = True
) -> QMessageBox:
    """Open the question (window-modal, not blocking the event loop); ``answered``
    gets the answer chosen (``KEEP_EDITING`` on Esc)."""
    title, question = translate("PublicAnyway", "Personal data in public"), translate("PublicAnyway", "Send this in public?")
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=parent)
    if offer_dm:
        text = translate("PublicAnyway", "It shows %1, and everyone can read a public reply. Send it as a direct message instead?")
    else:
        text = translate("PublicAnyway", "It shows %1, and everyone can read a public reply.")
    box.setInformativeText(i18n.arg(text, kinds))
    box.setTextFormat(Qt.TextFormat.PlainText)
    answers: dict[QAbstractButton, str] = {}
    if offer_dm:
        answers[box.addButton(translate("PublicAnyway", AS_DM), QMessageBox.ButtonRole.AcceptRole)] = AS_DM
    answers[box.addButton(translate("PublicAnyway", PUBLIC_ANYWAY), QMessageBox.ButtonRole.DestructiveRole)] = PUBLIC_ANYWAY
    keep = box.addButton(translate("PublicAnyway", KEEP_EDITING), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def finished(_result: int) -> None:
        chosen: QAbstractButton | None = box.clickedButton()  # (None when closed otherwise)
        answered(answers.get(chosen, KEEP_EDITING) if chosen is not None else KEEP_EDITING)

    box.finished.connect(finished)
    box.open()
    return box
