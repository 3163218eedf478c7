"""File dialogs: the desktop's own where it has one, and Qt's, made safe, where not.

Qt shows the platform's dialog when its platform theme has one: GTK's on
GNOME-like desktops (the gtk3 theme Qt picks there), the XDG desktop portal's
elsewhere (KDE, LXQt, tiling compositors; chosen at start by
``platform_theme.py``), always in a Flatpak or Snap. Without either (a bare X
server) Qt draws its own, which asked each file's type from its content: typing
``/proc/`` read ``/proc/kmsg``, which never ends, and froze the app. Its
icons here come from the name and kind of a file only (``PlainIcons``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_inbox.ui.i18n import arg


class PlainIcons(QAbstractFileIconProvider):
    """A file's icon and type from its name and kind, never from its bytes."""

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        if isinstance(what, QFileInfo):
            if what.isRoot():
                what = QAbstractFileIconProvider.IconType.Drive
            elif what.isDir():
                what = QAbstractFileIconProvider.IconType.Folder
            else:
                what = QAbstractFileIconProvider.IconType.File
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("PlainIcons", "Folder")
        suffix = info.suffix()
        if suffix:
            return arg(QCoreApplication.translate("PlainIcons", "%1 file", "%1: PDF, HTML…"), suffix.upper())
        return QCoreApplication.translate("PlainIcons", "File")


_PLAIN_ICONS = PlainIcons()


def file_dialog(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "") -> QFileDialog:
    """A file dialog that opens with ``open()``: the desktop's where it has one."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    make_safe(dialog)
    return dialog


def make_safe(dialog: QFileDialog) -> None:
    """Qt's own dialog (when there is no native one) reads no file's content."""
    dialog.setIconProvider(_PLAIN_ICONS)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons)
