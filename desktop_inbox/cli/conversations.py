"""The inbox from the command line: list, show, done, snooze, follow up
(replying and the outbox: ``cli.replies``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from desktop_inbox.cli.context import (
    EXIT_OK,
    Context,
)
from desktop_inbox.records import Direction, FollowUp, State
from desktop_inbox.services.inbox import ViewFilter

if TYPE_CHECKING:
    from desktop_inbox.services.values import ConversationSummary


def _age(since: datetime | None) -> str:
    if since is None:
        return ""
    seconds = int((datetime.now(UTC) - since).total_seconds())
    if seconds < 3600:
        return f"{max(seconds // 60, 0)}m"
    if seconds < 86400:
        return f"{seconds // 3600}h{(seconds % 3600) // 60:02d}m"
    return f"{seconds // 86400}d"


def _summary_line(c: ConversationSummary) -> str:
    who = c.customer_handle + (f" ({c.customer_name})" if c.customer_name else "")
    # "waiting" alone is the state "waiting on the customer"; a customer who
    # waits for us shows as "needs reply 3h" (how long they have waited).
    state = f"needs reply {_age(c.waiting_since)}" if c.state == State.NEEDS_REPLY else c.state
    if c.heard and c.state != State.HEARD:
        state = f"{state} (heard)"
    if c.follow_up == FollowUp.CAME_BACK:
        who += "  [follow-up: no answer]"
    elif c.follow_up == FollowUp.PENDING and c.follow_up_at is not None:
        who += f"  [follow-up {c.follow_up_at.astimezone():%a %d %b %H:%M}]"
    if c.assignee:
        who += f"  [assigned: {c.assignee}]"
    return f"{c.id:>6}  {c.platform:<8} {c.kind:<6} {state:<16} {who}\n        {c.snippet}"


async def cmd_conversations(ctx: Context) -> int:
    # Snoozes and follow-ups whose time has come are back before the list is read.
    await ctx.services.inbox.wake_snoozed()
    await ctx.services.followups.wake_due()
    rows: list[ConversationSummary] = []
    after = None
    state = State.HEARD if ctx.args.heard else State(ctx.args.state) if ctx.args.state else None
    view = ViewFilter(state=state, mine=ctx.args.mine or None)
    size = min(500, ctx.args.limit) if ctx.args.limit else 500  # (--limit 50 reads 50 rows, not 500)
    while True:
        page = await ctx.services.inbox.page(view, after=after, limit=size)
        rows.extend(page)
        if len(page) < size or (ctx.args.limit and len(rows) >= ctx.args.limit):
            break
        after = (page[-1].sort_key, page[-1].id)
    if ctx.args.limit:
        rows = rows[: ctx.args.limit]
    if ctx.args.json:
        ctx.print_json([c.to_json() for c in rows])
    else:
        if not rows:
            ctx.print("Nothing heard yet." if ctx.args.heard else "No conversations.")
        for c in rows:
            ctx.print(_summary_line(c))
    return EXIT_OK


async def cmd_show(ctx: Context) -> int:
    detail = await ctx.services.inbox.conversation(ctx.args.conversation_id)
    if ctx.args.json:
        ctx.print_json(detail.to_json())
        return EXIT_OK
    ctx.print(_summary_line(detail.summary))
    for m in detail.messages:
        when = m.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        mark = ">" if m.direction == Direction.OUT else "<"
        status = f" [{m.outbox_state}{': ' + m.outbox_error if m.outbox_error else ''}]" if m.pending else ""
        by = f" (by {m.member})" if m.member else ""
        ctx.print(f"\n{mark} {m.author_name or m.author_handle} {m.author_handle}{by} · {when} · {m.visibility}{status}")
        ctx.print("  " + m.text.replace("\n", "\n  "))
        for a in m.attachments:
            alt = f" — {a.get('description')}" if a.get("description") else ""
            where = a.get("path") or "not downloaded"
            ctx.print(f"  [{a.get('kind') or 'file'}{alt}] {where}")
    return EXIT_OK


async def cmd_done(ctx: Context) -> int:
    state = await ctx.services.inbox.mark_done(ctx.args.conversation_id)
    ctx.print(f"Conversation {ctx.args.conversation_id} is {state}.")
    return EXIT_OK


async def cmd_followup(ctx: Context) -> int:
    followups = ctx.services.followups
    conversation_id = ctx.args.conversation_id
    if ctx.args.clear:
        await followups.clear(conversation_id)
        ctx.print(f"Conversation {conversation_id} has no reminder.")
        return EXIT_OK
    if ctx.args.after is not None:
        summary = await followups.remind_in(conversation_id, ctx.args.after)
    else:
        summary = await followups.remind_at(conversation_id, ctx.args.at)
    assert summary.follow_up_at is not None
    ctx.print(
        f"Conversation {conversation_id} comes back on {summary.follow_up_at.astimezone():%a %d %b %H:%M} "
        "if the customer has not written by then."
    )
    return EXIT_OK


async def cmd_snooze(ctx: Context) -> int:
    # (--until is parsed and bounded by the parser: cli/args.py)
    until = ctx.args.until or datetime.now(UTC) + timedelta(hours=ctx.args.hours)
    state = await ctx.services.inbox.snooze(ctx.args.conversation_id, until)
    ctx.print(f"Conversation {ctx.args.conversation_id} is {state} until {until.astimezone():%Y-%m-%d %H:%M}.")
    return EXIT_OK
