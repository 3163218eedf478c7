"""Running one command: parse, build the context, report errors in one line.

What a command needs is imported once it is known (``parser``): a
``--help`` or a mistyped option loads no cache, and no command loads what
only another needs.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Coroutine, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from desktop_inbox import APP_ID
from desktop_inbox.cli.args import EXIT_BAD_INPUT, EXIT_FAILED, UsageError
from desktop_inbox.cli.parser import build_parser
from desktop_inbox.errors import BadInput, CacheDamaged, InboxError
from desktop_inbox.text.untrusted import one_line

if TYPE_CHECKING:
    from desktop_inbox.cli.context import Context

log = logging.getLogger("desktop_inbox.cli")


def run(
    argv: Sequence[str], *, out: TextIO = sys.stdout, err: TextIO = sys.stderr, end_process: bool = False
) -> int:
    """Run the command ``argv``; its exit status. ``end_process``: this
    process is the command's (the program's entry, not a caller in a
    process that goes on): once a command that ran without an event loop
    is done, the process ends there (``end_now``)."""
    parsed: list[argparse.Namespace] = []
    code = _run(argv, out, err, parsed)
    if end_process and parsed and not getattr(parsed[0], "event_loop", True):
        end_now(code, out, err)
    return code


def end_now(code: int, out: TextIO, err: TextIO) -> NoReturn:
    """End the process with ``code`` without tearing the interpreter down.

    Freeing every module and object one by one at exit costs a reading
    command ~15 ms of its ~75 (bench row 9), for nothing: the cache is
    closed, what was printed and logged is flushed here, and such a command
    starts no thread and registers nothing to run at exit but logging's
    shutdown, done here."""
    import logging

    for stream in (out, err, sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # (a closed pipe: nothing more can reach it)
            stream.flush()
    logging.shutdown()
    os._exit(code)


def _run(argv: Sequence[str], out: TextIO, err: TextIO, parsed: list[argparse.Namespace]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)  # (the chosen command's parser is built and its module loads)
    except UsageError as exc:
        err.write(one_line(str(exc), limit=1000) + "\n")
        return EXIT_BAD_INPUT
    parsed.append(args)
    args.data_dir = getattr(args, "data_dir", None)
    args.verbose = getattr(args, "verbose", False)
    if not getattr(args, "func", None):
        parser.print_help(out)
        return EXIT_BAD_INPUT
    ctx: Context | None = None

    def say(line: str) -> None:
        # One line whatever the message quotes (a server, a file name).
        err.write(one_line(f"{APP_ID}: {line}", limit=1000) + "\n")

    try:
        from desktop_inbox.cli.context import Context

        ctx = Context(args, out, err)
        code: int
        if getattr(args, "event_loop", True):
            import asyncio

            code = asyncio.run(args.func(ctx))
        else:
            code = run_without_loop(args.func(ctx))
        return code
    except CacheDamaged as exc:
        say(f"error: {exc} Restore a backup with: {APP_ID} restore FILE (automatic backups: {APP_ID} backup --list)")
        return EXIT_FAILED
    except InboxError as exc:
        say(f"error: {exc}")
        return EXIT_BAD_INPUT if isinstance(exc, BadInput) else EXIT_FAILED
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except Exception as exc:  # a bug: the traceback goes to the log, one line to the user
        log.exception("command failed", extra={"file_only": True})
        say(f"internal error ({type(exc).__name__}); the details are in the log: {log_file(ctx)}")
        return EXIT_FAILED
    finally:
        if ctx is not None:
            ctx.close()


def log_file(ctx: Context | None) -> str:
    return str(ctx.data_dir / "logs" / "desktop-inbox.log") if ctx is not None else "(no log: the data folder was not set up)"


def run_without_loop(command: Coroutine[Any, Any, int]) -> int:
    """Run a command that only reads and writes the cache, without an event
    loop (``event_loop=False`` in its parser's defaults): awaiting the cache
    then waits for the job on its thread (``store.db.no_event_loop``), so the
    coroutine ends at its first step and asyncio is never imported (~40 ms
    of a command's ~100). A command that awaits anything else is a bug here."""
    try:
        command.send(None)
    except StopIteration as done:
        return int(done.value)
    command.close()
    raise RuntimeError("this command awaited something other than the cache: it needs an event loop")
