"""``sync``: pull every account and deliver the outbox, once or until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from datetime import datetime

from desktop_inbox.cli.context import (
    EXIT_FAILED,
    EXIT_OK,
    Context,
)
from desktop_inbox.services.values import SyncEvent, SyncEventKind


async def cmd_sync(ctx: Context) -> int:
    # One sync per data folder (the app's or this one): the service refuses a second.
    sync = ctx.services.sync
    if ctx.args.once:
        results = await sync.sync_once()
        if not results:
            ctx.print("No accounts to sync. Add one with: desktop-inbox accounts add mastodon --instance URL")
            return EXIT_OK
        for r in results:
            if r.ok:
                skipped = f", {r.skipped} unreadable record(s) skipped" if r.skipped else ""
                heard = f", {r.heard} post(s) heard" if r.heard else ""
                ctx.print(f"{r.label}: ok, {r.added} new message(s), {r.sent} repl(y/ies) sent{heard}{skipped}")
                for stream, due in sorted(r.deferred.items()):
                    when = due.astimezone().strftime("%H:%M:%S")
                    ctx.print(
                        f"{r.label}: {stream.replace('_', ' ')} wait for the platform's rate limit; next check at {when}"
                    )
                for note in r.notes:
                    ctx.print(note)
                for item_id in r.maybe_sent:
                    ctx.print(f"  then: desktop-inbox outbox resend {item_id}  or  desktop-inbox outbox mark-sent {item_id}")
            else:
                hint = " (sign in again: desktop-inbox accounts add …)" if r.needs_sign_in else ""
                ctx.warn(f"{r.label}: failed: {r.error}{hint}")
        waiting = await ctx.services.replies.waiting_count()
        if waiting:
            ctx.print(f"{waiting} repl(y/ies) still waiting in the outbox.")
        return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)

    def show(event: SyncEvent) -> None:
        now = datetime.now().strftime("%H:%M:%S")
        if event.kind == SyncEventKind.STORED and event.new_inbound:
            ctx.print(f"{now} account {event.account_id}: {event.new_inbound} new customer message(s)")
        elif event.kind in (SyncEventKind.ACCOUNT, SyncEventKind.HISTORY_LIMIT) and event.message:
            ctx.print(f"{now} account {event.account_id}: {event.message}")

    sync.subscribe(show)
    ctx.print("Syncing; press Ctrl+C to stop.")
    await sync.run_until(stop)
    return EXIT_OK
