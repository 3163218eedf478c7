"""A kept picture, large, with its alt text: opened from the thread.

The picture is decoded from its local file (``conversation.media.load_image``,
scaled to the screen while decoding); a video or a sound is handed to the
system's player as a local file. Nothing is fetched from the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.ui.appearance import EdgedScrollArea
from desktop_inbox.ui.conversation.media import load_image
from desktop_inbox.ui.i18n import arg

MAX_SIDE = 2560


class ImageViewer(QDialog):
    def __init__(self, *, path: Path | None, kind: str, alt: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kinds = {"image": self.tr("Picture"), "video": self.tr("Video"), "gifv": self.tr("Animation"), "audio": self.tr("Sound")}
        self.setWindowTitle(kinds.get(kind, kind.capitalize()))
        self.path = path
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Picture"))
        image = load_image(str(path), max_side=MAX_SIDE) if path is not None and kind == "image" else None
        if image is not None:
            self.picture.setPixmap(QPixmap.fromImage(image))
        elif kind == "image":
            self.picture.setText(self.tr("This picture cannot be shown (it is not on this computer, or it is damaged)."))
        elif name:
            self.picture.setText(arg(self.tr("%1: %2. Open it with the system's player.", "%1: video, sound…; %2: the file's name"), kinds.get(kind, kind), name))
        else:
            self.picture.setText(arg(self.tr("%1. Open it with the system's player.", "%1: video, sound…"), kinds.get(kind, kind)))
        # A sentence in place of the picture wraps (in Greek it ran past the window).
        self.picture.setWordWrap(image is None)
        scroll = EdgedScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alt = QLabel()
        self.alt.setTextFormat(Qt.TextFormat.PlainText)  # the customer's words, never markup
        self.alt.setWordWrap(True)
        self.alt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.alt.setAccessibleName(self.tr("Alt text"))
        self.alt.setText(arg(self.tr("Alt text: %1"), alt) if alt.strip() else self.tr("No alt text was given for this picture."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if path is not None and path.is_file():
            open_button = QPushButton(self.tr("Open with…") if kind == "image" else self.tr("Play"))
            open_button.setToolTip(self.tr("Open the local file with the system's own viewer or player"))
            open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
            buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.alt)
        layout.addWidget(buttons)
        size = image.size() if image is not None else None
        self.resize(min(1000, (size.width() if size else 480) + 40), min(760, (size.height() if size else 200) + 120))
