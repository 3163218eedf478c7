"""The inbox from the command line: list, show, reply, done, snooze, outbox."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from desktop_inbox.cli.context import (
    EXIT_OK,
    Context,
)
from desktop_inbox.errors import BadInput
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.conversations import ConversationSummary

if TYPE_CHECKING:
    from desktop_inbox.store.outbox import OutboxItem


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
    state = f"needs reply {_age(c.waiting_since)}" if c.state == "needs_reply" else c.state
    return f"{c.id:>6}  {c.platform:<8} {c.kind:<6} {state:<16} {who}\n        {c.snippet}"


async def cmd_conversations(ctx: Context) -> int:
    rows: list[ConversationSummary] = []
    after = None
    while True:
        page = await ctx.inbox.page(state=ctx.args.state, after=after, limit=500)
        rows.extend(page)
        if len(page) < 500 or (ctx.args.limit and len(rows) >= ctx.args.limit):
            break
        after = (page[-1].sort_key, page[-1].id)
    if ctx.args.limit:
        rows = rows[: ctx.args.limit]
    if ctx.args.json:
        ctx.print_json([c.to_json() for c in rows])
    else:
        if not rows:
            ctx.print("No conversations.")
        for c in rows:
            ctx.print(_summary_line(c))
    return EXIT_OK


async def cmd_show(ctx: Context) -> int:
    detail = await ctx.inbox.conversation(ctx.args.conversation_id)
    if ctx.args.json:
        ctx.print_json(detail.to_json())
        return EXIT_OK
    ctx.print(_summary_line(detail.summary))
    for m in detail.messages:
        when = m.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        mark = ">" if m.direction == "out" else "<"
        status = f" [{m.outbox_state}{': ' + m.outbox_error if m.outbox_error else ''}]" if m.pending else ""
        ctx.print(f"\n{mark} {m.author_name or m.author_handle} {m.author_handle} · {when} · {m.visibility}{status}")
        ctx.print("  " + m.text.replace("\n", "\n  "))
    return EXIT_OK


async def cmd_reply(ctx: Context) -> int:
    direct = True if ctx.args.direct else None
    text = ctx.args.text
    if ctx.args.snippet:
        text = await _snippet_text(ctx, ctx.args.conversation_id, ctx.args.snippet, ctx.args.field or [])
    if not text:
        raise BadInput("Give the reply with --text, or a saved reply with --snippet.")
    from desktop_inbox.text import placeholders

    missing = placeholders.unfilled(text)
    if missing:
        raise BadInput("Fill in " + ", ".join("{" + m + "}" for m in missing) + " first (--field NAME=VALUE).")
    item = await ctx.inbox.reply(ctx.args.conversation_id, text, direct=direct)
    if ctx.args.json:
        ctx.print_json(item.to_json())
    else:
        ctx.print(item.id)
    return EXIT_OK


async def _snippet_text(ctx: Context, conversation_id: int, name: str, fields: list[str]) -> str:
    from desktop_inbox.services.composer import ComposerService
    from desktop_inbox.store import snippets

    values = {}
    for field in fields:
        key, sep, value = field.partition("=")
        if not sep:
            raise BadInput(f"--field wants NAME=VALUE, not {field!r}.")
        values[key.strip()] = value
    snippet = await ctx.cache.read(snippets.find, name)
    summary = await ctx.inbox.summary(conversation_id)
    filled = await ComposerService(ctx.cache).fill_snippet(
        snippet, name=summary.customer_name, handle=summary.customer_handle, fields=values
    )
    return filled.text


async def cmd_done(ctx: Context) -> int:
    state = await ctx.inbox.mark_done(ctx.args.conversation_id)
    ctx.print(f"Conversation {ctx.args.conversation_id} is {state}.")
    return EXIT_OK


async def cmd_outbox(ctx: Context) -> int:
    action = ctx.args.outbox_action
    if action in OUTBOX_ACTIONS:
        act, done = OUTBOX_ACTIONS[action]
        item = await act(ctx.inbox, ctx.args.item_id)
        ctx.print(f"Reply {item.id} {done}")
        return EXIT_OK
    items = await ctx.inbox.pending_replies()
    if ctx.args.json:
        ctx.print_json([i.to_json() for i in items])
        return EXIT_OK
    if not items:
        ctx.print("The outbox is empty.")
    for i in items:
        error = f" — {i.last_error}" if i.last_error else ""
        state = STATE_WORDS.get(i.state, i.state)
        ctx.print(f"{i.id:>5}  {state:<8} conversation {i.conversation_id}: {i.text[:80]}{error}")
        if i.state == "maybe_sent":
            ctx.print(f"       check the conversation, then: outbox resend {i.id}  or  outbox mark-sent {i.id}")
    return EXIT_OK


STATE_WORDS = {"maybe_sent": "may have been sent"}
# outbox ACTION ID: the use case, and what is said once it is done.
OUTBOX_ACTIONS: dict[str, tuple[Callable[[Inbox, int], Awaitable[OutboxItem]], str]] = {
    "retry": (Inbox.retry, "will be sent with the next sync."),
    "cancel": (Inbox.cancel, "was cancelled."),
    "resend": (Inbox.resend, "will be sent again with the next sync."),
    "mark-sent": (Inbox.mark_sent, "is marked as sent; it will not be sent again."),
}


async def cmd_snooze(ctx: Context) -> int:
    if ctx.args.until:
        until = ctx.args.until  # (parsed and bounded by the parser: cli/args.py)
    else:
        until = datetime.now(UTC) + timedelta(hours=ctx.args.hours)
    state = await ctx.inbox.snooze(ctx.args.conversation_id, until)
    ctx.print(f"Conversation {ctx.args.conversation_id} is {state} until {until.astimezone():%Y-%m-%d %H:%M}.")
    return EXIT_OK
