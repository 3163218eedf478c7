"""Where the app's own files (icons, desktop files) are, installed or not."""

from __future__ import annotations

import functools
import sys
from pathlib import Path


@functools.cache  # (asked six times before the window's first key; each resolves a path)
def resource_dir() -> Path:
    """``resources/``: inside a PyInstaller bundle, the package, or the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    return candidates[-1]


def icon_path(name: str = "desktop-inbox.svg") -> Path:
    return resource_dir() / "icons" / name
