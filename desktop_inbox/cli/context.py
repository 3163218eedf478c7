"""What every command shares: the context built from the common options,
exit codes, and reading secrets from standard input."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop_inbox import logging_setup
from desktop_inbox.cli.args import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from desktop_inbox.errors import BadInput
from desktop_inbox.paths import default_data_dir, prepare_data_dir
from desktop_inbox.secrets import Secrets
from desktop_inbox.services.opening import open_cache
from desktop_inbox.services.root import Services
from desktop_inbox.text.untrusted import escaped

log = logging.getLogger("desktop_inbox.cli")

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")

__all__ = ["EXIT_BAD_INPUT", "EXIT_FAILED", "EXIT_OK", "Context", "read_secret"]


class Context:
    """What a command needs, built once from the common options: the
    services (``services``), the data folder, and where to print."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.out = out
        self.err = err
        self.data_dir = prepare_data_dir(Path(args.data_dir) if args.data_dir else default_data_dir())
        logging_setup.setup(data_dir=self.data_dir, verbose=args.verbose)
        self.secrets = Secrets()
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        # The cache opens on first use: restore and encrypt replace the file unopened.
        if self._services is None:
            # A command run without an event loop (cli.main) reads and ends:
            # its cache needs no threads of its own.
            one_thread = not getattr(self.args, "event_loop", True)
            self._services = Services(
                cache=open_cache(self.data_dir, self.secrets, one_thread=one_thread),
                secrets=self.secrets,
                engine_settings={"poll_interval": getattr(self.args, "interval", 60.0)},
                pdf=_render_pdf,
            )
        return self._services

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
        if self._services is not None:
            self._services.cache.close()


def _render_pdf(html: str, title: str) -> bytes:
    # The one way from the command line into ui/: printing needs Qt, and the
    # app's PDF renderer is it (the import contracts allow exactly this).
    from desktop_inbox.ui.pdf import render_pdf

    return render_pdf(html, title)


def read_secret(what: str) -> str:
    """One line from standard input (tokens and passwords never go in argv)."""
    line = sys.stdin.readline()
    if not line.strip():
        raise BadInput(f"No {what} on standard input.")
    return line.strip()
