"""Help → About: what this is, which version, its licence, where its data is."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_inbox import APP_NAME, __version__
from desktop_inbox.resources import icon_path
from desktop_inbox.secrets import SERVICE

DESCRIPTION = (
    "Answer every customer personally — fast, with their whole story in view, online or offline. "
    "Mentions and direct messages land in one inbox; everything is kept on this computer."
)
LICENSE = "GPL-3.0-or-later"
LICENSE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def version_line() -> str:
    """Versions to quote in a bug report."""
    return (
        f"{APP_NAME} {__version__} · Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"Python {platform.python_version()} · {platform.system()} {platform.machine()}"
    )


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.data_dir = data_dir

        icon = QLabel()
        icon.setPixmap(QIcon(str(icon_path())).pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon_label = icon

        title = QLabel(f"<h2>{html.escape(APP_NAME)}</h2>Version {html.escape(__version__)}")
        description = QLabel(html.escape(DESCRIPTION))
        description.setWordWrap(True)
        licence = QLabel(
            f'Free software under the <a href="{LICENSE_URL}">GNU General Public License</a>, '
            f"version 3 or later ({LICENSE}). It comes with no warranty."
        )
        licence.setWordWrap(True)
        licence.setOpenExternalLinks(True)
        where = f"{data_dir} (demo workspace: deleted when you quit)" if demo else str(data_dir)
        # The demo's one account signs in to its own server on this computer,
        # and its token lives in memory only: the keyring is never touched.
        signins = (
            "kept in memory, for the demo's own server (nothing is stored in your keyring)"
            if demo
            else f"the system keyring, service “{html.escape(SERVICE)}”"
        )
        details = QLabel(
            "<table cellspacing='0' cellpadding='2'>"
            f"<tr><td><b>Data folder</b></td><td>{html.escape(where)}</td></tr>"
            f"<tr><td><b>Settings</b></td><td>{html.escape(QSettings().fileName())}</td></tr>"
            f"<tr><td><b>Sign-ins</b></td><td>{signins}</td></tr>"
            "</table>"
        )
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        versions = QLabel(html.escape(version_line()))
        versions.setWordWrap(True)
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        versions.setEnabled(False)  # greyed: for bug reports, not for reading
        text = QVBoxLayout()
        for label in (title, description, licence, details, versions):
            text.addWidget(label)
        body = QHBoxLayout()
        body.addWidget(icon)
        body.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        open_folder = QPushButton("Open data folder")
        open_folder.clicked.connect(self.open_data_folder)
        copy = QPushButton("Copy version")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(version_line()))
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
