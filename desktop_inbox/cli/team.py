"""``team``: one inbox shared by several people, on a PostgreSQL server.

    desktop-inbox team create URL --name NAME [--signoff TEXT] [--password-stdin]
                                                        move this cache into an empty team database
    desktop-inbox team join URL --name NAME [--signoff TEXT] [--password-stdin]
    desktop-inbox team status [--json]                  members, who syncs which account, last change
    desktop-inbox team leave                            use the local cache again

URL is ``postgresql://USER@HOST[:PORT]/DATABASE``; a server that is not this
machine needs ``?sslmode=verify-full``. The password (from the URL or from
standard input) is kept in the keyring, never in the data folder.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop_inbox.services import team

if TYPE_CHECKING:
    from desktop_inbox.cli.args import Parser
    from desktop_inbox.cli.context import Context

EXIT_OK = 0


async def cmd_team(ctx: Context) -> int:
    action = ctx.args.team_action
    if action in ("create", "join"):
        from desktop_inbox.cli.context import read_secret

        password = read_secret("password") if ctx.args.password_stdin else None
        how = team.create if action == "create" else team.join
        found = how(ctx.data_dir, ctx.secrets, ctx.args.url, name=ctx.args.name, signoff=ctx.args.signoff, password=password)
        if action == "create":
            ctx.print(
                f"This inbox is now the team's at {found.url}: {found.conversations} conversations and "
                f"{found.messages} messages moved, counts verified. The local cache stays as it was "
                "(team leave goes back to it)."
            )
        else:
            ctx.print(f"Joined the team at {found.url} as {found.me}: {found.conversations} conversations.")
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
    elif not found.reachable:
        ctx.print(f"Team database: {found.url}; you are {found.me}, since {found.since}")
        ctx.print("Team server unreachable: the app reads this computer's copy of the team's inbox; replies wait in the outbox.")
        if found.copy_refreshed is not None:
            ctx.print(f"Copy last brought up to date: {found.copy_refreshed.astimezone():%Y-%m-%d %H:%M}")
        else:
            ctx.print("No copy on this computer yet (the app makes one while the server is reachable).")
    else:
        ctx.print(f"Team database: {found.url} (schema {found.schema}); you are {found.me}, since {found.since}")
        ctx.print(f"{found.accounts} accounts, {found.conversations} conversations, {found.messages} messages")
        for member in found.members:
            ctx.print(f"  member {member.id}: {member.name}" + (f" (signs {member.signoff!r})" if member.signoff else ""))
        for leader in found.leaders:
            who = f"synced by {leader.member}'s app" if leader.member else "synced by no one right now"
            since = f" since {_local(leader.since_ms)}" if leader.since_ms is not None else ""
            ctx.print(f"  account {leader.account_id}: {leader.account}: {who}{since}")
        if found.last_change is not None:
            ctx.print(f"Last change by a member: {found.last_change.astimezone():%Y-%m-%d %H:%M}")
    return EXIT_OK


def _local(ms: int) -> str:
    return f"{datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone():%Y-%m-%d %H:%M}"


def build(tm: Parser) -> None:
    actions = tm.add_commands(dest="team_action", metavar="ACTION", required=True)
    actions.add_command("create", "move this cache into an empty team database", _joining)
    actions.add_command("join", "use a team's database, as one of its members", _joining)
    actions.add_command("status", "where this inbox lives and what is in it", _status)
    actions.add_command("leave", "use the local cache again (the team's data stays on its server)", _leave)
    tm.set_defaults(func=cmd_team, open_cache=False)


def _joining(p: Parser) -> None:
    p.add_argument("url", metavar="URL", help="postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]")
    p.add_argument("--name", required=True, help="your name in the team")
    p.add_argument("--signoff", default="", help="how your replies end, e.g. '^Anna'")
    p.add_argument("--password-stdin", action="store_true", help="read the database password from standard input")


def _status(p: Parser) -> None:
    p.add_argument("--json", action="store_true")


def _leave(p: Parser) -> None:
    pass
