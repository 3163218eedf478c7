"""What every command shares: the context built from the common options,
exit codes, and reading secrets from standard input."""

from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import re
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop_inbox import logging_setup
from desktop_inbox.errors import BadInput
from desktop_inbox.paths import default_data_dir, prepare_data_dir
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import encryption
from desktop_inbox.services.accounts import HISTORY_CHOICES, AccountService
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.db import Cache
from desktop_inbox.text.untrusted import escaped

log = logging.getLogger("desktop_inbox.cli")

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class Context:
    """What a command needs, built once from the common options."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.out = out
        self.err = err
        self.data_dir = prepare_data_dir(Path(args.data_dir) if args.data_dir else default_data_dir())
        logging_setup.setup(data_dir=self.data_dir, verbose=args.verbose)
        self.secrets = Secrets()
        self._cache: Cache | None = None

    @property
    def cache(self) -> Cache:
        # Opened on first use: restore and encrypt replace the file unopened.
        if self._cache is None:
            self._cache = Cache(self.data_dir, key_provider=encryption.key_provider(self.secrets, self.data_dir))
        return self._cache

    @functools.cached_property
    def inbox(self) -> Inbox:
        return Inbox(self.cache)

    @functools.cached_property
    def accounts(self) -> AccountService:
        return AccountService(self.cache, self.secrets)

    # What is printed quotes customers and servers: every control character
    # (ESC, BEL, backspace, C1, bidi overrides) is shown, never obeyed.
    def print(self, *parts: object) -> None:
        print(escaped(" ".join(str(p) for p in parts)), file=self.out, flush=True)

    def print_json(self, data: Any) -> None:
        # JSON escapes C0 itself; C1 and bidi controls become \u escapes too.
        text = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False, indent=2))
        self.out.write(text + "\n")
        self.out.flush()

    def warn(self, line: str) -> None:
        """One line on stderr (a note or a failure that is not the command's end)."""
        self.err.write(escaped(line) + "\n")
        self.err.flush()

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()


def read_secret(what: str) -> str:
    """One line from standard input (tokens and passwords never go in argv)."""
    line = sys.stdin.readline()
    if not line.strip():
        raise BadInput(f"No {what} on standard input.")
    return line.strip()


def has_browser() -> bool:
    if os.environ.get("CI"):
        return False
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def add_signin_options(parser: argparse.ArgumentParser) -> None:
    """Options every ``accounts add PLATFORM`` shares."""
    parser.add_argument(
        "--history", choices=list(HISTORY_CHOICES), default="3m", help="how far back to import (default 3m)"
    )
    parser.add_argument("--no-browser", action="store_true", help="print the sign-in page instead of opening it")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for the browser sign-in")
