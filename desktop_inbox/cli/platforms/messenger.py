"""``desktop-inbox accounts add messenger``."""

from __future__ import annotations

import argparse

from desktop_inbox.cli.context import EXIT_OK, Context
from desktop_inbox.cli.platforms.meta import add_meta_options, read_token
from desktop_inbox.connectors.meta import access
from desktop_inbox.services.signin.messenger import SIGN_IN_HELP, add_messenger_token
from desktop_inbox.services.signin.meta import describe


def register(platforms: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    parser = platforms.add_parser(
        "messenger",
        help="a Facebook Page's Messenger and comments, through your own Meta app",
        parents=[common],
        description=SIGN_IN_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--page", required=True, metavar="PAGE_ID", help="the ID of your Facebook Page")
    add_meta_options(parser, host="graph.facebook.com")
    parser.set_defaults(func=add_messenger)


async def add_messenger(ctx: Context) -> int:
    token = read_token(ctx)
    result = await add_messenger_token(
        ctx.accounts,
        token,
        page_id=ctx.args.page,
        api_base=ctx.args.api_base,
        history=ctx.args.history,
        human_agent=ctx.args.human_agent,
    )
    for line in describe(result, access_help=access.explain("messenger")):
        ctx.print(line)
    ctx.print("Run `desktop-inbox sync` to fetch its conversations.")
    return EXIT_OK
