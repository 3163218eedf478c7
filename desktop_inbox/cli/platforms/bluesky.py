"""``desktop-inbox accounts add bluesky``."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop_inbox.cli.context import EXIT_OK, Context, add_signin_options, read_secret
from desktop_inbox.services.signin.bluesky import (
    PASSWORD_HELP,
    SIGN_IN_HELP,
    BlueskySignIn,
)


def register(platforms: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    parser = platforms.add_parser(
        "bluesky", help="a Bluesky account (handle and app password)", parents=[common], description=SIGN_IN_HELP
    )
    parser.add_argument("--handle", required=True, help="your handle, e.g. shop.bsky.social")
    parser.add_argument(
        "--service", metavar="PDS_URL", help="your server (PDS) if the handle cannot be looked up, e.g. https://bsky.social"
    )
    parser.add_argument("--password-stdin", action="store_true", help="read the app password from stdin")
    parser.add_argument(
        "--chat-service",
        metavar="URL",
        help="talk to this chat service directly (default: through your PDS with the atproto-proxy header)",
    )
    add_signin_options(parser)
    parser.set_defaults(func=add_bluesky)


async def add_bluesky(ctx: Context) -> int:
    args = ctx.args
    if args.password_stdin or not sys.stdin.isatty():
        password = read_secret("app password")
    else:
        ctx.err.write(SIGN_IN_HELP + "\n")
        password = getpass.getpass(f"{PASSWORD_HELP}: ")
    flow = BlueskySignIn(ctx.accounts, chat_service=args.chat_service)
    account = await flow.sign_in(args.handle, password, server=args.service, history=args.history)
    ctx.print(f"Added {account.handle} (account {account.id}). Run `desktop-inbox sync` to fetch its conversations.")
    if account.unavailable_note:
        ctx.print(f"Note: {account.unavailable_note}")
    return EXIT_OK
