"""Argument types with bounds, and a parser whose errors are one line and
whose commands are built only when chosen.

Every number the command line takes has a range that makes sense (an id
fits SQLite's integer, a snooze lasts at most years, not 1e300 hours); what
falls outside is refused by the parser with one line naming the option,
instead of failing deep inside with a traceback.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, NoReturn

MAX_ID = 2**63 - 1  # SQLite's largest integer

# Exit codes (a contract): bad input is 2, a failure (sync, server, cache) is 1.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """The command line cannot be understood; ``str()`` is the one line to print."""


def _columns() -> int:
    """``shutil.get_terminal_size().columns``, without loading shutil (with
    bz2 and lzma): argparse asks for a help formatter at every option it
    adds, and each formatter asks for the terminal's width."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class HelpFormatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class Parser(argparse.ArgumentParser):
    """``argparse`` with a one-line error (the usage is one ``--help`` away),
    raised for the caller to print where its output goes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: error: {message} (see: {self.prog} --help)")

    # The options every command takes (a built command's parser has them as the parser above it).
    common: argparse.ArgumentParser | None = None

    def add_commands(self, common: argparse.ArgumentParser | None = None, **kwargs: Any) -> Commands:
        """Sub-commands (each also taking ``common``'s options) that are
        listed by ``--help`` but built only when one is chosen."""
        commands = self.add_subparsers(action=Commands, **kwargs)
        assert isinstance(commands, Commands)
        found = common or self.common
        assert found is not None, "which options every command takes"
        commands.common = found
        return commands


Build = Callable[[Parser], None]


class Commands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """Sub-commands whose parsers are built when the command line names
    them: a command costs its own options and imports, not all 56 parsers'
    and every module behind them. ``--help`` lists every command and an
    unknown word is refused with every choice named, as with eager ones."""

    common: argparse.ArgumentParser

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._builders: dict[str, Build] = {}

    def add_command(self, name: str, help: str, build: Build) -> None:
        """``name`` listed with ``help``; ``build(parser)`` adds its options when it is chosen."""
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help))
        self._name_parser_map[name] = None  # a choice argparse accepts; the parser comes when chosen
        self._builders[name] = build

    def parser(self, name: str) -> Parser:
        """The parser of ``name``, built if it was not yet."""
        build = self._builders.pop(name, None)
        if build is not None:
            del self._name_parser_map[name]
            built = self.add_parser(name, parents=[self.common])
            assert isinstance(built, Parser)
            built.common = self.common
            build(built)
        found = self._name_parser_map[name]
        assert isinstance(found, Parser)
        return found

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if isinstance(values, Sequence) and values and values[0] in self._builders:
            self.parser(values[0])
        super().__call__(parser, namespace, values, option_string)


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
