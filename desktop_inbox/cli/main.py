"""Running one command: parse, build the context, report errors in one line."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from typing import TextIO

from desktop_inbox import APP_ID
from desktop_inbox.cli.context import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    Context,
)
from desktop_inbox.cli.parser import build_parser
from desktop_inbox.errors import BadInput, CacheDamaged, InboxError


def run(argv: Sequence[str], *, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.verbose = getattr(args, "verbose", False)
    if not getattr(args, "func", None):
        parser.print_help(out)
        return EXIT_BAD_INPUT
    ctx: Context | None = None
    try:
        ctx = Context(args, out, err)
        code: int = asyncio.run(args.func(ctx))
        return code
    except CacheDamaged as exc:
        err.write(
            f"{APP_ID}: error: {exc}\nRestore a backup with: {APP_ID} restore FILE "
            f"(automatic backups: {APP_ID} backup --list)\n"
        )
        return EXIT_FAILED
    except InboxError as exc:
        err.write(f"{APP_ID}: error: {exc}\n")
        return EXIT_BAD_INPUT if isinstance(exc, BadInput) else EXIT_FAILED
    except KeyboardInterrupt:
        err.write(f"{APP_ID}: interrupted\n")
        return 130
    finally:
        if ctx is not None:
            ctx.close()
