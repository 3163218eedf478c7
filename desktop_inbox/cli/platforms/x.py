"""``desktop-inbox accounts add x``."""

from __future__ import annotations

import argparse
import contextlib
import sys
import webbrowser

from desktop_inbox.cli.args import Parser
from desktop_inbox.cli.context import EXIT_OK, Context
from desktop_inbox.cli.platforms.options import add_signin_options, has_browser
from desktop_inbox.errors import BadInput
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor

X = descriptor(Platform.X)


def build(parser: Parser) -> None:
    port = X.signin.defaults["redirect_port"]
    parser.description = X.signin.help
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--client-id", required=True, metavar="ID", help="the OAuth 2.0 client ID of your X app")
    parser.add_argument("--api-base", metavar="URL", help="the X API address (default https://api.x.com)")
    parser.add_argument(
        "--token-stdin",
        action="store_true",
        help='read {"access_token": …, "refresh_token": …, "expires_in": …} from stdin instead of signing in',
    )
    parser.add_argument(
        "--redirect-port", type=int, default=port, help=f"port of the callback URL (default {port})"
    )
    add_signin_options(parser)
    parser.set_defaults(func=add_x)


async def add_x(ctx: Context) -> int:
    # (twitter-text and httpx load with the command, not with the parser.)
    from desktop_inbox.services.signin.x import XOAuthFlow, add_x_tokens, parse_token_json

    args = ctx.args
    if args.token_stdin:
        text = sys.stdin.read()
        if not text.strip():
            raise BadInput("No token JSON on standard input.")
        tokens = parse_token_json(text, client_id=args.client_id)
        account = await add_x_tokens(ctx.services.accounts, tokens, api_base=args.api_base, history=args.history)
    else:
        flow = XOAuthFlow(
            ctx.services.accounts, args.client_id, api_base=args.api_base, history=args.history, redirect_port=args.redirect_port
        )
        try:
            url = await flow.start()
            ctx.print("Open this page in your browser to sign in to X:")
            ctx.print(url)
            if not args.no_browser and has_browser():
                with contextlib.suppress(Exception):
                    webbrowser.open(url)
            ctx.print("Waiting for the sign-in to finish in the browser…")
            account = await flow.finish(timeout=args.timeout)
        finally:
            await flow.cancel()
    ctx.print(f"Added {account.handle} (account {account.id}). Run `desktop-inbox sync` to fetch its conversations.")
    return EXIT_OK
