"""Looking back: search, export, storage, forgetting, saved searches, response times."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop_inbox.cli.context import (
    EXIT_OK,
    Context,
)
from desktop_inbox.errors import BadInput


async def cmd_search(ctx: Context) -> int:
    hits = await ctx.services.search.page(ctx.args.query, order=ctx.args.order, limit=ctx.args.limit)
    if ctx.args.json:
        ctx.print_json([h.to_json() for h in hits])
        return EXIT_OK
    if not hits:
        ctx.print("No messages found.")
    for h in hits:
        when = h.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = " ".join(h.text.split())
        ctx.print(f"{h.conversation_id:>6}  {when}  {h.author_handle}: {text[:120]}")
    return EXIT_OK


async def cmd_export(ctx: Context) -> int:
    args = ctx.args
    service = ctx.services.export
    service.check(args.output, force=args.force)  # refused before any work
    export = await service.gather(contact=args.contact, conversation=args.conversation, query=args.query)
    # On this (the main) thread: printing to PDF needs Qt, which must live here.
    path = service.write(export, args.format, Path(args.output), force=args.force)
    ctx.print(f"Wrote {export.message_count} messages in {len(export.conversations)} conversation(s) to {path}.")
    return EXIT_OK


async def cmd_storage(ctx: Context) -> int:
    storage = ctx.services.storage
    report = await storage.report()
    if ctx.args.json:
        ctx.print_json(
            {
                "bytes": report.bytes_on_disk,
                "messages": report.messages,
                "conversations": report.conversations,
                "contacts": report.contacts,
                "media_bytes": report.media_bytes,
                "media_files": report.media_files,
                "accounts": [
                    {
                        "id": a.account_id,
                        "handle": a.handle,
                        "platform": a.platform,
                        "messages": a.messages,
                        "oldest": a.oldest.isoformat() if a.oldest else None,
                        "history_since": a.history_since.isoformat() if a.history_since else None,
                        "media": {"keep": a.media_keep, "cap_bytes": a.media_cap, "bytes": a.media_bytes,
                                  "files": a.media_files},
                    }
                    for a in report.accounts
                ],
            }
        )
        return EXIT_OK
    ctx.print(
        f"Cache: {report.bytes_on_disk / 1_048_576:.1f} MB, {report.messages} messages, "
        f"{report.conversations} conversations, {report.contacts} customers ({storage.path})"
    )
    ctx.print(f"Media kept for offline reading: {report.media_bytes / 1_048_576:.1f} MB in {report.media_files} files")
    for a in report.accounts:
        oldest = a.oldest.astimezone().strftime("%Y-%m-%d") if a.oldest else "—"
        wanted = a.history_since.astimezone().strftime("%Y-%m-%d") if a.history_since else "everything"
        media = f"{a.media_bytes / 1_048_576:.1f} of {a.media_cap / 1_048_576:.0f} MB" if a.media_keep else "off"
        ctx.print(
            f"{a.account_id:>4}  {a.handle:<40} {a.messages:>8} messages, back to {oldest} (imports: {wanted}); "
            f"media {media}"
        )
    return EXIT_OK


async def cmd_forget(ctx: Context) -> int:
    before = datetime.combine(ctx.args.older_than, datetime.min.time()).astimezone().astimezone(UTC)
    if not ctx.args.yes:
        raise BadInput("Forgetting history cannot be undone: add --yes to confirm (a backup first is a good idea).")
    removed = await ctx.services.storage.forget(before, account_id=ctx.args.account, compact=ctx.args.compact)
    ctx.print(f"Forgot {removed} messages written before {before.astimezone():%Y-%m-%d}.")
    return EXIT_OK


async def cmd_searches(ctx: Context) -> int:
    search = ctx.services.search
    action = ctx.args.searches_action
    if action == "add":
        saved = await search.save(ctx.args.name, ctx.args.query)
        ctx.print(f"Saved search {saved.id}: {saved.name}")
        return EXIT_OK
    if action == "remove":
        await search.remove(ctx.args.search_id)
        return EXIT_OK
    rows = await search.saved(up_to=None)
    if ctx.args.json:
        ctx.print_json([{"id": s.id, "name": s.name, "query": s.query, "count": n} for s, n in rows])
        return EXIT_OK
    for s, n in rows:
        ctx.print(f"{s.id:>4}  {s.name:<24} {n:>7}  {s.query}")
    return EXIT_OK


async def cmd_stats(ctx: Context) -> int:
    stats = await ctx.services.stats.stats(ctx.args.days, target_minutes=ctx.args.target)
    if ctx.args.csv:
        ctx.out.write(stats.csv())
        return EXIT_OK
    total = stats.total
    target_minutes = stats.target_minutes

    def fmt(seconds: float | None) -> str:
        return "—" if seconds is None else f"{seconds / 60:.1f} min"

    ctx.print(
        f"Last {ctx.args.days} days: {total['answered']} answered, {total['unanswered']} waiting; "
        f"median {fmt(total['median'])}, 90th percentile {fmt(total['p90'])} (target {target_minutes} min)"
    )
    return EXIT_OK
