"""The read-only tables of the dialogs: one row per record, chosen whole."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget


def record_table(headers: list[str], *, name: str, stretch: int = 2) -> QTableWidget:
    """A table of ``headers`` whose rows are chosen one at a time and never
    edited in place; column ``stretch`` takes the room (it may say why
    something waits) and wraps, the others fit their text and their header
    (a translated header runs longer: Greek ~30 %)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAccessibleName(name)
    return table
