"""``accounts list`` and ``accounts remove`` (``accounts add PLATFORM``: ``cli.platforms``)."""

from __future__ import annotations

from desktop_inbox.cli.context import (
    EXIT_OK,
    Context,
)
from desktop_inbox.records import AccountState


async def cmd_accounts_list(ctx: Context) -> int:
    accounts = await ctx.services.accounts.list()
    if ctx.args.json:
        ctx.print_json([a.to_json() for a in accounts])
        return EXIT_OK
    if not accounts:
        ctx.print("No accounts yet. Add one with: desktop-inbox accounts add mastodon --instance URL")
    for a in accounts:
        state = "ok" if a.state == AccountState.OK else f"{a.state}: {a.state_detail}"
        synced = a.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M") if a.last_sync_at else "never"
        ctx.print(f"{a.id:>4}  {a.platform:<9} {a.handle:<40} last sync {synced}  [{state}]")
        if a.unavailable_note:
            ctx.print(f"      {a.unavailable_note}")
    return EXIT_OK


async def cmd_accounts_remove(ctx: Context) -> int:
    removed = await ctx.services.accounts.remove(ctx.args.account_id)
    ctx.print(
        f"Removed {removed.account.handle} ({removed.account.platform}) and its cached history: "
        f"{removed.conversations} conversations, {removed.messages} messages. Its sign-in was deleted from the keyring."
    )
    return EXIT_OK
