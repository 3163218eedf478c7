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
    hits = await ctx.inbox.search(ctx.args.query, order=ctx.args.order, limit=ctx.args.limit)
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
    from desktop_inbox.services.export import ExportService

    args = ctx.args
    service = ExportService(ctx.cache)
    service.check(args.output, force=args.force)  # refused before any work
    export = await service.gather(contact=args.contact, conversation=args.conversation, query=args.query)
    # On this (the main) thread: printing to PDF needs Qt, which must live here.
    path = service.write(export, args.format, Path(args.output), force=args.force)
    ctx.print(f"Wrote {export.message_count} messages in {len(export.conversations)} conversation(s) to {path}.")
    return EXIT_OK


async def cmd_storage(ctx: Context) -> int:
    from desktop_inbox.store import storage

    report = await ctx.cache.read(storage.report, ctx.cache.path)
    if ctx.args.json:
        ctx.print_json(
            {
                "bytes": report.bytes_on_disk,
                "messages": report.messages,
                "conversations": report.conversations,
                "contacts": report.contacts,
                "accounts": [
                    {
                        "id": a.account_id,
                        "handle": a.handle,
                        "platform": a.platform,
                        "messages": a.messages,
                        "oldest": a.oldest.isoformat() if a.oldest else None,
                        "history_since": a.history_since.isoformat() if a.history_since else None,
                    }
                    for a in report.accounts
                ],
            }
        )
        return EXIT_OK
    ctx.print(
        f"Cache: {report.bytes_on_disk / 1_048_576:.1f} MB, {report.messages} messages, "
        f"{report.conversations} conversations, {report.contacts} customers ({ctx.cache.path})"
    )
    for a in report.accounts:
        oldest = a.oldest.astimezone().strftime("%Y-%m-%d") if a.oldest else "—"
        wanted = a.history_since.astimezone().strftime("%Y-%m-%d") if a.history_since else "everything"
        ctx.print(f"{a.account_id:>4}  {a.handle:<40} {a.messages:>8} messages, back to {oldest} (imports: {wanted})")
    return EXIT_OK


async def cmd_forget(ctx: Context) -> int:
    from desktop_inbox.store import storage

    before = datetime.combine(ctx.args.older_than, datetime.min.time()).astimezone().astimezone(UTC)
    if not ctx.args.yes:
        raise BadInput("Forgetting history cannot be undone: add --yes to confirm (a backup first is a good idea).")
    now = datetime.now(UTC)
    removed = await ctx.cache.write(storage.forget_older_than, before, account_id=ctx.args.account, now=now)
    if removed >= storage.VACUUM_AFTER or ctx.args.compact:
        await ctx.cache.write(storage.compact)
    ctx.print(f"Forgot {removed} messages written before {before.astimezone():%Y-%m-%d}.")
    return EXIT_OK


async def cmd_searches(ctx: Context) -> int:
    from desktop_inbox.store import saved_searches

    action = ctx.args.searches_action
    if action == "add":
        saved = await ctx.cache.write(saved_searches.save, ctx.args.name, ctx.args.query)
        ctx.print(f"Saved search {saved.id}: {saved.name}")
        return EXIT_OK
    if action == "remove":
        await ctx.cache.write(saved_searches.delete, ctx.args.search_id)
        return EXIT_OK
    rows = await ctx.cache.read(saved_searches.counts)
    if ctx.args.json:
        ctx.print_json([{"id": s.id, "name": s.name, "query": s.query, "count": n} for s, n in rows])
        return EXIT_OK
    for s, n in rows:
        ctx.print(f"{s.id:>4}  {s.name:<24} {n:>7}  {s.query}")
    return EXIT_OK


async def cmd_stats(ctx: Context) -> int:
    from desktop_inbox.services import metrics
    from desktop_inbox.store import preferences

    target_minutes = ctx.args.target or await ctx.cache.read(preferences.get, "response_target_minutes")
    waits = await ctx.inbox.response_waits(ctx.args.days)
    rows = metrics.daily(waits, days=ctx.args.days, target_seconds=target_minutes * 60)
    if ctx.args.csv:
        ctx.out.write(metrics.to_csv(rows, target_seconds=target_minutes * 60))
        return EXIT_OK
    total = metrics.summary(rows, waits)

    def fmt(seconds: float | None) -> str:
        return "—" if seconds is None else f"{seconds / 60:.1f} min"

    ctx.print(
        f"Last {ctx.args.days} days: {total['answered']} answered, {total['unanswered']} waiting; "
        f"median {fmt(total['median'])}, 90th percentile {fmt(total['p90'])} (target {target_minutes} min)"  # type: ignore[arg-type]
    )
    return EXIT_OK
