"""The reply's text box: Tab and Shift+Tab go from one {placeholder} still
to fill to the next while any is left, and move the focus on once none is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPlainTextEdit


class ReplyEdit(QPlainTextEdit):
    def __init__(self, jump: Callable[[bool], bool]) -> None:
        """``jump(forward)``: select the next (or previous) placeholder;
        False when there is none to go to."""
        super().__init__()
        self._jump = jump
        self.setTabChangesFocus(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt asks here for Tab (next) and Shift+Tab before moving the focus.
        if self.hasFocus() and self._jump(next):
            return True
        return super().focusNextPrevChild(next)
