"""What ``accounts add instagram`` and ``accounts add messenger`` share."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from desktop_inbox.cli.context import Context
from desktop_inbox.errors import BadInput
from desktop_inbox.services.accounts import HISTORY_CHOICES

if TYPE_CHECKING:
    from desktop_inbox.services.signin.meta import MetaToken


def add_meta_options(parser: argparse.ArgumentParser, *, host: str) -> None:
    parser.add_argument("--app-id", required=True, metavar="ID", help="your Meta app's ID (App Dashboard)")
    parser.add_argument(
        "--token-stdin",
        action="store_true",
        help='read the token (or {"access_token": …, "expires_in": …}) from standard input instead of asking',
    )
    parser.add_argument(
        "--human-agent",
        action="store_true",
        help="Meta approved the Human Agent feature for your app: a person may answer for 7 days instead of 24 hours",
    )
    parser.add_argument("--api-base", metavar="URL", help=f"the Graph API address (default https://{host})")
    parser.add_argument(
        "--history", choices=list(HISTORY_CHOICES), default="3m", help="how far back to import (default 3m)"
    )


def read_token(ctx: Context) -> MetaToken:
    """From standard input with ``--token-stdin``, else asked for without echo."""
    if ctx.args.token_stdin:
        text = sys.stdin.read()
    elif sys.stdin.isatty():
        text = getpass.getpass("Paste the token generated in your Meta app's dashboard (it is not shown): ")
    else:
        raise BadInput("Give the token on standard input with --token-stdin.")
    from desktop_inbox.services.signin.meta import parse_token  # (the Graph client: not for --help)

    return parse_token(text, app_id=ctx.args.app_id)
