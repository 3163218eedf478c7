"""``assign``: give a conversation to a member of the team.

    desktop-inbox assign CONVERSATION_ID MEMBER     assign it (MEMBER: a name, any case)
    desktop-inbox assign CONVERSATION_ID --nobody   take the assignment back

``conversations --mine`` lists what is assigned to you. Outside a team there
is one user and nobody to assign to: refused in one line (exit 2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_inbox.errors import BadInput

if TYPE_CHECKING:
    from desktop_inbox.cli.args import Parser
    from desktop_inbox.cli.context import Context

EXIT_OK = 0


async def cmd_assign(ctx: Context) -> int:
    if (ctx.args.member is None) == (not ctx.args.nobody):
        raise BadInput("Name the member to assign it to, or say --nobody.")
    service = ctx.services.assignment
    chosen = await service.assign(ctx.args.conversation_id, None if ctx.args.nobody else ctx.args.member)
    if chosen is None:
        ctx.print(f"Conversation {ctx.args.conversation_id} is assigned to nobody now.")
    else:
        ctx.print(f"Conversation {ctx.args.conversation_id} is assigned to {chosen.name}.")
    return EXIT_OK


def build(p: Parser) -> None:
    from desktop_inbox.cli.args import record_id

    p.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    p.add_argument("member", nargs="?", metavar="MEMBER", help="the member's name (team status lists them)")
    p.add_argument("--nobody", action="store_true", help="take the assignment back")
    p.set_defaults(func=cmd_assign)
