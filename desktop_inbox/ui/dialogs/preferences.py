"""Preferences: your name, the undo window, the response target, working
hours and days in your time zone ("Send at…"), sign-offs, and the
interface's language (applied at the next start: ``ui/i18n.py``)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.errors import BadInput
from desktop_inbox.services.platforms import descriptor as platform_descriptor
from desktop_inbox.services.schedule import WEEKDAYS, WorkingHours, local_zone
from desktop_inbox.services.values import Account
from desktop_inbox.ui import colors
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.i18n import LANGUAGES, arg, say
from desktop_inbox.ui.settings import Settings
from desktop_inbox.ui.tasks import spawn


class PreferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.my_name = QLineEdit()
        self.my_name.setPlaceholderText(self.tr("e.g. Tony"))
        self.my_name.setToolTip(self.tr("Fills {my_name} in saved replies", "keep {my_name} as it is"))
        self.undo = QSpinBox()
        self.undo.setRange(0, 60)
        self.undo.setSuffix(self.tr(" s", "after a number of seconds in a box"))
        self.target = QSpinBox()
        self.target.setRange(1, 24 * 60)
        self.target.setSuffix(self.tr(" min", "after a number of minutes in a box"))
        # A sentence or two: wrapped in a box that shows all of it (a
        # one-line field cut it off mid-sentence).
        self.handoff = QPlainTextEdit()
        self.handoff.setTabChangesFocus(True)
        self.handoff.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.handoff.setFixedHeight(self.handoff.fontMetrics().lineSpacing() * 3 + 12)
        self.handoff.setAccessibleName(self.tr("Public note when moving to direct messages"))
        self.handoff.setToolTip(self.tr(
            "What the public reply says when you take a conversation to direct messages ({first_name} is filled in)",
            "keep {first_name} as it is"
        ))
        self.notifications = QCheckBox(self.tr("Show a desktop notification for new customer messages"))
        self.notifications.setChecked(settings.get("notifications"))
        self.tray = QCheckBox(self.tr("Show how many customers are waiting in the tray (where the desktop has one)"))
        self.tray.setChecked(settings.get("tray"))
        self._language_row()
        self.signoffs: dict[int, QLineEdit] = {}
        self.form = QFormLayout()
        self.form.addRow(self.tr("Your name"), self.my_name)
        self.form.addRow(self.tr("Undo a sent reply for"), self.undo)
        self.form.addRow(self.tr("Response time target"), self.target)
        self._working_hours_rows()
        self.form.addRow(self.tr("Moving to DMs,\nsay in public"), self.handoff)
        self.form.addRow("", self.notifications)
        self.form.addRow("", self.tray)
        self.form.addRow(self.tr("Language"), self.language_row)
        self.form.addRow(QLabel(self.tr("<b>Sign-off per account</b> (e.g. “— Tony”; added or not per reply)")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(560, 520)
        spawn(self._load())

    def _language_row(self) -> None:
        """The interface's language: the system's, or one chosen, each named
        in its own language; it applies at the next start."""
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name or self.tr("System language"), code)
        current = self.settings.get("language")
        self.language.setCurrentIndex(max(0, self.language.findData("" if current == "system" else current)))
        self.language_note = QLabel(self.tr("Applies after a restart of Desktop Inbox."))
        self.language_note.setWordWrap(True)
        self.language_row = QWidget()
        row = QHBoxLayout(self.language_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.language)
        row.addWidget(self.language_note, 1)

    def _working_hours_rows(self) -> None:
        """Working days, hours and time zone: "Send at…"'s quick choices."""
        # The days in the interface's language (Qt counts Monday as 1, as WEEKDAYS begins).
        locale = QLocale()
        self.work_days = [QCheckBox(locale.dayName(n + 1, QLocale.FormatType.ShortFormat)) for n in range(len(WEEKDAYS))]
        days = QHBoxLayout()
        for n, box in enumerate(self.work_days):
            box.setAccessibleName(arg(self.tr("Work on %1"), locale.dayName(n + 1)))
            days.addWidget(box)
        self.work_start, self.work_end = QTimeEdit(), QTimeEdit()
        for edit, name in ((self.work_start, self.tr("Working day starts")), (self.work_end, self.tr("Working day ends"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        times = QHBoxLayout()
        times.addWidget(self.work_start)
        times.addWidget(QLabel(self.tr("to", "from one time to another")))
        times.addWidget(self.work_end)
        times.addStretch(1)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.setAccessibleName(self.tr("Time zone"))
        self.time_zone.addItem(arg(self.tr("System (%1)"), local_zone().key), "")
        from zoneinfo import available_timezones

        for name in sorted(available_timezones()):
            self.time_zone.addItem(name, name)
        self.form.addRow(self.tr("Working days"), days)
        self.form.addRow(self.tr("Working hours"), times)
        self.form.addRow(self.tr("Time zone"), self.time_zone)
        self.hours_error = QLabel()
        self.hours_error.setStyleSheet(f"color: {colors.late(self.palette()).name()}")
        self.form.addRow("", self.hours_error)

    def _show_hours(self, hours: WorkingHours, zone: str) -> None:
        for day, box in enumerate(self.work_days):
            box.setChecked(day in hours.days)
        self.work_start.setTime(QTime(hours.start.hour, hours.start.minute))
        self.work_end.setTime(QTime(hours.end.hour, hours.end.minute))
        index = self.time_zone.findData(zone)
        self.time_zone.setCurrentIndex(max(index, 0))

    def chosen_hours(self) -> tuple[WorkingHours, str]:
        """The working hours as entered, and the zone's name ("": the system's);
        ``BadInput`` when they make no sense."""
        typed = self.time_zone.currentText().strip()
        zone = self.time_zone.currentData() if self.time_zone.findText(typed) >= 0 else typed
        hours = WorkingHours.of(
            days=[d for d, box in enumerate(self.work_days) if box.isChecked()],
            start=self.work_start.time().toString("HH:mm"),
            end=self.work_end.time().toString("HH:mm"),
            zone=str(zone or ""),
        )
        return hours, str(zone or "")

    async def _load(self) -> None:
        c = self.ctx.composer
        self._show_hours(await c.working_hours(), str(await c.preference("time_zone") or ""))
        self.my_name.setText(str(await c.preference("my_name") or ""))
        self.undo.setValue(int(await c.preference("undo_seconds") or 0))
        self.target.setValue(int(await c.preference("response_target_minutes") or 15))
        self.handoff.setPlainText(str(await c.preference("dm_handoff_text") or ""))
        accounts: list[Account] = await self.ctx.accounts.list()
        for account in accounts:
            if not platform_descriptor(account.platform).signature_in_text:
                continue  # e-mail has its own signature block
            edit = QLineEdit(account.signature)
            edit.setPlaceholderText(self.tr("— Your name"))
            self.signoffs[account.id] = edit
            self.form.addRow(account.handle, edit)

    def _save(self) -> None:
        try:
            hours, zone = self.chosen_hours()
        except BadInput as exc:
            self.hours_error.setText(say(exc))
            return

        async def save() -> None:
            c = self.ctx.composer
            await c.set_working_hours(hours, zone=zone)
            await c.set_preference("my_name", self.my_name.text().strip())
            await c.set_preference("undo_seconds", self.undo.value())
            await c.set_preference("response_target_minutes", self.target.value())
            await c.set_preference("dm_handoff_text", " ".join(self.handoff.toPlainText().split()))
            for account_id, edit in self.signoffs.items():
                await self.ctx.accounts.set_signature(account_id, edit.text())
            self.settings.set("notifications", self.notifications.isChecked())
            self.settings.set("tray", self.tray.isChecked())
            self.settings.set("language", str(self.language.currentData()))
            self.accept()

        spawn(save())
