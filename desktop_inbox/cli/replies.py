"""Replying from the command line: reply, the outbox, e-mail attachments."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_inbox.cli.context import (
    EXIT_OK,
    Context,
)
from desktop_inbox.errors import BadInput
from desktop_inbox.records import OutboxState, Platform
from desktop_inbox.services.replies import ReplyService

if TYPE_CHECKING:
    from desktop_inbox.services.media import Attached
    from desktop_inbox.services.values import OutboxItem


async def cmd_reply(ctx: Context) -> int:
    from desktop_inbox.services import checks

    direct = True if ctx.args.direct else None
    text = ctx.args.text
    if ctx.args.snippet:
        text = await _snippet_text(ctx, ctx.args.conversation_id, ctx.args.snippet, ctx.args.field or [])
    if not text:
        raise BadInput("Give the reply with --text, or a saved reply with --snippet.")
    platform = picture_limit = None
    if ctx.args.attach:  # (pictures larger than the platform, or the account's server, takes are fitted to it)
        summary = await ctx.services.inbox.summary(ctx.args.conversation_id)
        platform = summary.platform
        picture_limit = (await ctx.services.accounts.get(summary.account_id)).picture_limit
    pictures = await attach_pictures(
        ctx, ctx.args.attach or [], ctx.args.alt or [], platform=platform, picture_limit=picture_limit
    )
    try:
        sent = await ctx.services.replies.send(
            ctx.args.conversation_id, text, direct=direct, public_anyway=ctx.args.public_anyway, delay=timedelta(0),
            send_at=ctx.args.at, via=ctx.args.via, pictures=pictures, others_anyway=ctx.args.despite_others,
        )  # fmt: skip
    except BaseException as exc:
        await ctx.services.media.discard([a for a, _ in pictures])  # not queued: the copies go
        if isinstance(exc, checks.PlaceholdersLeft):
            raise BadInput(f"{exc} (--field NAME=VALUE)") from None
        if isinstance(exc, checks.PersonalInPublic):
            raise BadInput(
                f"Not sent: this public reply shows personal data — {checks.describe(exc.findings)}. "
                "Answer by direct message (--direct), or send it in public anyway (--public-anyway)."
            ) from None
        if isinstance(exc, checks.OthersReplying):
            raise BadInput(f"Not sent: {exc} Send it anyway with --despite-others.") from None
        raise
    for warning in sent.warnings:
        ctx.warn(f"warning: {warning}")
    promise = sent.checks.promise
    if promise is not None:
        ctx.warn(
            f"note: this reply promises “{promise.phrase}”; to be reminded if the customer does not answer: "
            f"followup {sent.conversation_id} --in {promise.days}d"
        )
    [item] = sent.items
    if ctx.args.json:
        ctx.print_json(item.to_json())
    else:
        ctx.print(item.id)
    return EXIT_OK


async def attach_pictures(
    ctx: Context, files: list[str], alts: list[str], *, platform: Platform | None = None,
    picture_limit: int | None = None,
) -> list[tuple[Attached, str]]:
    """``--attach FILE --alt TEXT`` pairs, each picture checked and copied."""
    if len(files) != len(alts):
        raise BadInput(
            f"Each --attach needs its --alt (what the picture shows): got {len(files)} --attach and {len(alts)} --alt."
        )
    pictures: list[tuple[Attached, str]] = []
    try:
        for file, alt in zip(files, alts, strict=True):
            if not alt.strip():
                raise BadInput(f"--alt for {Path(file).name} is empty: say what the picture shows.")
            try:
                attached = await ctx.services.media.attach_file(file, platform=platform, picture_limit=picture_limit)
                pictures.append((attached, alt))
            except BadInput as exc:
                raise BadInput(f"{Path(file).name}: {exc}") from None
    except BaseException:
        await ctx.services.media.discard([a for a, _ in pictures])
        raise
    return pictures


async def _snippet_text(ctx: Context, conversation_id: int, name: str, fields: list[str]) -> str:
    values = {}
    for field in fields:
        key, sep, value = field.partition("=")
        if not sep:
            raise BadInput(f"--field wants NAME=VALUE, not {field!r}.")
        values[key.strip()] = value
    filled = await ctx.services.composer.snippet_for(conversation_id, name, values)
    return filled.text


async def cmd_outbox(ctx: Context) -> int:
    replies = ctx.services.replies
    action = ctx.args.outbox_action
    if action in OUTBOX_ACTIONS:
        act, done = OUTBOX_ACTIONS[action]
        item = await act(replies, ctx.args.item_id)
        ctx.print(f"Reply {item.id} {done}")
        return EXIT_OK
    if action == "move":
        item = await replies.reschedule(ctx.args.item_id, None if ctx.args.now else ctx.args.at)
        when = f"at {item.send_at.astimezone():%a %d %b %H:%M}" if item.send_at else "with the next sync"
        ctx.print(f"Reply {item.id} will be sent {when}.")
        return EXIT_OK
    if action == "edit":
        item = await replies.edit(ctx.args.item_id, ctx.args.text)
        ctx.print(f"Reply {item.id} is changed.")
        return EXIT_OK
    pending = await replies.pending()
    if ctx.args.json:
        ctx.print_json([{**p.item.to_json(), "problem": str(p.problem) or None, "late": p.late} for p in pending])
        return EXIT_OK
    if not pending:
        ctx.print("The outbox is empty.")
    for p in pending:
        i = p.item
        problem = f" — {p.problem}" if p.problem else ""
        state = STATE_WORDS.get(i.state, i.state)
        ctx.print(f"{i.id:>5}  {state:<8} conversation {i.conversation_id}: {i.text[:80]}{problem}")
        if i.state == OutboxState.MAYBE_SENT:
            ctx.print(f"       check the conversation, then: outbox resend {i.id}  or  outbox mark-sent {i.id}")
    return EXIT_OK


STATE_WORDS = {OutboxState.MAYBE_SENT: "may have been sent"}
# outbox ACTION ID: the use case, and what is said once it is done.
OUTBOX_ACTIONS: dict[str, tuple[Callable[[ReplyService, int], Awaitable[OutboxItem]], str]] = {
    "retry": (ReplyService.retry, "will be sent with the next sync."),
    "cancel": (ReplyService.cancel, "was cancelled."),
    "resend": (ReplyService.resend, "will be sent again with the next sync."),
    "mark-sent": (ReplyService.mark_sent, "is marked as sent; it will not be sent again."),
}


async def cmd_attachment(ctx: Context) -> int:
    """Fetch an e-mail attachment from the server (they are listed, not downloaded, by the sync)."""
    folder = Path(ctx.args.output).expanduser()  # noqa: ASYNC240 - no I/O: it reads $HOME
    try:
        path = await ctx.services.attachments.save(ctx.args.message_id, ctx.args.index, folder)
    finally:
        await ctx.services.sync.shutdown()  # closes the connection it used
    ctx.print(f"Saved {path}")
    return EXIT_OK
