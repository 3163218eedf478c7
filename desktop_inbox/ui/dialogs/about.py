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
from desktop_inbox.ui.i18n import arg

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
        self.setWindowTitle(arg(self.tr("About %1"), APP_NAME))
        self.data_dir = data_dir

        icon = QLabel()
        icon.setPixmap(QIcon(str(icon_path())).pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon_label = icon

        title = QLabel(f"<h2>{html.escape(APP_NAME)}</h2>" + html.escape(arg(self.tr("Version %1"), __version__)))
        description = QLabel(html.escape(self.tr(
            "Answer every customer personally — fast, with their whole story in view, online or offline. "
            "Mentions and direct messages land in one inbox; everything is kept on this computer."
        )))
        description.setWordWrap(True)
        licence = QLabel(arg(
            self.tr(
                'Free software under the <a href="%1">GNU General Public License</a>, '
                "version 3 or later (%2). It comes with no warranty.",
                "keep the link's markup; %1: its address, %2: the licence's code"
            ),
            LICENSE_URL,
            LICENSE,
        ))
        licence.setWordWrap(True)
        licence.setOpenExternalLinks(True)
        where = arg(self.tr("%1 (demo workspace: deleted when you quit)"), data_dir) if demo else str(data_dir)
        # The demo's one account signs in to its own server on this computer,
        # and its token lives in memory only: the keyring is never touched.
        signins = html.escape(
            self.tr("kept in memory, for the demo's own server (nothing is stored in your keyring)")
            if demo
            else arg(self.tr("the system keyring, service “%1”"), SERVICE)
        )
        rows = (
            (self.tr("Data folder"), html.escape(where)),
            (self.tr("Settings"), html.escape(QSettings().fileName())),
            (self.tr("Sign-ins"), signins),
        )
        details = QLabel(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(f"<tr><td><b>{html.escape(name)}</b></td><td>{value}</td></tr>" for name, value in rows)
            + "</table>"
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
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(self.open_data_folder)
        copy = QPushButton(self.tr("Copy version"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(version_line()))
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
