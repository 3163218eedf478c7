"""Composition root: the command line, or the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# The window's own options that take a value (ui/application.py parse_args):
# their value is not a command word.
WINDOW_OPTIONS_WITH_VALUE = {"--data-dir", "--appearance", "--language", "--settings-dir", "--sync-interval", "--backup-delay"}


def wants_command_line(args: Sequence[str]) -> bool:
    """Any word that is not an option (or an option's value) is a command:
    the command line runs it, or says it does not know it. Only options
    alone open the window (the window takes no words)."""
    if any(a in ("-h", "--help", "--version") for a in args):
        return True
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in WINDOW_OPTIONS_WITH_VALUE:
            skip = True
        elif arg == "--" or not arg.startswith("-"):
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_command_line(args):
        from desktop_inbox import cli

        # Without ``argv`` this is the program itself (the console script,
        # ``python -m desktop_inbox``): a reading command may end the process.
        return cli.run(args, end_process=argv is None)
    # The window's start allocates for a few hundred modules and widgets:
    # Python's automatic collector would walk them some sixty times before
    # the first page shows. The window collects on its own thread and timer
    # (ui/gc_guard.py) once it runs; until then, nothing does.
    import gc

    gc.disable()
    from desktop_inbox.ui.application import run_gui

    return run_gui(args)
