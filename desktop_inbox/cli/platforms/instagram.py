"""``desktop-inbox accounts add instagram``."""

from __future__ import annotations

import argparse

from desktop_inbox.cli.args import Parser
from desktop_inbox.cli.context import EXIT_OK, Context
from desktop_inbox.cli.platforms.meta import add_meta_options, read_token
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor

INSTAGRAM = descriptor(Platform.INSTAGRAM)


def build(parser: Parser) -> None:
    parser.description = INSTAGRAM.signin.help
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    add_meta_options(parser, host="graph.instagram.com")
    parser.set_defaults(func=add_instagram)


async def add_instagram(ctx: Context) -> int:
    # Here, not at the top: the Graph client (httpx) loads only for this command.
    from desktop_inbox.services.signin.instagram import add_instagram_token
    from desktop_inbox.services.signin.meta import access_help, describe

    token = read_token(ctx)
    result = await add_instagram_token(
        ctx.services.accounts, token, api_base=ctx.args.api_base, history=ctx.args.history, human_agent=ctx.args.human_agent
    )
    for line in describe(result, access_help=access_help("instagram")):
        ctx.print(str(line))
    ctx.print("Run `desktop-inbox sync` to fetch its conversations.")
    return EXIT_OK
