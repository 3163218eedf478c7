"""Composition root: the command line, or the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

COMMANDS = {
    "accounts", "sync", "conversations", "show", "reply", "attachment", "done", "search", "outbox", "export", "backup",
    "restore",
    "storage", "forget", "searches", "snippets", "contacts", "snooze", "stats", "encrypt", "decrypt",
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    wants_cli = any(a in COMMANDS for a in args if not a.startswith("-")) or any(
        a in ("-h", "--help", "--version") for a in args
    )
    if wants_cli:
        from desktop_inbox import cli

        return cli.run(args)
    from desktop_inbox.ui.application import run_gui

    return run_gui(args)
