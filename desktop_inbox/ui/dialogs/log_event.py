"""Log a phone call or a meeting on the customer's timeline, with a date and
a note, so that the story is whole (``ContactService.log``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.services.values import ContactDetail
from desktop_inbox.ui import colors
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.i18n import arg, say
from desktop_inbox.ui.tasks import spawn
from desktop_inbox.ui.timepick import aware


def kinds() -> tuple[tuple[str, str], ...]:
    return (
        (QCoreApplication.translate("LogEventDialog", "Phone call"), "call"),
        (QCoreApplication.translate("LogEventDialog", "Meeting"), "meeting"),
    )


class LogEventDialog(QDialog):
    logged = Signal(object)  # the EventView

    def __init__(self, ctx: AppContext, contact: ContactDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact = contact
        self.setWindowTitle(arg(self.tr("Log a call or meeting with %1"), contact.name))
        self.kind = QComboBox()
        for label, kind in kinds():
            self.kind.addItem(label, kind)
        self.kind.setAccessibleName(self.tr("What it was"))
        self.at = QDateTimeEdit(QDateTime.currentDateTime())
        self.at.setCalendarPopup(True)
        self.at.setAccessibleName(self.tr("When"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was said, what was promised…"))
        self.note.setAccessibleName(self.tr("Note"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {colors.late(self.palette()).name()}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("When"), self.at)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def save(self) -> None:
        text = self.note.toPlainText()
        if not text.strip():
            self.error.setText(self.tr("Say in a few words what it was about."))
            return

        def done(event: object) -> None:
            self.logged.emit(event)
            self.accept()

        logging = self.ctx.contacts.log(self.contact.id, text, kind=str(self.kind.currentData()), at=aware(self.at.dateTime()))
        spawn(logging, on_done=done, on_error=lambda exc: self.error.setText(say(exc)))
