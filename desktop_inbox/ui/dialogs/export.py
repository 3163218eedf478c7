"""Export a conversation, a customer's history or search results to a file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_inbox import APP_NAME
from desktop_inbox.errors import InboxError
from desktop_inbox.records import Kind
from desktop_inbox.services.export import ExportService, ExportSet, PageWords
from desktop_inbox.services.values import ConversationSummary
from desktop_inbox.ui import style
from desktop_inbox.ui.files import make_safe
from desktop_inbox.ui.i18n import arg
from desktop_inbox.ui.tasks import messages, spawn
from desktop_inbox.ui.timepick import full_date_and_clock

log = logging.getLogger("desktop_inbox.ui")

translate = QCoreApplication.translate  # (context "ExportDialog": lupdate finds the calls by this name)


def filters() -> dict[str, str]:
    """The formats, each with its file pattern (the pattern stays as written)."""
    return {
        "html": translate("ExportDialog", "Web page, readable and printable (*.html)"),
        "pdf": translate("ExportDialog", "PDF (*.pdf)"),
        "json": translate("ExportDialog", "JSON, for other programs (*.json)"),
        "csv": translate("ExportDialog", "CSV, one row per message (*.csv)"),
    }


class ExportDialog(QFileDialog):
    """A save dialog whose file type picks the format; writes when accepted."""

    def __init__(self, service: ExportService, parent: QWidget, *, title: str, stem: str, **what: object) -> None:
        super().__init__(parent, title, str(Path.home() / f"{stem}.html"))
        self.service = service
        self.what = what
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.filters = filters()
        self.setNameFilters(list(self.filters.values()))
        self.filterSelected.connect(self._suffix)
        self.setDefaultSuffix("html")
        self.fileSelected.connect(self._export)
        make_safe(self)

    def _suffix(self, name_filter: str) -> None:
        fmt = next(k for k, v in self.filters.items() if v == name_filter)
        self.setDefaultSuffix(fmt)

    def _export(self, path: str) -> None:
        fmt = Path(path).suffix.lstrip(".").lower()
        # The dialog asked before replacing the file it showed; a name we
        # complete ourselves was not asked about, so it must be new.
        confirmed = True
        if fmt not in self.filters:
            fmt = next(k for k, v in self.filters.items() if v == self.selectedNameFilter())
            path = f"{path}.{fmt}"
            confirmed = False
        service, what = self.service, self.what
        words = ExportWords()  # (kept by the closure: the dialog is gone when it writes)

        async def run() -> None:
            service.check(path, force=confirmed)
            export = await service.gather(**what)  # type: ignore[arg-type]
            # Writing stays on the Qt thread: the PDF is printed by Qt.
            written = service.write(export, fmt, Path(path), force=confirmed, words=words.page())
            messages.info.emit(arg(words.exported(export.message_count), written))

        # The report goes through the app-wide bridge: this dialog is closed
        # (and deleted) by the time the export is written.
        spawn(run(), on_error=_failed)


class ExportWords(QObject):
    """The words of an exported page (HTML, PDF) and of the report, in the
    interface's language with its dates (counts take plural forms: lupdate
    reads them only from ``self.tr``)."""

    def exported(self, count: int) -> str:
        return self.tr("Exported %Ln message(s) to %1.", "%1: the file", count)

    def page(self) -> PageWords:
        return PageWords(
            lang=QLocale().bcp47Name(),
            title=self.title,
            heading=self.heading,
            thread=self.thread_line,
            when=full_date_and_clock,
        )

    def title(self, export: ExportSet) -> str:
        if "conversation" in export.scope:
            return arg(self.tr("Conversation with %1"), export.subject)
        if "contact" in export.scope:
            return arg(self.tr("%1: the whole history"), export.subject)
        return arg(self.tr("Search: %1"), export.subject)

    def heading(self, export: ExportSet) -> str:
        return arg(
            self.tr("%1 in %2 · exported %3 by %4", "%1: 'n messages', %2: 'n conversations', %3: when, %4: Desktop Inbox"),
            self.tr("%Ln message(s)", "", export.message_count),
            self.tr("%Ln conversation(s)", "", len(export.conversations)),
            full_date_and_clock(export.generated_at),
            APP_NAME,
        )

    def thread_line(self, c: ConversationSummary) -> str:
        where = style.PLATFORM_NAMES.get(c.platform, c.platform)
        if c.kind == Kind.DIRECT:
            said = self.tr("%1 · direct messages on %2 with %3", "%1: the customer, %2: the platform, %3: our account")
        else:
            said = self.tr("%1 · public thread on %2 with %3", "%1: the customer, %2: the platform, %3: our account")
        return arg(said, c.customer_handle, where, c.account_handle)


def _failed(exc: BaseException) -> None:
    if not isinstance(exc, InboxError):
        log.error("export failed", exc_info=exc)
    messages.error.emit(arg(translate("ExportDialog", "Export failed: %1"), exc))
