"""The Edit menu's text commands, for the text box (or thread) with the focus.

A text box handles its own keys (Ctrl+C in a field copies from the field
before any window shortcut sees it); the menu does the same on a click, and
shows which commands the focused widget can do now.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

COMMANDS = ("undo", "redo", "cut", "copy", "paste", "selectAll")
_ACTIONS = {"undo": "undo", "redo": "redo", "cut": "cut", "copy": "copy", "paste": "paste", "selectAll": "select_all"}
TextWidget = QLineEdit | QPlainTextEdit | QTextEdit


class Editing(QObject):
    def __init__(self, window: QWidget, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self._actions = {command: actions[name] for command, name in _ACTIONS.items()}
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        for menu in self._actions["undo"].associatedObjects():
            if isinstance(menu, QMenu):
                menu.aboutToShow.connect(self.refresh_exactly)
                menu.aboutToHide.connect(self.refresh)
        self.refresh()

    @staticmethod
    def target() -> TextWidget | None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QAbstractSpinBox):
            widget = widget.findChild(QLineEdit)
        return widget if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) else None

    def run(self, command: str) -> None:
        target = self.target()
        if target is not None and command in COMMANDS and self.can(command, target):
            getattr(target, command)()

    @staticmethod
    def can(command: str, target: TextWidget, *, exactly: bool = False) -> bool:
        """Whether ``target`` does ``command`` at all (``exactly``: right now)."""
        read_only = target.isReadOnly()
        if command in ("undo", "redo", "cut", "paste") and read_only:
            return False
        if not exactly:
            return True
        if isinstance(target, QLineEdit):
            undo, redo, selected = target.isUndoAvailable(), target.isRedoAvailable(), target.hasSelectedText()
        else:
            document = target.document()
            undo, redo = document.isUndoAvailable(), document.isRedoAvailable()
            selected = target.textCursor().hasSelection()
        return {
            "undo": undo,
            "redo": redo,
            "cut": selected,
            "copy": selected,
            "paste": bool(QGuiApplication.clipboard().text()),
        }.get(command, True)

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Enabled: what the focused widget can do at all (its keys stay live)."""
        target = self.target()
        for command, action in self._actions.items():
            action.setEnabled(target is not None and self.can(command, target))

    def refresh_exactly(self) -> None:
        """As the menu opens: what it can do right now."""
        target = self.target()
        for command, action in self._actions.items():
            action.setEnabled(target is not None and self.can(command, target, exactly=True))
