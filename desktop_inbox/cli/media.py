"""Customers' pictures kept for offline reading, per account, on the command line."""

from __future__ import annotations

from desktop_inbox.cli.context import EXIT_OK, Context
from desktop_inbox.errors import BadInput


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"


async def cmd_media(ctx: Context) -> int:
    media = ctx.services.media
    if ctx.args.media_action == "set":
        keep, cap_mb = ctx.args.keep, ctx.args.cap_mb
        if keep is None and cap_mb is None:
            raise BadInput("Say what to change: --on, --off or --cap-mb MB.")
        settings = await media.set_settings(
            ctx.args.account_id, keep=keep, cap=cap_mb * 1_048_576 if cap_mb is not None else None
        )
        state = "kept" if settings.keep else "not kept"
        ctx.print(
            f"Account {settings.account_id}: media {state}, cap {_mb(settings.cap)}, "
            f"{settings.files} files ({_mb(settings.kept_bytes)}) kept now."
        )
        return EXIT_OK
    rows = await media.settings()
    if ctx.args.json:
        ctx.print_json([s.to_json() for s in rows])
        return EXIT_OK
    if not rows:
        ctx.print("No accounts.")
    for s in rows:
        state = "on " if s.keep else "off"
        ctx.print(
            f"{s.account_id:>4}  {state}  {s.files:>6} files {_mb(s.kept_bytes):>10} of {_mb(s.cap):>10}"
            f"{f', {s.waiting} waiting' if s.waiting and s.keep else ''}"
        )
    return EXIT_OK
