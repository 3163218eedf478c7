"""Listening, in an account's settings: the words, phrases and #hashtags it
listens for, in which language, why one cannot be heard, and the muted
words and authors. Where the platform cannot listen (e-mail, Instagram,
Messenger) the dialog says why and offers nothing to fill in.

Every change goes through ``ListeningService`` off the Qt thread; a term
refused (not a hashtag, a bad language code, already there) is said under
the field, in one line, and nothing is lost.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.records import ListeningTerm
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.services.values import Account, Mutes
from desktop_inbox.ui import colors, style
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.dialogs.tables import record_table
from desktop_inbox.ui.i18n import arg, platform_text, say
from desktop_inbox.ui.tasks import spawn


def term_hint() -> str:
    return QCoreApplication.translate("ListeningDialog", 'a word, "a phrase" or #hashtag')


class ListeningDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.terms: list[ListeningTerm] = []
        platform = descriptor(account.platform)
        self.setWindowTitle(arg(self.tr("Listening — %1"), account.handle))
        intro = QLabel(platform_text(platform.listening))
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("What listening hears here"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Problem"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.available = platform.listens
        if self.available:
            layout.addWidget(self._terms_box(), 3)
            layout.addWidget(self._mutes_box(), 2)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(640, 520 if self.available else 200)
        if self.available:
            self.reload()

    # -- building ---------------------------------------------------------------------

    def _terms_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Listen for"))
        self.table = record_table([self.tr("Term"), self.tr("Language"), self.tr("Status")], name=self.tr("Listening terms"))
        self.term_edit = QLineEdit()
        self.term_edit.setPlaceholderText(term_hint())
        self.term_edit.setAccessibleName(self.tr("New term"))
        self.term_edit.returnPressed.connect(self._add)
        self.lang_edit = QLineEdit()
        self.lang_edit.setPlaceholderText(self.tr("any language"))
        self.lang_edit.setToolTip(self.tr("Only posts in this language: two letters such as en, de, fr"))
        self.lang_edit.setAccessibleName(self.tr("Language"))
        self.lang_edit.setMaxLength(3)
        self.lang_edit.setFixedWidth(110)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Stop listening for it; the posts it brought stay"))
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.term_edit, 1)
        row.addWidget(self.lang_edit)
        row.addWidget(add)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table)
        layout.addLayout(row)
        return box

    def _mutes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Never hear"))
        self.mutes = QListWidget()
        self.mutes.setAccessibleName(self.tr("Muted words and authors"))
        self.mute_edit = QLineEdit()
        self.mute_edit.setPlaceholderText(self.tr("a word, or @someone"))
        self.mute_edit.setAccessibleName(self.tr("Word or author to mute"))
        self.mute_edit.returnPressed.connect(self._mute)
        mute = QPushButton(self.tr("Mute"))
        mute.clicked.connect(self._mute)
        unmute = QPushButton(self.tr("Unmute"))
        unmute.clicked.connect(self._unmute)
        row = QHBoxLayout()
        row.addWidget(self.mute_edit, 1)
        row.addWidget(mute)
        row.addWidget(unmute)
        layout = QVBoxLayout(box)
        layout.addWidget(self.mutes)
        layout.addLayout(row)
        return box

    # -- showing --------------------------------------------------------------------------

    def reload(self) -> None:
        async def load() -> tuple[list[ListeningTerm], Mutes]:
            terms = await self.ctx.listening.terms(self.account.id)
            _account, mutes = await self.ctx.listening.mutes(self.account.id)
            return terms, mutes

        spawn(load(), on_done=lambda found: self._show(*found), on_error=self._problem)

    def _show(self, terms: list[ListeningTerm], mutes: Mutes) -> None:
        self.terms = terms
        self.table.setRowCount(len(terms))
        for row, term in enumerate(terms):
            checked = arg(self.tr("listening, last asked %1"), style.local_time(term.checked_at)) if term.checked_at else self.tr("not asked yet")
            refused = term.refused
            note = say(term.note)
            status = note if refused else arg(self.tr("%1. %2", "the term's state, then the service's note"), checked, note) if note else checked
            cells = [term.label, term.lang or self.tr("any", "any language"), status]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2 and refused:
                    item.setForeground(colors.warn(self.palette()))
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.mutes.clear()
        for word in mutes.words:
            self.mutes.addItem(QListWidgetItem(word))
        for author in mutes.authors:
            self.mutes.addItem(QListWidgetItem("@" + author))
        self.remove_button.setEnabled(bool(terms))

    def _problem(self, exc: BaseException) -> None:
        self.status.setText(f"<span style='color:{colors.late(self.palette()).name()}'>{html.escape(say(exc))}</span>")
        self.status.setTextFormat(Qt.TextFormat.RichText)

    def _done(self, _result: object) -> None:
        self.status.setText("")
        self.changed.emit()
        self.reload()

    # -- changing -------------------------------------------------------------------------

    def _add(self) -> None:
        raw = self.term_edit.text()

        def added(_term: ListeningTerm) -> None:
            self.term_edit.clear()  # only once it is kept: a refused term stays to be corrected
            self._done(_term)

        spawn(
            self.ctx.listening.add(raw, account_id=self.account.id, lang=self.lang_edit.text()),
            on_done=added,
            on_error=self._problem,
        )

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.terms):
            spawn(self.ctx.listening.remove(self.terms[rows[0].row()].id), on_done=self._done, on_error=self._problem)

    def _mute(self) -> None:
        raw = self.mute_edit.text()

        def muted(_value: object) -> None:
            self.mute_edit.clear()
            self._done(_value)

        spawn(self.ctx.listening.mute(raw, account_id=self.account.id), on_done=muted, on_error=self._problem)

    def _unmute(self) -> None:
        chosen = self.mutes.selectedItems()
        raw = chosen[0].text() if chosen else self.mute_edit.text()
        spawn(self.ctx.listening.unmute(raw, account_id=self.account.id), on_done=self._done, on_error=self._problem)

