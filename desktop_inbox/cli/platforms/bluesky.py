"""``desktop-inbox accounts add bluesky``."""

from __future__ import annotations

import getpass
import sys

from desktop_inbox.cli.args import Parser
from desktop_inbox.cli.context import EXIT_OK, Context, read_secret
from desktop_inbox.cli.platforms.options import add_signin_options
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor

BLUESKY = descriptor(Platform.BLUESKY)


def build(parser: Parser) -> None:
    parser.description = BLUESKY.signin.help
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
    # Here, not at the top: the atproto SDK takes ~0.4 s to load, which no other command should pay.
    from desktop_inbox.services.signin.bluesky import BlueskySignIn

    args = ctx.args
    if args.password_stdin or not sys.stdin.isatty():
        password = read_secret("app password")
    else:
        ctx.err.write(BLUESKY.signin.help + "\n")
        password = getpass.getpass(f"{BLUESKY.signin.password_prompt}: ")
    flow = BlueskySignIn(ctx.services.accounts, chat_service=args.chat_service)
    account = await flow.sign_in(args.handle, password, server=args.service, history=args.history)
    ctx.print(f"Added {account.handle} (account {account.id}). Run `desktop-inbox sync` to fetch its conversations.")
    if account.unavailable_note:
        ctx.print(f"Note: {account.unavailable_note}")
    return EXIT_OK
