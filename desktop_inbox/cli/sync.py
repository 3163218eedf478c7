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
from desktop_inbox.errors import CacheBusy
from desktop_inbox.store.lock import SYNC as SYNC_LOCK
from desktop_inbox.store.lock import FolderLock
from desktop_inbox.sync.engine import SyncEngine, SyncEvent


async def cmd_sync(ctx: Context) -> int:
    # One sync engine per data folder (the app's or this one).
    sync_lock = FolderLock(ctx.data_dir, SYNC_LOCK)
    if not sync_lock.acquire():
        raise CacheBusy("Desktop Inbox is already syncing this data folder (the app or another sync command).")
    try:
        return await _sync(ctx)
    finally:
        sync_lock.release()


async def _sync(ctx: Context) -> int:
    engine = SyncEngine(cache=ctx.cache, secrets=ctx.secrets, poll_interval=ctx.args.interval)
    if ctx.args.once:
        try:
            results = await engine.sync_once()
        finally:
            await engine.shutdown()  # closes the connections (run() does it itself)
        if not results:
            ctx.print("No accounts to sync. Add one with: desktop-inbox accounts add mastodon --instance URL")
            return EXIT_OK
        for r in results:
            if r.ok:
                skipped = f", {r.skipped} unreadable record(s) skipped" if r.skipped else ""
                ctx.print(f"{r.label}: ok, {r.added} new message(s), {r.sent} repl(y/ies) sent{skipped}")
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
        waiting = await ctx.inbox.waiting_count()
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
        if event.kind == "stored" and event.new_inbound:
            ctx.print(f"{now} account {event.account_id}: {event.new_inbound} new customer message(s)")
        elif event.kind == "account" and event.message:
            ctx.print(f"{now} account {event.account_id}: {event.message}")

    engine.subscribe(show)
    ctx.print("Syncing; press Ctrl+C to stop.")
    await engine.run(stop)
    return EXIT_OK
