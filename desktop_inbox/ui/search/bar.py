"""The search bar over the list: the box, and while there are results the
order of results, Save and how many were found; or a line that says what
is wrong with a query. Esc leaves the search."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

# Typing runs the search once it pauses this long.
TYPING_PAUSE_MS = 120


class SearchBar(QWidget):
    changed = Signal(str, str)  # the query (stripped; "" once cleared), the order
    submitted = Signal()  # Return in the box: open the first result
    save_requested = Signal(str)  # the query, to keep in the sidebar
    left = Signal()  # Esc in the box: back to the list

    def __init__(self) -> None:
        super().__init__()
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search all messages  ( / )"))
        self.box.setAccessibleName(self.tr("Search"))
        self.box.setToolTip(self.tr(
            'Words in any order, "exact phrases", from:, platform:, is:direct, is:mention, is:heard, state:, tag:, before:, after:',
            "the search words (from:, is:direct…) stay in English: the search understands only these"
        ))
        self.order = QComboBox()
        self.order.addItem(self.tr("Newest first"), "newest")
        self.order.addItem(self.tr("Best match"), "best")
        self.order.setAccessibleName(self.tr("Order of search results"))
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Keep this search in the sidebar, with a live count"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.found = QLabel()
        self.found.setAccessibleName(self.tr("Search results found"))
        self.found.hide()
        # The order goes on the count's line: beside the box with Save, it
        # left the box a few letters wide in Greek.
        self.found.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 1)
        row.addWidget(self.save_button)
        results = QHBoxLayout()
        results.setContentsMargins(0, 0, 0, 0)
        results.addWidget(self.found, 1)
        results.addWidget(self.order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addLayout(results)
        self.set_searching(False)
        self.box.installEventFilter(self)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.run_now)
        self.box.textChanged.connect(lambda _t: self._typing.start())
        self.box.textChanged.connect(self._clear_button_with_text)
        self.box.returnPressed.connect(self.submitted)
        self.order.currentIndexChanged.connect(lambda _i: self.run_now())
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.query()))

    def _clear_button_with_text(self, text: str) -> None:
        """The box's clear button shows only while it holds text: it is
        added with the first (its icon comes from the theme, ~3 ms that the
        window's start does without)."""
        if text and not self.box.isClearButtonEnabled():
            self.box.setClearButtonEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                self.left.emit()
                return True
        return super().eventFilter(watched, event)

    def set_searching(self, searching: bool) -> None:
        """The order and Save belong to results: shown only with a query."""
        self.order.setVisible(searching)
        self.save_button.setVisible(searching)
        if not searching:
            self.found.hide()

    def show_count(self, count: int, *, more: bool = False) -> None:
        """How many messages the query finds (``more``: at least that many)."""
        if more:
            found = self.tr("More than %Ln message(s) found", "", count - 1)
        else:
            found = self.tr("%Ln message(s) found", "", count)
        self.found.setText(found if count else "")
        self.found.setVisible(bool(count))

    def query(self) -> str:
        return self.box.text().strip()

    def run_now(self) -> None:
        self._typing.stop()
        self.changed.emit(self.query(), str(self.order.currentData()))

    def set_query(self, query: str) -> None:
        """Search for ``query`` at once (a saved search)."""
        self.box.setText(query)
        self.run_now()

    def clear(self) -> None:
        self.box.clear()

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def show_problem(self, text: str) -> None:
        """What is wrong with the query ("" hides the line)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
