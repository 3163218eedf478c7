"""Printing an export to PDF with Qt (``services.export`` takes this as its
PDF renderer: the layers below the front ends do not import Qt)."""

from __future__ import annotations

from desktop_inbox import APP_NAME, __version__

_QT_APP: object | None = None


def render_pdf(html: str, title: str) -> bytes:
    """The HTML page printed to PDF by Qt (no browser, nothing fetched), in
    memory: Qt's writer does not report a failed write, Python's does."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _ensure_qt()
    document = QTextDocument()
    document.setHtml(html)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    document.print_(writer)
    del writer  # ends the PDF (its trailer is written when the writer goes)
    buffer.close()
    return bytes(data.data())


def _ensure_qt() -> None:
    """Fonts and layout need a Qt application; from the command line there is
    none yet: make a windowless one (kept, so later code finds the same one)."""
    global _QT_APP
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _QT_APP = QApplication([])
