"""One place that opens the window's dialogs (cf. Anki's DialogManager).

A dialog has a name. Asking for it again raises the open one instead of
stacking a second copy (or replaces it when it shows something else); it is
shown without blocking the event loop (``show()``, or ``open()`` for a
window-modal one, never ``exec()``), and deleted when it closes, which also
disconnects whatever it was connected to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt

# (Qt's dialog classes are imported by the dialogs, when first opened: PySide
# builds a Qt class's Python enums when it is first imported, and the
# window's start-up does not wait for that.)
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

D = TypeVar("D", bound="QDialog")


class DialogManager(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._open: dict[str, QDialog] = {}

    def open(
        self,
        name: str,
        build: Callable[[QWidget], D],
        *,
        modal: bool = False,
        same: Callable[[D], bool] | None = None,
        raised: Callable[[D], None] | None = None,
    ) -> D:
        """The dialog called ``name``: the open one raised (``raised`` is then
        called on it), unless ``same`` says it shows something else, in which
        case it is closed and a new one built by ``build(parent)``."""
        existing = self.find(name)
        if existing is not None:
            dialog: D = existing  # type: ignore[assignment]  # (a name is always built by the same class)
            if same is None or same(dialog):
                dialog.raise_()
                dialog.activateWindow()
                if raised is not None:
                    raised(dialog)
                return dialog
            self._open.pop(name, None)
            dialog.close()
        dialog = build(self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open[name] = dialog
        dialog.destroyed.connect(lambda *_: self._forget(name, dialog))
        if modal:
            dialog.open()
        else:
            dialog.show()
        return dialog

    def find(self, name: str) -> QDialog | None:
        """The open dialog called ``name``, if any."""
        dialog = self._open.get(name)
        if dialog is None:
            return None
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            # Closed (and on its way out): it does not count as open.
            self._open.pop(name, None)
            return None
        return dialog

    def names(self) -> list[str]:
        return [name for name in list(self._open) if self.find(name) is not None]

    def close_all(self) -> None:
        for name in self.names():
            dialog = self._open.pop(name)
            dialog.close()

    def _forget(self, name: str, dialog: QDialog) -> None:
        if self._open.get(name) is dialog:
            del self._open[name]
