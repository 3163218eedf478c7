"""``sync``: pull every account and deliver the outbox, once or until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_inbox.cli.context import (
    EXIT_FAILED,
    EXIT_OK,
    Context,
)
from desktop_inbox.errors import InboxError
from desktop_inbox.services.values import SyncEvent, SyncEventKind
from desktop_inbox.text.untrusted import one_line

if TYPE_CHECKING:
    from desktop_inbox.services.live import LiveChange, LiveService


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
        now = _stamp(time.time())
        if event.kind == SyncEventKind.STORED and event.new_inbound:
            ctx.print(f"{now} account {event.account_id}: {event.new_inbound} new customer message(s)")
        elif event.kind in (SyncEventKind.ACCOUNT, SyncEventKind.HISTORY_LIMIT) and event.message:
            ctx.print(f"{now} account {event.account_id}: {event.message}")

    sync.subscribe(show)
    live = _follow_live(ctx, loop) if ctx.services.cache.shared else None
    ctx.print("Syncing; press Ctrl+C to stop.")
    try:
        await sync.run_until(stop)
    finally:
        if live is not None:
            live.stop()
    return EXIT_OK


# At most this many conversations of one burst of live changes are named.
LIVE_NAMED = 5


def _follow_live(ctx: Context, loop: asyncio.AbstractEventLoop) -> LiveService:
    """A team's database: say what changes in the team's inbox as it is
    heard (LISTEN/NOTIFY, whoever changed it), each conversation as the
    list reads it from the database."""
    live = ctx.services.live
    pending: set[asyncio.Task[None]] = set()

    async def say(change: LiveChange, at: float) -> None:
        if change.everything:
            ctx.print(f"{_stamp(at)} live: the team's inbox changed (anything may have)")
        named = sorted(change.conversations)
        for conversation_id in named[:LIVE_NAMED]:
            try:
                summary = await ctx.services.inbox.summary(conversation_id)
            except InboxError:
                continue  # (gone again, or the server away: the sync says so)
            ctx.print(
                f"{_stamp(at)} live: conversation {conversation_id} changed: "
                f"{one_line(summary.customer_handle, limit=60)}: {one_line(summary.snippet, limit=80)}"
            )
        if len(named) > LIVE_NAMED:
            ctx.print(f"{_stamp(at)} live: and {len(named) - LIVE_NAMED} more conversation(s) changed")

    def start(change: LiveChange, at: float) -> None:
        task = asyncio.ensure_future(say(change, at))
        pending.add(task)
        task.add_done_callback(pending.discard)

    def heard(change: LiveChange) -> None:  # (on the listener's thread)
        if change.conversations or change.everything:
            loop.call_soon_threadsafe(start, change, time.time())

    live.changes.subscribe(heard)
    live.start(wait=False)
    return live


def _stamp(at: float) -> str:
    return datetime.fromtimestamp(at).strftime("%H:%M:%S.%f")[:-3]
