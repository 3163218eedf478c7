"""Where the app may write a file the user asked for (exports, backups).

Two rules keep the user's data safe:

* Nothing is written inside the data folder: the cache, its ``-wal`` and
  ``-shm``, the backups and the logs live there, and a file chosen by mistake
  (``--output DATA/cache.sqlite3``) would destroy them.
* A file appears whole or not at all: it is written to a temporary file in
  the same folder and renamed into place, so a full disk or a crash half-way
  leaves the old file (or nothing) and never half an export.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from desktop_inbox.errors import BadInput, DiskFull, StoreError
from desktop_inbox.words import QT_TRANSLATE_NOOP, Phrase, term

_FILE = term(QT_TRANSLATE_NOOP("Errors", "file"))


def check(path: Path | str, *, data_dir: Path, force: bool = False, what: str | Phrase = _FILE) -> Path:
    """``path`` made absolute, if the app may write the user's ``what`` there;
    else ``BadInput`` with one line saying why and what to do."""
    dest = Path(path).expanduser()
    try:
        dest = dest.absolute()
        resolved = dest.resolve()
        folder = data_dir.expanduser().resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, a NUL byte
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be used as a file name ({exc})."), path=path, exc=exc
        ) from None
    if resolved == folder or folder in resolved.parents:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{dest} is inside the data folder ({folder}), where the cache, its backups and logs live; choose a place outside it for the {what}.",
            ),
            dest=dest,
            folder=folder,
            what=what,
        )
    if dest.is_dir():
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{dest} is a folder; give a file name for the {what}."), dest=dest, what=what
        )
    if dest.exists() and not dest.is_file():
        # A device, a pipe or a socket: renaming over it would replace the
        # node itself (/dev/null turned into a file, as root).
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{dest} is not a regular file (a device, pipe or socket); give a file name for the {what}."
            ),
            dest=dest,
            what=what,
        )
    parent = dest.parent
    if not parent.exists():
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "The folder {parent} does not exist; create it first or choose another place."),
            parent=parent,
        )
    if not parent.is_dir():
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{parent} is a file, not a folder; choose another place for the {what}."),
            parent=parent,
            what=what,
        )
    if dest.exists() and not force:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{dest} already exists; choose another name, or replace it (--force)."),
            dest=dest,
        )
    return dest


def write_atomically(dest: Path, produce: Callable[[Path], object]) -> None:
    """Let ``produce`` write a temporary file beside ``dest``, then rename it
    into place (readable by the user only: exports hold customers' words)."""
    temporary = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")
    try:
        produce(temporary)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        temporary.chmod(0o600)
        os.replace(temporary, dest)
    except OSError as exc:
        raise _explain(exc, dest) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _explain(exc: OSError, dest: Path) -> StoreError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(
            QT_TRANSLATE_NOOP("Errors", "The disk is full: {dest} was not written (nothing was changed there)."),
            dest=dest,
        )
    reason = exc.strerror or type(exc).__name__
    return StoreError(
        QT_TRANSLATE_NOOP("Errors", "{dest} could not be written: {reason}. Nothing was changed there."),
        dest=dest,
        reason=reason,
    )
