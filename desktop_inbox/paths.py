"""Where Desktop Inbox keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "DESKTOP_INBOX_DATA_DIR"


def default_data_dir() -> Path:
    """``$DESKTOP_INBOX_DATA_DIR``, else the platform's per-user data folder
    (``~/.local/share/desktop-inbox`` on Linux, ``~/Library/Application
    Support/desktop-inbox`` on macOS, ``%LOCALAPPDATA%\\desktop-inbox`` on
    Windows)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path("desktop-inbox", appauthor=False)
