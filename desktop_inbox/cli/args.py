"""Argument types with bounds, and a parser whose errors are one line.

Every number the command line takes has a range that makes sense (an id
fits SQLite's integer, a snooze lasts at most years, not 1e300 hours); what
falls outside is refused by the parser with one line naming the option,
instead of failing deep inside with a traceback.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import NoReturn

MAX_ID = 2**63 - 1  # SQLite's largest integer


class UsageError(Exception):
    """The command line cannot be understood; ``str()`` is the one line to print."""


class Parser(argparse.ArgumentParser):
    """``argparse`` with a one-line error (the usage is one ``--help`` away),
    raised for the caller to print where its output goes."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: error: {message} (see: {self.prog} --help)")


def _whole(text: str, what: str, low: int, high: int) -> int:
    try:
        value = int(text.strip().replace("_", ""), 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{what} is a whole number, not {text!r}") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{what} is a whole number from {low} to {high}, not {text!r}"[:200])
    return value


def record_id(text: str) -> int:
    """An id shown by another command (conversations, outbox, contacts, …)."""
    return _whole(text, "an ID", 1, MAX_ID)


def whole(low: int, high: int, what: str = "it") -> Callable[[str], int]:
    def parse(text: str) -> int:
        return _whole(text, what, low, high)

    parse.__name__ = what  # argparse names the type in some messages
    return parse


def number(low: float, high: float, what: str = "it") -> Callable[[str], float]:
    """A finite decimal number in [low, high] (no nan, no inf, no 1e300)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} is a number, not {text!r}") from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} is a number from {low:g} to {high:g}, not {text!r}"[:200])
        return value

    parse.__name__ = what
    return parse


# Dates and times the cache can hold: epoch milliseconds, 1970 to 2200.
EARLIEST = date(1970, 1, 2)
LATEST = date(2199, 12, 31)


def day(text: str) -> date:
    """A date like 2024-01-31 (or 2024/01/31)."""
    try:
        value = date.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"wants a date like 2024-01-31, not {text!r}"[:200]) from None
    if not EARLIEST <= value <= LATEST:
        raise argparse.ArgumentTypeError(f"wants a date between {EARLIEST} and {LATEST}, not {text!r}")
    return value


def moment(text: str) -> datetime:
    """A time like 2026-12-01T09:00 (local time) or with an offset (…+02:00)."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"wants a time like 2026-12-01T09:00, not {text!r}"[:200]) from None
    if not EARLIEST <= value.date() <= LATEST:
        raise argparse.ArgumentTypeError(f"wants a time between {EARLIEST} and {LATEST}, not {text!r}")
    return value.astimezone() if value.tzinfo is None else value


_DURATION_PART = re.compile(r"(\d{1,7})\s*([mhdw])")
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
LONGEST = timedelta(days=5 * 366)


def duration(what: str = "it") -> Callable[[str], timedelta]:
    """A length of time like 30m, 2h, 3d, 1w or 1d12h: a minute to five years."""

    def parse(text: str) -> timedelta:
        spec = "".join(text.lower().split())
        parts = _DURATION_PART.findall(spec)
        if not spec or "".join(n + u for n, u in parts) != spec:
            raise argparse.ArgumentTypeError(f"{what} is a duration like 30m, 2h or 3d, not {text!r}"[:200])
        value = sum((int(n) * _UNITS[u] for n, u in parts), timedelta())
        if not timedelta(minutes=1) <= value <= LONGEST:
            raise argparse.ArgumentTypeError(f"{what} is from 1m to 5 years, not {text!r}"[:200])
        return value

    parse.__name__ = what
    return parse
