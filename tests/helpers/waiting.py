"""Waiting on a real app process: a condition polled until a deadline, and its log."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path


def wait_until(condition: Callable[[], object], timeout: float = 60, what: str = "", poll: float = 0.1) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out: {what}")
        time.sleep(poll)


def app_log(data_dir: Path) -> str:
    """The app's own log in ``data_dir`` (empty until it has written one)."""
    try:
        return (data_dir / "logs" / "desktop-inbox.log").read_text(encoding="utf-8")
    except OSError:
        return ""
