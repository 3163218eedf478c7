"""Storage: how big the cache is, how far back each account goes, and
forgetting old history on request."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.services.storage import StorageService
from desktop_inbox.services.values import StorageReport
from desktop_inbox.ui import style
from desktop_inbox.ui.i18n import arg, say
from desktop_inbox.ui.tasks import spawn


class StorageDialog(QDialog):
    def __init__(self, service: StorageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Storage"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Messages"), self.tr("Back to"), self.tr("Imports"), self.tr("Pictures kept")]
        )
        # (Headers fit their words, translated ones too; the account takes the room.)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("History per account"))
        self.table.itemChanged.connect(self._on_item_changed)
        self._filling = False
        self.before = QDateEdit(QDate.currentDate().addYears(-2))
        self.before.setCalendarPopup(True)
        self.before.setDisplayFormat(style.date_format())  # (the C locale's "5 12 2024" otherwise)
        self.before.setAccessibleName(self.tr("Forget history older than"))
        forget = QPushButton(self.tr("Forget older history…"))
        forget.clicked.connect(self._confirm)
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Forget everything written before")))
        row.addWidget(self.before)
        row.addWidget(forget)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(640, 380)
        self.reload()

    def reload(self) -> None:
        spawn(self.service.report(), on_done=self._show)

    def _show(self, report: StorageReport) -> None:
        self.summary.setText(arg(
            self.tr(
                "The cache takes <b>%1</b> for %2 in %3 with %4, and <b>%5</b> of customers' pictures (%6). "
                "Everything stays readable and searchable offline. Untick an account to keep no pictures of it "
                "(what it keeps is removed); each keeps at most its cap, the oldest pictures going first.",
                "%1, %5: sizes; %2: 'n messages', %3: 'n conversations', %4: 'n customers', %6: 'n files'"
            ),
            style.megabytes(report.bytes_on_disk),
            self.tr("%Ln message(s)", "", report.messages),
            self.tr("%Ln conversation(s)", "", report.conversations),
            self.tr("%Ln customer(s)", "", report.contacts),
            style.megabytes(report.media_bytes),
            self.tr("%Ln file(s)", "", report.media_files),
        ))
        self._filling = True
        self.table.setRowCount(len(report.accounts))
        for n, a in enumerate(report.accounts):
            cells = [
                f"{a.handle} ({style.PLATFORM_NAMES.get(a.platform, a.platform)})",
                style.number_text(a.messages),
                style.date_text(a.oldest) or "—",
                arg(self.tr("since %1"), style.date_text(a.history_since)) if a.history_since else self.tr("everything"),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(n, col, QTableWidgetItem(text))
            media = QTableWidgetItem(
                arg(self.tr("%1 of %2"), style.megabytes(a.media_bytes), style.megabytes(a.media_cap, decimals=0))
                if a.media_keep
                else self.tr("not kept")
            )
            media.setFlags(media.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            media.setCheckState(Qt.CheckState.Checked if a.media_keep else Qt.CheckState.Unchecked)
            media.setData(Qt.ItemDataRole.UserRole, a.account_id)
            media.setToolTip(self.tr("Keep this account's customer pictures for offline reading"))
            self.table.setItem(n, 4, media)
        self._filling = False

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 4:
            return
        keep = item.checkState() == Qt.CheckState.Checked
        account_id = int(item.data(Qt.ItemDataRole.UserRole))
        spawn(
            self.service.set_media(account_id, keep=keep),
            on_done=lambda _r: self.reload(),
            on_error=lambda e: self.status.setText(say(e)),
        )

    def _confirm(self) -> None:
        day: date = self.before.date().toPython()  # type: ignore[assignment]
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Forget older history?"),
            arg(self.tr("Remove every message written before %1 from this computer?"), style.date_text(day)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr(
            "They stay on the platforms, but you will no longer read or search them offline. Replies waiting "
            "in the outbox are kept. This cannot be undone here — a backup first is a good idea."
        ))
        forget = box.addButton(self.tr("Forget"), QMessageBox.ButtonRole.DestructiveRole)
        box.finished.connect(lambda _r: self._forget(day) if box.clickedButton() is forget else None)
        box.open()

    def _forget(self, day) -> None:  # type: ignore[no-untyped-def]
        before = datetime.combine(day, datetime.min.time()).astimezone().astimezone(UTC)
        self.status.setText(self.tr("Removing…"))

        def done(removed: int) -> None:
            self.status.setText(self.tr("Forgot %Ln message(s).", "", removed))
            self.reload()

        spawn(self.service.forget(before), on_done=done, on_error=lambda e: self.status.setText(say(e)))
