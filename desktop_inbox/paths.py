"""Where Desktop Inbox keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_inbox.words import QT_TRANSLATE_NOOP

ENV_DATA_DIR = "DESKTOP_INBOX_DATA_DIR"


def default_data_dir() -> Path:
    """``$DESKTOP_INBOX_DATA_DIR``, else the platform's per-user data folder
    (``~/.local/share/desktop-inbox`` on Linux, ``~/Library/Application
    Support/desktop-inbox`` on macOS, ``%LOCALAPPDATA%\\desktop-inbox`` on
    Windows)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    import platformdirs  # (not at the top: a command given --data-dir never needs it)

    return platformdirs.user_data_path("desktop-inbox", appauthor=False)


def prepare_data_dir(path: Path) -> Path:
    """``path`` created if need be (private to the user), or ``BadInput``
    saying in one line why it cannot hold the cache."""
    from desktop_inbox.errors import BadInput

    path = Path(path).expanduser()
    if path.exists() and not path.is_dir():
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{path} is a file, not a folder: the data folder must be a folder."), path=path
        )
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe = path / "logs"
        probe.mkdir(exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be used as the data folder ({value})."),
            path=path,
            value=exc.strerror or exc,
        ) from None
    return path
