"""The composer's pictures: attach (drop, paste, file dialog), describe, remove.

Each picture is checked by the media service off the UI thread as it is
attached (its bytes: a bomb, a truncated file, an SVG are refused with one
line) and against the platform's limits; its alt text must be written
before the reply can go. Only files on this computer and pasted pictures are
taken: a dropped web address is refused, never handed to a widget. The
little previews are decoded from the local copy (``media.load_image``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.errors import InboxError
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.ui import i18n, style
from desktop_inbox.ui.conversation.media import load_image
from desktop_inbox.ui.i18n import platform_text, say
from desktop_inbox.ui.tasks import spawn

if TYPE_CHECKING:
    from desktop_inbox.services.media import Attached, MediaService

PATTERNS = "*.png *.jpg *.jpeg *.gif *.webp"


async def _attach_file(media: MediaService, *, path: str, platform: Platform, picture_limit: int | None) -> Attached:
    return await media.attach_file(path, platform=platform, picture_limit=picture_limit)


async def _attach_bytes(media: MediaService, *, data: bytes, platform: Platform, picture_limit: int | None) -> Attached:
    # (a file name kept with the copy, not shown)
    return await media.attach_bytes(data, name="pasted picture.png", platform=platform, picture_limit=picture_limit)


class PictureChip(QFrame):
    """One attached picture: a preview, its alt text, a remove button."""

    changed = Signal()
    removed = Signal(object)  # the chip

    def __init__(self, attached: Attached, alt: str = "", *, alt_limit: int = 1500) -> None:
        super().__init__()
        self.attached = attached
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        preview = QLabel()
        preview.setFixedSize(56, 56)
        preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = load_image(attached.path, max_side=56)
        if image is not None:
            preview.setPixmap(QPixmap.fromImage(image))
        preview.setToolTip(attached.name)
        self.alt = QLineEdit(alt)
        self.alt.setPlaceholderText(self.tr("Describe the picture (required)"))
        self.alt.setAccessibleName(i18n.arg(self.tr("Alt text for %1"), attached.name))
        self.alt.setMaxLength(alt_limit)
        self.alt.setMinimumWidth(180)
        self.alt.textChanged.connect(lambda _t: self.changed.emit())
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(i18n.arg(self.tr("Remove %1"), attached.name))
        remove.setAccessibleName(remove.toolTip())
        remove.clicked.connect(lambda: self.removed.emit(self))
        name = QLabel(attached.name)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)  # (a narrow composer cut "— sent smaller (1.4 MB → …" short)
        if attached.fitted_from is not None:
            # The platform takes no more: a smaller copy goes, the file stays as it is.
            name.setText(i18n.arg(
                self.tr("%1 — sent smaller (%2 → %3)", "%1: the file's name, %2 and %3: sizes"),
                attached.name, style.megabytes(attached.fitted_from), style.megabytes(attached.size),
            ))
            name.setToolTip(self.tr("The platform takes smaller pictures: a copy made to fit is sent; your file is unchanged."))
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(name)
        column.addWidget(self.alt)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 2, 2)
        row.addWidget(preview)
        row.addLayout(column, 1)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)


class AttachmentBar(QWidget):
    changed = Signal()

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Pictures"))
        # The media service, set by the conversation pane (the composer knows no services).
        self.media: Callable[[], MediaService] | None = None
        self.platform = Platform.MASTODON
        self.direct = False
        self.picture_limit: int | None = None  # the account's server's (None: the platform's)
        self.chips: list[PictureChip] = []
        self._busy = 0
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.attach_button = QToolButton()
        self.attach_button.setText(self.tr("Attach picture…"))
        self.attach_button.setToolTip(self.tr("Attach a picture (or drop one here, or paste it); describe it before sending"))
        self.attach_button.setAccessibleName(self.tr("Attach picture"))
        self.attach_button.clicked.connect(self.choose_files)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setAccessibleName(self.tr("Picture problem"))
        self.error.hide()
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.attach_button)
        tools.addWidget(self.error, 1)
        tools.addStretch(0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(self.row)
        outer.addLayout(tools)
        self._editor = editor
        editor.installEventFilter(self)
        editor.viewport().installEventFilter(self)

    # -- what the composer asks --------------------------------------------------------

    def set_target(self, platform: Platform, *, direct: bool, picture_limit: int | None = None) -> None:
        self.platform, self.direct, self.picture_limit = platform, direct, picture_limit
        allowed = descriptor(platform).media.allowed(direct=direct)
        self.attach_button.setEnabled(allowed > len(self.chips))
        if allowed == 0:
            self.attach_button.setToolTip(platform_text(descriptor(platform).media.why_none) or self.tr("No pictures on this platform."))

    def pictures(self) -> list[tuple[Attached, str]]:
        return [(c.attached, c.alt.text().strip()) for c in self.chips]

    def problem(self) -> str:
        """Why the reply cannot go with these pictures ('' if it can)."""
        if self._busy:
            return self.tr("A picture is still being checked.")
        if not self.chips or self.media is None:
            return ""
        return say(
            self.media().problem(self.platform, self.pictures(), direct=self.direct, picture_limit=self.picture_limit)
        )

    def clear(self, *, discard: bool) -> None:
        """Empty the bar; ``discard``: the copies are not needed any more."""
        chips, self.chips = self.chips, []
        for chip in chips:
            chip.deleteLater()
        if discard and chips and self.media is not None:
            spawn(self.media().discard([c.attached for c in chips]))
        self._show_error("")
        self.changed.emit()

    def restore(self, pictures: tuple[tuple[Attached, str], ...]) -> None:
        """Put pictures back (a reply taken back with Undo)."""
        for attached, alt in pictures:
            self._add(attached, alt)

    # -- attaching -------------------------------------------------------------------------

    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach pictures"), "", i18n.arg(self.tr("Pictures (%1)"), PATTERNS))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.attach_files)
        dialog.open()

    def attach_files(self, paths: list[str]) -> None:
        for path in paths:
            self._attach(
                functools.partial(_attach_file, path=path, platform=self.platform, picture_limit=self.picture_limit)
            )

    def attach_image(self, image: QImage) -> None:
        """A pasted picture: saved as PNG bytes, then checked like a file."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # (PySide takes the format as str)
        raw = bytes(data.data())
        self._attach(functools.partial(_attach_bytes, data=raw, platform=self.platform, picture_limit=self.picture_limit))

    def _attach(self, start: Callable[[MediaService], Coroutine[Any, Any, Attached]]) -> None:
        if self.media is None:
            return
        media = self.media()
        self._busy += 1
        self.changed.emit()

        def done(attached: Attached) -> None:
            self._busy -= 1
            problem = media.problem(
                self.platform, [*self.pictures(), (attached, "")], direct=self.direct, need_alt=False,
                picture_limit=self.picture_limit,
            )  # fmt: skip
            if problem:
                spawn(media.discard([attached]))
                self._show_error(say(problem))
                self.changed.emit()
                return
            self._add(attached, "")

        def failed(exc: BaseException) -> None:
            self._busy -= 1
            self._show_error(say(exc) if isinstance(exc, InboxError) else self.tr("The picture could not be attached."))
            self.changed.emit()

        spawn(start(media), on_done=done, on_error=failed)

    def _add(self, attached: Attached, alt: str) -> None:
        chip = PictureChip(attached, alt, alt_limit=descriptor(self.platform).media.alt_limit)
        chip.changed.connect(self.changed)
        chip.removed.connect(self._remove)
        self.chips.append(chip)
        self.row.insertWidget(len(self.chips) - 1, chip)
        self._show_error("")
        if not alt:
            chip.alt.setFocus()
        self.set_target(self.platform, direct=self.direct, picture_limit=self.picture_limit)
        self.changed.emit()

    def _remove(self, chip: PictureChip) -> None:
        if chip in self.chips:
            self.chips.remove(chip)
            chip.deleteLater()
            if self.media is not None:
                spawn(self.media().discard([chip.attached]))
        self.set_target(self.platform, direct=self.direct, picture_limit=self.picture_limit)
        self.changed.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- drop and paste on the editor -----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()  # type: ignore[attr-defined]
            if mime.hasImage() or (mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())):
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            if self._take(event.mimeData()):  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Paste):  # type: ignore[attr-defined]
            return self._take(QApplication.clipboard().mimeData(), pasted=True)
        return False

    def _take(self, mime: object, *, pasted: bool = False) -> bool:
        """Attach what a drop or a paste carries; False when it holds no picture
        (the editor then takes the text as usual: a pasted web address is text)."""
        if mime is None:
            return False
        if mime.hasUrls():  # type: ignore[attr-defined]
            urls = mime.urls()  # type: ignore[attr-defined]
            local = [u.toLocalFile() for u in urls if u.isLocalFile()]
            if local:
                self.attach_files(local)
                return True
            if urls and not pasted:
                self._show_error(self.tr("Only picture files from this computer can be attached, not web addresses."))
                return True
        if mime.hasImage():  # type: ignore[attr-defined]
            image = mime.imageData()  # type: ignore[attr-defined]
            if isinstance(image, QImage) and not image.isNull():
                self.attach_image(image)
                return True
        return False
