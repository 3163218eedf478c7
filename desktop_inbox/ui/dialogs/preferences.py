"""Preferences: your name, the undo window, the response target, sign-offs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.services.platforms import descriptor as platform_descriptor
from desktop_inbox.services.values import Account
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.settings import Settings
from desktop_inbox.ui.tasks import spawn


class PreferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setWindowTitle("Preferences")
        self.my_name = QLineEdit()
        self.my_name.setPlaceholderText("e.g. Tony")
        self.my_name.setToolTip("Fills {my_name} in saved replies")
        self.undo = QSpinBox()
        self.undo.setRange(0, 60)
        self.undo.setSuffix(" s")
        self.target = QSpinBox()
        self.target.setRange(1, 24 * 60)
        self.target.setSuffix(" min")
        # A sentence or two: wrapped in a box that shows all of it (a
        # one-line field cut it off mid-sentence).
        self.handoff = QPlainTextEdit()
        self.handoff.setTabChangesFocus(True)
        self.handoff.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.handoff.setFixedHeight(self.handoff.fontMetrics().lineSpacing() * 3 + 12)
        self.handoff.setAccessibleName("Public note when moving to direct messages")
        self.handoff.setToolTip(
            "What the public reply says when you take a conversation to direct messages ({first_name} is filled in)"
        )
        self.notifications = QCheckBox("Show a desktop notification for new customer messages")
        self.notifications.setChecked(settings.get("notifications"))
        self.tray = QCheckBox("Show how many customers are waiting in the tray (where the desktop has one)")
        self.tray.setChecked(settings.get("tray"))
        self.signoffs: dict[int, QLineEdit] = {}
        self.form = QFormLayout()
        self.form.addRow("Your name", self.my_name)
        self.form.addRow("Undo a sent reply for", self.undo)
        self.form.addRow("Response time target", self.target)
        self.form.addRow("Moving to DMs,\nsay in public", self.handoff)
        self.form.addRow("", self.notifications)
        self.form.addRow("", self.tray)
        self.form.addRow(QLabel("<b>Sign-off per account</b> (e.g. “— Tony”; added or not per reply)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(520, 360)
        spawn(self._load())

    async def _load(self) -> None:
        c = self.ctx.composer
        self.my_name.setText(str(await c.preference("my_name") or ""))
        self.undo.setValue(int(await c.preference("undo_seconds") or 0))
        self.target.setValue(int(await c.preference("response_target_minutes") or 15))
        self.handoff.setPlainText(str(await c.preference("dm_handoff_text") or ""))
        accounts: list[Account] = await self.ctx.accounts.list()
        for account in accounts:
            if not platform_descriptor(account.platform).signature_in_text:
                continue  # e-mail has its own signature block
            edit = QLineEdit(account.signature)
            edit.setPlaceholderText("— Your name")
            self.signoffs[account.id] = edit
            self.form.addRow(account.handle, edit)

    def _save(self) -> None:
        async def save() -> None:
            c = self.ctx.composer
            await c.set_preference("my_name", self.my_name.text().strip())
            await c.set_preference("undo_seconds", self.undo.value())
            await c.set_preference("response_target_minutes", self.target.value())
            await c.set_preference("dm_handoff_text", " ".join(self.handoff.toPlainText().split()))
            for account_id, edit in self.signoffs.items():
                await self.ctx.accounts.set_signature(account_id, edit.text())
            self.settings.set("notifications", self.notifications.isChecked())
            self.settings.set("tray", self.tray.isChecked())
            self.accept()

        spawn(save())
