"""Export a conversation, a customer's history or search results to a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_inbox.services.export import ExportService, write
from desktop_inbox.ui.tasks import spawn

FILTERS = {
    "html": "Web page, readable and printable (*.html)",
    "pdf": "PDF (*.pdf)",
    "json": "JSON, for other programs (*.json)",
    "csv": "CSV, one row per message (*.csv)",
}


class ExportDialog(QFileDialog):
    """A save dialog whose file type picks the format; writes when accepted."""

    done = Signal(str)  # what happened, for the status bar

    def __init__(self, service: ExportService, parent: QWidget, *, title: str, stem: str, **what: object) -> None:
        super().__init__(parent, title, str(Path.home() / f"{stem}.html"))
        self.service = service
        self.what = what
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setNameFilters(list(FILTERS.values()))
        self.filterSelected.connect(self._suffix)
        self.setDefaultSuffix("html")
        self.fileSelected.connect(self._export)

    def _suffix(self, name_filter: str) -> None:
        fmt = next(k for k, v in FILTERS.items() if v == name_filter)
        self.setDefaultSuffix(fmt)

    def _export(self, path: str) -> None:
        fmt = Path(path).suffix.lstrip(".").lower()
        if fmt not in FILTERS:
            fmt = next(k for k, v in FILTERS.items() if v == self.selectedNameFilter())
            path = f"{path}.{fmt}"

        async def run() -> None:
            export = await self.service.gather(**self.what)  # type: ignore[arg-type]
            # Writing stays on the Qt thread: the PDF is printed by Qt.
            write(export, fmt, Path(path))
            self.done.emit(f"Exported {export.message_count} messages to {path}.")

        spawn(run(), on_error=lambda exc: self.done.emit(f"Export failed: {exc}"))
