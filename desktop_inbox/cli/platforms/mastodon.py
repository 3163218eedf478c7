"""``desktop-inbox accounts add mastodon``."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import webbrowser

from desktop_inbox.cli.args import Parser
from desktop_inbox.cli.context import EXIT_OK, Context, read_secret
from desktop_inbox.cli.platforms.options import add_signin_options, has_browser
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor

MASTODON = descriptor(Platform.MASTODON)


def build(parser: Parser) -> None:
    parser.add_argument("--instance", required=True, metavar="URL", help="your server, e.g. https://mastodon.social")
    parser.add_argument("--token-stdin", action="store_true", help="read an existing access token from stdin")
    parser.add_argument("--oob", action="store_true", help="paste the code shown by the server instead of a redirect")
    add_signin_options(parser)
    parser.set_defaults(func=add_mastodon)


async def add_mastodon(ctx: Context) -> int:
    # (httpx loads with the command, not with the parser.)
    from desktop_inbox.services.signin.mastodon import MastodonOAuthFlow, server_address

    args = ctx.args
    server_address(args.instance)  # a bad address is said before a token is asked for
    accounts = ctx.services.accounts
    if args.token_stdin:
        account = await accounts.add_mastodon_token(args.instance, read_secret("access token"), history=args.history)
    else:
        flow = MastodonOAuthFlow(accounts, args.instance, history=args.history)
        try:
            url = await flow.start(oob=args.oob)
            ctx.print("Open this page in your browser to sign in:")
            ctx.print(url)
            if not args.no_browser and has_browser():
                with contextlib.suppress(Exception):
                    webbrowser.open(url)
            if args.oob:
                ctx.err.write("Paste the authorisation code shown by the server: ")
                ctx.err.flush()
                code = await asyncio.to_thread(sys.stdin.readline)
                account = await flow.finish_with_code(code)
            else:
                ctx.print("Waiting for the sign-in to finish in the browser…")
                account = await flow.finish(timeout=args.timeout)
        finally:
            await flow.cancel()
    ctx.print(f"Added {account.handle} (account {account.id}). Run `desktop-inbox sync` to fetch its conversations.")
    return EXIT_OK
