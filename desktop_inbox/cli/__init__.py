"""The command line: every core feature, scriptable and testable without a screen.

Each command takes ``--data-dir``; bad input prints one clear line on stderr
and exits with status 2, a failed sync exits with status 1. The command
modules parse and print; the work is done by ``desktop_inbox.services``.
"""

from desktop_inbox.cli.main import run

__all__ = ["run"]
