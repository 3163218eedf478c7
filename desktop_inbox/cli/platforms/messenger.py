"""``desktop-inbox accounts add messenger``."""

from __future__ import annotations

import argparse

from desktop_inbox.cli.args import Parser
from desktop_inbox.cli.context import EXIT_OK, Context
from desktop_inbox.cli.platforms.meta import add_meta_options, read_token
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor

MESSENGER = descriptor(Platform.MESSENGER)


def build(parser: Parser) -> None:
    parser.description = MESSENGER.signin.help
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--page", required=True, metavar="PAGE_ID", help="the ID of your Facebook Page")
    add_meta_options(parser, host="graph.facebook.com")
    parser.set_defaults(func=add_messenger)


async def add_messenger(ctx: Context) -> int:
    # Here, not at the top: the Graph client (httpx) loads only for this command.
    from desktop_inbox.services.signin.messenger import add_messenger_token
    from desktop_inbox.services.signin.meta import access_help, describe

    token = read_token(ctx)
    result = await add_messenger_token(
        ctx.services.accounts,
        token,
        page_id=ctx.args.page,
        api_base=ctx.args.api_base,
        history=ctx.args.history,
        human_agent=ctx.args.human_agent,
    )
    for line in describe(result, access_help=access_help("messenger")):
        ctx.print(str(line))
    ctx.print("Run `desktop-inbox sync` to fetch its conversations.")
    return EXIT_OK
