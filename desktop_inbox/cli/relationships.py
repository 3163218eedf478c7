"""Customers as people: saved replies and contacts (show, merge, unmerge,
log a call or a meeting)."""

from __future__ import annotations

from desktop_inbox.cli.context import (
    EXIT_OK,
    Context,
)


async def cmd_snippets(ctx: Context) -> int:
    service = ctx.services.composer
    action = ctx.args.snippets_action
    if action == "add":
        snippet = await service.save_snippet(ctx.args.name, ctx.args.text)
        ctx.print(f"Saved reply {snippet.id}: {snippet.name}")
        return EXIT_OK
    if action == "remove":
        await service.delete_snippet(ctx.args.snippet_id)
        return EXIT_OK
    items = await service.snippets()
    if ctx.args.json:
        ctx.print_json([{"id": s.id, "name": s.name, "text": s.body} for s in items])
        return EXIT_OK
    for s in items:
        ctx.print(f"{s.id:>4}  {s.name}: {s.body}")
    return EXIT_OK


async def cmd_contacts(ctx: Context) -> int:
    contacts = ctx.services.contacts
    action = ctx.args.contacts_action
    if action == "merge":
        record = await contacts.merge(ctx.args.target, ctx.args.source)
        ctx.print(f"Merged {record.source_name} into customer {record.target_id} (undo: contacts unmerge {record.id}).")
    elif action == "unmerge":
        contact_id = await contacts.unmerge(ctx.args.merge_id)
        ctx.print(f"Undone: the identities are customer {contact_id} again.")
    elif action == "log":
        event = await contacts.log(ctx.args.contact_id, ctx.args.text, kind=ctx.args.kind, at=ctx.args.at)
        ctx.print(f"Logged {event.kind} {event.id} on {event.at.astimezone():%Y-%m-%d %H:%M}.")
    elif action == "suggestions":
        suggestions = await contacts.merge_suggestions()
        if ctx.args.json:
            ctx.print_json([{"contact": s.contact_id, "other": s.other_id, "reason": str(s.reason)} for s in suggestions])
            return EXIT_OK
        for s in suggestions:
            ctx.print(f"{s.contact_id:>5} ~ {s.other_id:<5} {s.reason}")
    else:
        detail = await contacts.contact(ctx.args.contact_id)
        channels = await ctx.services.replies.channels(detail.id)
        if ctx.args.json:
            ctx.print_json({**detail.to_json(), "channels": [c.to_json() for c in channels]})
            return EXIT_OK
        ctx.print(f"{detail.name}: {detail.conversation_count} conversations, {detail.message_count} messages")
        for i in detail.identities:
            ctx.print(f"  {i.id:>5} {i.platform:<9} {i.handle}")
        for c in channels:
            ctx.print(f"  answer via {c.identity_id}: {c.label}")
        for e in detail.events:
            ctx.print(f"  {e.kind} {e.at.astimezone():%Y-%m-%d %H:%M}: {e.text}")
        for n in detail.notes:
            ctx.print(f"  note {n.created_at.astimezone():%Y-%m-%d}: {n.text}")
        if detail.tags:
            ctx.print("  tags: " + ", ".join(detail.tags))
    return EXIT_OK
