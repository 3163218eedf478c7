"""Waiting on a real app process: a condition polled until a deadline, and its log."""

from __future__ import annotations

import sqlite3
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


def incoming_messages(data_dir: Path) -> int:
    """How many customer messages the cache in ``data_dir`` holds (0 until it can be read)."""
    try:
        with sqlite3.connect(data_dir / "cache.sqlite3") as conn:
            return conn.execute("SELECT count(*) FROM message WHERE direction = 'in'").fetchone()[0]
    except sqlite3.Error:
        return 0
