"""The outbox: replies waiting to go out — see, edit, retry or cancel them,
and move one sent later to another time (a late one says so); and for a
reply that may have been sent (a lost answer from a mail server), resend it
or mark it as sent."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.records import OutboxState
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.ui import colors, style
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.i18n import arg, say
from desktop_inbox.ui.tasks import spawn
from desktop_inbox.ui.timepick import date_and_clock, pick_time

if TYPE_CHECKING:
    from desktop_inbox.services.replies import PendingReply
    from desktop_inbox.services.values import OutboxItem, SyncEvent
    from desktop_inbox.ui.bridge import EngineBridge
    from desktop_inbox.ui.conversation.replies import Replies

translate = QCoreApplication.translate  # (context "OutboxDialog": lupdate finds the calls by this name)


def states() -> dict[str, str]:
    return {
        OutboxState.QUEUED: translate("OutboxDialog", "Waiting"),
        OutboxState.SENDING: translate("OutboxDialog", "Sending (checking)"),
        OutboxState.FAILED: translate("OutboxDialog", "Not sent"),
        OutboxState.MAYBE_SENT: translate("OutboxDialog", "May have been sent"),
    }


# The columns' keys (the headers are their translations: ``headers``).
COLUMNS = ["Queued", "To", "As", "State", "Reply", "Problem", "Send at"]


def headers() -> list[str]:
    return [
        translate("OutboxDialog", "Queued"), translate("OutboxDialog", "To"), translate("OutboxDialog", "As"),
        translate("OutboxDialog", "State"), translate("OutboxDialog", "Reply"), translate("OutboxDialog", "Problem"),
        translate("OutboxDialog", "Send at"),
    ]  # fmt: skip


class OutboxDialog(QDialog):
    open_conversation = Signal(int)

    def __init__(
        self, ctx: AppContext, bridge: EngineBridge, replies: Replies, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.replies = replies
        self.items: list[OutboxItem] = []
        self.setWindowTitle(self.tr("Outbox"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(headers())
        # (Headers fit their words, translated ones too; the reply takes the room.)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COLUMNS.index("Reply"), QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Replies waiting to go out"))
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.table.itemDoubleClicked.connect(lambda _i: self._open())
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Edit the reply"))
        self.editor.setMaximumHeight(110)
        self.empty = QLabel(self.tr("Nothing is waiting: every reply has gone out."))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self._save)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.clicked.connect(self._retry)
        self.cancel_button = QPushButton(self.tr("Cancel reply"))
        self.cancel_button.clicked.connect(self._cancel)
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.setToolTip(self.tr("Send it at another time"))
        self.move_button.clicked.connect(self._move)
        self.resend_button = QPushButton(self.tr("Resend"))
        self.resend_button.setToolTip(self.tr("It did not arrive: send it again"))
        self.resend_button.clicked.connect(self._resend)
        self.mark_sent_button = QPushButton(self.tr("Mark as sent"))
        self.mark_sent_button.setToolTip(self.tr("It arrived: keep it as sent, never send it again"))
        self.mark_sent_button.clicked.connect(self._mark_sent)
        # Shown under the table while such a reply is selected: what the user checks.
        self.help = QLabel(self.tr(
            "The server did not confirm this reply, and it will not be sent again by itself. Check whether the "
            "customer got it (your Sent folder, or ask), then resend it or mark it as sent."
        ))
        self.help.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open conversation"))
        self.open_button.clicked.connect(self._open)
        self.status = QLabel()
        # Two rows: a reply's own actions, then those for one that may have
        # been sent (one row was wider than a small screen in Greek).
        row = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.move_button, self.retry_button, self.cancel_button):
            row.addWidget(button)
        row.addStretch(1)
        unsure_row = QHBoxLayout()
        for button in (self.resend_button, self.mark_sent_button):
            unsure_row.addWidget(button)
        unsure_row.addStretch(1)
        unsure_row.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.help)
        layout.addLayout(row)
        layout.addLayout(unsure_row)
        layout.addWidget(close)
        self.resize(780, 440)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.reload)
        self._timer.start(3000)
        # A Qt connection: it goes when this dialog is deleted.
        bridge.outbox.connect(self.on_sync_outbox)
        self.reload()

    def on_sync_outbox(self, _event: SyncEvent) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        spawn(self.replies.pending(), on_done=self._show)

    def _show(self, pending: list[PendingReply]) -> None:
        selected = self._selected()
        names = states()
        self.items = [p.item for p in pending]
        self.empty.setVisible(not pending)
        self.table.setRowCount(len(pending))
        for row, reply in enumerate(pending):
            item = reply.item
            send_at = date_and_clock(item.send_at) if item.send_at else self.tr("at once")
            cells = [
                style.local_time(item.created_at),
                one_line(reply.to),
                self.tr("direct message") if reply.direct else self.tr("public"),
                names.get(item.state, item.state),
                " ".join(item.text.split()),
                say(reply.problem),  # what keeps it here, also when it was never tried (services/status.py)
                arg(self.tr("%1 — late"), send_at) if reply.late else send_at,
            ]
            troubled = item.state in (OutboxState.FAILED, OutboxState.MAYBE_SENT)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.text if COLUMNS[col] == "Reply" else text)
                if (COLUMNS[col] in ("State", "Problem") and troubled) or (COLUMNS[col] == "Send at" and reply.late):
                    cell.setForeground(colors.late(self.palette()))
                self.table.setItem(row, col, cell)
            if selected is not None and item.id == selected.id:
                self.table.selectRow(row)
        self._selected_changed()

    def _selected(self) -> OutboxItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _selected_changed(self) -> None:
        item = self._selected()
        editable = item is not None and item.state in (OutboxState.QUEUED, OutboxState.FAILED)
        for button in (self.save_button, self.cancel_button, self.move_button):
            button.setEnabled(editable)
        self.retry_button.setEnabled(item is not None and item.state in (OutboxState.FAILED, OutboxState.QUEUED))
        unsure = item is not None and item.state == OutboxState.MAYBE_SENT
        for button in (self.resend_button, self.mark_sent_button):
            button.setEnabled(unsure)
        self.help.setVisible(unsure)
        self.open_button.setEnabled(item is not None)
        self.editor.setEnabled(editable)
        if item is not None and not self.editor.hasFocus():
            self.editor.setPlainText(item.text)

    def _act(self, action: Callable[[OutboxItem], Coroutine[Any, Any, object]], done: str) -> None:
        """Run ``action`` on the selected reply; say ``done`` when it is, or what went wrong."""
        item = self._selected()
        if item is not None:
            spawn(action(item), on_done=lambda _r: self._done(done), on_error=lambda exc: self.status.setText(say(exc)))

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.reload()

    def _save(self) -> None:
        text = self.editor.toPlainText()
        self._act(lambda item: self.replies.edit(item.id, text), self.tr("Saved."))

    def _retry(self) -> None:
        self._act(lambda item: self.replies.retry(item.id), self.tr("Sending…"))

    def _resend(self) -> None:
        self._act(lambda item: self.replies.resend(item.id), self.tr("Sending again…"))

    def _mark_sent(self) -> None:
        self._act(lambda item: self.replies.mark_sent(item.id), self.tr("Marked as sent."))

    def _move(self) -> None:
        item = self._selected()
        if item is None:
            return

        def chosen(when: datetime) -> None:
            self._act(lambda it: self.replies.reschedule(it.id, when), self.tr("Moved."))

        pick_time(self, self.tr("Send at"), chosen, initial=item.send_at)

    def _cancel(self) -> None:
        self._act(lambda item: self.replies.cancel(item.id), self.tr("Cancelled."))

    def _open(self) -> None:
        item = self._selected()
        if item is not None:
            self.open_conversation.emit(item.conversation_id)
