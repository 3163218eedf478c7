"""``team``: one inbox shared by several people, on a PostgreSQL server.

    desktop-inbox team create URL [--password-stdin]   move this cache into an empty team database
    desktop-inbox team status [--json]
    desktop-inbox team leave                            use the local cache again

URL is ``postgresql://USER@HOST[:PORT]/DATABASE``; a server that is not this
machine needs ``?sslmode=verify-full``. The password (from the URL or from
standard input) is kept in the keyring, never in the data folder.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop_inbox.services import team

if TYPE_CHECKING:
    from desktop_inbox.cli.context import Context

EXIT_OK = 0


async def cmd_team(ctx: Context) -> int:
    action = ctx.args.team_action
    if action == "create":
        from desktop_inbox.cli.context import read_secret

        password = read_secret("password") if ctx.args.password_stdin else None
        made = team.create(ctx.data_dir, ctx.secrets, ctx.args.url, password=password)
        ctx.print(
            f"This inbox is now the team's at {made.url}: {made.conversations} conversations and "
            f"{made.messages} messages moved, counts verified. The local cache stays as it was (team leave goes back to it)."
        )
        return EXIT_OK
    if action == "leave":
        url = team.leave(ctx.data_dir, ctx.secrets)
        ctx.print(f"Left the team at {url}: this data folder uses its local cache again; the team's data stays on its server.")
        return EXIT_OK
    found = team.status(ctx.data_dir, ctx.secrets)
    if ctx.args.json:
        ctx.print_json(found.to_json())
    elif not found.in_team:
        ctx.print("Not in a team: this data folder uses its local cache (desktop-inbox team create URL makes one).")
    else:
        ctx.print(f"Team database: {found.url} (schema {found.schema}, since {found.since})")
        ctx.print(f"{found.accounts} accounts, {found.conversations} conversations, {found.messages} messages")
    return EXIT_OK


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    tm = commands.add_parser("team", help="share this inbox with your team on a PostgreSQL server", parents=[common])
    actions = tm.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="move this cache into an empty team database", parents=[common])
    create.add_argument("url", metavar="URL", help="postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]")
    create.add_argument("--password-stdin", action="store_true", help="read the database password from standard input")
    status = actions.add_parser("status", help="where this inbox lives and what is in it", parents=[common])
    status.add_argument("--json", action="store_true")
    actions.add_parser("leave", help="use the local cache again (the team's data stays on its server)", parents=[common])
    tm.set_defaults(func=cmd_team, open_cache=False)
