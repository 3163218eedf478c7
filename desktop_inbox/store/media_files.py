"""The media folder: kept pictures and a reply's attachments, as files.

Everything lives under ``<data folder>/media`` (folders 0700, files 0600):
``<account>/<xx>/<media id>.<ext>`` for what the sync keeps, and
``outbox/<name>`` for the pictures of replies not sent yet. The database
names them by their path relative to this folder, so a data folder can move.
Files are written to a temporary name, flushed and renamed: a crash leaves
either the whole file or none (and ``sweep`` removes what nothing names).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from desktop_inbox.errors import BadInput, DiskFull, StoreError
from desktop_inbox.words import QT_TRANSLATE_NOOP

MEDIA_DIR = "media"
OUTBOX = "outbox"
_PARTIAL = ".partial"


class MediaFolder:
    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir) / MEDIA_DIR

    def path(self, relative: str) -> Path:
        """The file a stored relative path names (never outside the folder)."""
        target = (self.root / relative).resolve()
        if not target.is_relative_to(self.root.resolve()):
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "A media path points outside the media folder."))
        return target

    def _dir(self, relative: str) -> Path:
        folder = self.root
        for part in Path(relative).parts:
            folder = folder / part
            folder.mkdir(mode=0o700, exist_ok=True, parents=True)
            with contextlib.suppress(OSError):
                os.chmod(folder, 0o700)
        return folder

    def write(self, relative: str, data: bytes) -> int:
        """Write ``data`` as ``relative`` (replacing it); returns its size."""
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(self.root, 0o700)
        target = self._dir(str(Path(relative).parent)) / Path(relative).name
        partial = target.with_name(target.name + _PARTIAL)
        try:
            fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(partial, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink()
            if exc.errno == 28:  # ENOSPC
                raise DiskFull(QT_TRANSLATE_NOOP("Errors", "The disk is full: a picture could not be kept.")) from None
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "A picture could not be written ({value})."), value=exc.strerror or exc
            ) from None
        return len(data)

    def new_outbox_name(self, suffix: str) -> str:
        import uuid  # (staging a picture to send needs it; reading a thread does not)

        return f"{OUTBOX}/{uuid.uuid4().hex}{suffix}"

    def remove(self, relatives: Iterable[str | None]) -> int:
        """Delete files (missing ones are fine); returns how many went."""
        removed = 0
        for relative in relatives:
            if not relative:
                continue
            with contextlib.suppress(FileNotFoundError, BadInput):
                self.path(relative).unlink()
                removed += 1
        return removed

    def sweep(self, keep: set[str]) -> int:
        """Remove every file nothing names (``keep``: relative paths), and
        half-written ones: what a crash or a forgotten message left."""
        if not self.root.is_dir():
            return 0
        removed = 0
        for path in self.root.rglob("*"):
            if not path.is_file():
                continue
            relative = path.relative_to(self.root).as_posix()
            if relative not in keep:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed

    def size(self) -> int:
        if not self.root.is_dir():
            return 0
        return sum(p.stat().st_size for p in self.root.rglob("*") if p.is_file())
