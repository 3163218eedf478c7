"""The command line: every core feature, scriptable and testable without a screen.

Each command takes ``--data-dir``; bad input prints one clear line on stderr
and exits with status 2, a failed sync exits with status 1.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import importlib
import json
import logging
import os
import signal
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from desktop_inbox import APP_ID, __version__, logging_setup
from desktop_inbox.errors import BadInput, CacheBusy, CacheDamaged, InboxError
from desktop_inbox.paths import default_data_dir
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import encryption
from desktop_inbox.services.accounts import HISTORY_CHOICES, AccountService
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.conversations import ConversationSummary
from desktop_inbox.store.db import Cache
from desktop_inbox.store.lock import SYNC as SYNC_LOCK
from desktop_inbox.store.lock import FolderLock
from desktop_inbox.sync.engine import SyncEngine, SyncEvent

log = logging.getLogger("desktop_inbox.cli")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2

# Each module adds its ``accounts add PLATFORM`` command: register(subparsers, common).
PLATFORM_COMMANDS = [
    "desktop_inbox.cliplatforms.mastodon",
    "desktop_inbox.cliplatforms.email",
    "desktop_inbox.cliplatforms.bluesky",
    "desktop_inbox.cliplatforms.x",
]


class Context:
    """What a command needs, built once from the common options."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.out = out
        self.err = err
        self.data_dir = Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()
        logging_setup.setup(data_dir=self.data_dir, verbose=args.verbose)
        self.secrets = Secrets()
        self._cache: Cache | None = None

    @property
    def cache(self) -> Cache:
        # Opened on first use: restore and encrypt replace the file unopened.
        if self._cache is None:
            self._cache = Cache(self.data_dir, key_provider=encryption.key_provider(self.secrets, self.data_dir))
        return self._cache

    @functools.cached_property
    def inbox(self) -> Inbox:
        return Inbox(self.cache)

    @functools.cached_property
    def accounts(self) -> AccountService:
        return AccountService(self.cache, self.secrets)

    def print(self, *parts: object) -> None:
        print(*parts, file=self.out, flush=True)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
        self.out.flush()

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()


Command = Callable[[Context], Awaitable[int]]


# -- accounts -------------------------------------------------------------------


async def cmd_accounts_list(ctx: Context) -> int:
    accounts = await ctx.accounts.list()
    if ctx.args.json:
        ctx.print_json([a.to_json() for a in accounts])
        return EXIT_OK
    if not accounts:
        ctx.print("No accounts yet. Add one with: desktop-inbox accounts add mastodon --instance URL")
    for a in accounts:
        state = "ok" if a.state == "ok" else f"{a.state}: {a.state_detail}"
        synced = a.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M") if a.last_sync_at else "never"
        ctx.print(f"{a.id:>4}  {a.platform:<9} {a.handle:<40} last sync {synced}  [{state}]")
    return EXIT_OK


async def cmd_accounts_remove(ctx: Context) -> int:
    removed = await ctx.accounts.remove(ctx.args.account_id)
    ctx.print(
        f"Removed {removed.account.handle} ({removed.account.platform}) and its cached history: "
        f"{removed.conversations} conversations, {removed.messages} messages. Its sign-in was deleted from the keyring."
    )
    return EXIT_OK


def read_secret(what: str) -> str:
    """One line from standard input (tokens and passwords never go in argv)."""
    line = sys.stdin.readline()
    if not line.strip():
        raise BadInput(f"No {what} on standard input.")
    return line.strip()


def has_browser() -> bool:
    if os.environ.get("CI"):
        return False
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


# -- sync -------------------------------------------------------------------------


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
                    ctx.print(f"{r.label}: {stream.replace('_', ' ')} wait for the platform's rate limit; next check at {when}")
                for note in r.notes:
                    ctx.print(note)
            else:
                hint = " (sign in again: desktop-inbox accounts add …)" if r.needs_sign_in else ""
                ctx.err.write(f"{r.label}: failed: {r.error}{hint}\n")
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


# -- conversations ---------------------------------------------------------------------


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
    from desktop_inbox.services import placeholders

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


async def cmd_outbox(ctx: Context) -> int:
    action = ctx.args.outbox_action
    if action == "retry":
        item = await ctx.inbox.retry(ctx.args.item_id)
        ctx.print(f"Reply {item.id} will be sent with the next sync.")
        return EXIT_OK
    if action == "cancel":
        item = await ctx.inbox.cancel(ctx.args.item_id)
        ctx.print(f"Reply {item.id} was cancelled.")
        return EXIT_OK
    items = await ctx.inbox.pending_replies()
    if ctx.args.json:
        ctx.print_json([i.to_json() for i in items])
        return EXIT_OK
    if not items:
        ctx.print("The outbox is empty.")
    for i in items:
        error = f" — {i.last_error}" if i.last_error else ""
        ctx.print(f"{i.id:>5}  {i.state:<8} conversation {i.conversation_id}: {i.text[:80]}{error}")
    return EXIT_OK


# -- review: export, storage, saved searches -------------------------------------------


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
    ctx.print(f"Cache: {report.bytes_on_disk / 1_048_576:.1f} MB, {report.messages} messages, "
              f"{report.conversations} conversations, {report.contacts} customers ({ctx.cache.path})")
    for a in report.accounts:
        oldest = a.oldest.astimezone().strftime("%Y-%m-%d") if a.oldest else "—"
        wanted = a.history_since.astimezone().strftime("%Y-%m-%d") if a.history_since else "everything"
        ctx.print(f"{a.account_id:>4}  {a.handle:<40} {a.messages:>8} messages, back to {oldest} (imports: {wanted})")
    return EXIT_OK


async def cmd_forget(ctx: Context) -> int:
    from desktop_inbox.store import storage

    try:
        day = datetime.fromisoformat(ctx.args.older_than.replace("/", "-")).date()
    except ValueError:
        raise BadInput(f"--older-than wants a date like 2024-01-31, not {ctx.args.older_than!r}.") from None
    before = datetime.combine(day, datetime.min.time()).astimezone().astimezone(UTC)
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


# -- relationships: snippets, contacts, snooze, response times ----------------------------


async def cmd_snippets(ctx: Context) -> int:
    from desktop_inbox.services.composer import ComposerService

    service = ComposerService(ctx.cache)
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
    action = ctx.args.contacts_action
    if action == "merge":
        record = await ctx.inbox.merge(ctx.args.target, ctx.args.source)
        ctx.print(f"Merged {record.source_name} into customer {record.target_id} (undo: contacts unmerge {record.id}).")
    elif action == "unmerge":
        contact_id = await ctx.inbox.unmerge(ctx.args.merge_id)
        ctx.print(f"Undone: the identities are customer {contact_id} again.")
    elif action == "suggestions":
        suggestions = await ctx.inbox.merge_suggestions()
        if ctx.args.json:
            ctx.print_json([{"contact": s.contact_id, "other": s.other_id, "reason": s.reason} for s in suggestions])
            return EXIT_OK
        for s in suggestions:
            ctx.print(f"{s.contact_id:>5} ~ {s.other_id:<5} {s.reason}")
    else:
        detail = await ctx.inbox.contact(ctx.args.contact_id)
        ctx.print(f"{detail.name}: {detail.conversation_count} conversations, {detail.message_count} messages")
        for i in detail.identities:
            ctx.print(f"  {i.platform:<9} {i.handle}")
        for n in detail.notes:
            ctx.print(f"  note {n.created_at.astimezone():%Y-%m-%d}: {n.text}")
        if detail.tags:
            ctx.print("  tags: " + ", ".join(detail.tags))
    return EXIT_OK


async def cmd_snooze(ctx: Context) -> int:
    if ctx.args.until:
        try:
            until = datetime.fromisoformat(ctx.args.until).astimezone()
        except ValueError:
            raise BadInput(f"--until wants a time like 2026-12-01T09:00, not {ctx.args.until!r}.") from None
    else:
        until = datetime.now(UTC) + timedelta(hours=ctx.args.hours)
    state = await ctx.inbox.snooze(ctx.args.conversation_id, until)
    ctx.print(f"Conversation {ctx.args.conversation_id} is {state} until {until.astimezone():%Y-%m-%d %H:%M}.")
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


# -- parser -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    # Accepted before and after the command. SUPPRESS: a subcommand's parser
    # would otherwise put its default (None) over a --data-dir given before
    # the command name (argparse copies the subparser's namespace over).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="where the cache lives (default: the app data folder)"
    )
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log more")

    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Desktop Inbox: answer every customer personally. Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="open a throwaway demo workspace with sample customers")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    accounts = commands.add_parser("accounts", help="add, list and remove accounts", parents=[common])
    acc = accounts.add_subparsers(dest="accounts_action", metavar="ACTION", required=True)
    add = acc.add_parser("add", help="add an account", parents=[common])
    platforms = add.add_subparsers(dest="platform", metavar="PLATFORM", required=True)
    for module_name in PLATFORM_COMMANDS:
        module = importlib.import_module(module_name)
        module.register(platforms, common)
    lst = acc.add_parser("list", help="list accounts", parents=[common])
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_accounts_list)
    rm = acc.add_parser("remove", help="remove an account and its cached history", parents=[common])
    rm.add_argument("account_id", type=int, metavar="ID")
    rm.set_defaults(func=cmd_accounts_remove)

    sync = commands.add_parser("sync", help="pull every account and deliver the outbox", parents=[common])
    sync.add_argument("--once", action="store_true", help="return when done (exit 1 if an account failed)")
    sync.add_argument("--interval", type=float, default=60.0, help="seconds between polls (default 60)")
    sync.set_defaults(func=cmd_sync)

    conv = commands.add_parser("conversations", help="list conversations, needs-reply first", parents=[common])
    conv.add_argument("--state", choices=["needs_reply", "waiting", "done", "snoozed"])
    conv.add_argument("--limit", type=int, default=0)
    conv.add_argument("--json", action="store_true")
    conv.set_defaults(func=cmd_conversations)

    show = commands.add_parser("show", help="show one conversation", parents=[common])
    show.add_argument("conversation_id", type=int, metavar="CONVERSATION_ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)

    reply = commands.add_parser("reply", help="queue a reply (works offline)", parents=[common])
    reply.add_argument("conversation_id", type=int, metavar="CONVERSATION_ID")
    reply.add_argument("--text", default="")
    reply.add_argument("--snippet", metavar="NAME", help="start from a saved reply, filled for this customer")
    reply.add_argument("--field", action="append", metavar="NAME=VALUE", help="fill a {placeholder} of the snippet")
    reply.add_argument("--direct", action="store_true", help="answer by direct message")
    reply.add_argument("--json", action="store_true")
    reply.set_defaults(func=cmd_reply)

    done = commands.add_parser("done", help="close a conversation", parents=[common])
    done.add_argument("conversation_id", type=int, metavar="CONVERSATION_ID")
    done.set_defaults(func=cmd_done)

    search = commands.add_parser("search", help="search every message in the cache", parents=[common])
    search.add_argument("query")
    search.add_argument("--order", choices=["newest", "best"], default="newest")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)

    exp = commands.add_parser("export", help="export a customer, a conversation or a search", parents=[common])
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--contact", type=int, metavar="ID")
    which.add_argument("--conversation", type=int, metavar="ID")
    which.add_argument("--query", metavar="Q")
    exp.add_argument("--format", choices=["html", "pdf", "json", "csv"], required=True)
    exp.add_argument("--output", required=True, metavar="FILE", help="a new file outside the data folder")
    exp.add_argument("--force", action="store_true", help="replace FILE if it exists")
    exp.set_defaults(func=cmd_export)

    sto = commands.add_parser("storage", help="cache size and history depth per account", parents=[common])
    sto.add_argument("--json", action="store_true")
    sto.set_defaults(func=cmd_storage)

    forget = commands.add_parser("forget", help="remove history older than a date", parents=[common])
    forget.add_argument("--older-than", required=True, metavar="DATE")
    forget.add_argument("--account", type=int, metavar="ID")
    forget.add_argument("--compact", action="store_true", help="compact the cache file afterwards")
    forget.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    forget.set_defaults(func=cmd_forget)

    searches = commands.add_parser("searches", help="saved searches", parents=[common])
    searches.add_argument("--json", action="store_true")
    sa = searches.add_subparsers(dest="searches_action", metavar="ACTION", help="without one: list them with their counts")
    add_search = sa.add_parser("add", help="save QUERY under NAME", parents=[common])
    add_search.add_argument("name")
    add_search.add_argument("query")
    rm_search = sa.add_parser("remove", help="delete a saved search", parents=[common])
    rm_search.add_argument("search_id", type=int, metavar="ID")
    searches.set_defaults(func=cmd_searches)

    snips = commands.add_parser("snippets", help="saved replies", parents=[common])
    snips.add_argument("--json", action="store_true")
    sn = snips.add_subparsers(dest="snippets_action", metavar="ACTION", help="without one: list them")
    add_snip = sn.add_parser("add", help="save a reply: {first_name}, {name}, {handle}, {my_name} are filled in; any other {field} is asked for", parents=[common])
    add_snip.add_argument("name")
    add_snip.add_argument("--text", required=True)
    rm_snip = sn.add_parser("remove", help="delete a saved reply", parents=[common])
    rm_snip.add_argument("snippet_id", type=int, metavar="ID")
    snips.set_defaults(func=cmd_snippets)

    cont = commands.add_parser("contacts", help="customers: show, merge, unmerge, suggestions", parents=[common])
    cont.add_argument("--json", action="store_true")
    ca = cont.add_subparsers(dest="contacts_action", metavar="ACTION", required=True)
    show_c = ca.add_parser("show", help="a customer: identities, conversations, notes, tags", parents=[common])
    show_c.add_argument("contact_id", type=int, metavar="ID")
    merge = ca.add_parser("merge", help="merge SOURCE into TARGET", parents=[common])
    merge.add_argument("target", type=int)
    merge.add_argument("source", type=int)
    unmerge = ca.add_parser("unmerge", help="undo a merge", parents=[common])
    unmerge.add_argument("merge_id", type=int, metavar="MERGE_ID")
    sug = ca.add_parser("suggestions", help="people who look like one customer", parents=[common])
    sug.add_argument("--json", action="store_true")
    cont.set_defaults(func=cmd_contacts)

    snooze = commands.add_parser("snooze", help="put a conversation away until a time", parents=[common])
    snooze.add_argument("conversation_id", type=int, metavar="CONVERSATION_ID")
    when = snooze.add_mutually_exclusive_group(required=True)
    when.add_argument("--until", metavar="TIME")
    when.add_argument("--hours", type=float)
    snooze.set_defaults(func=cmd_snooze)

    stats = commands.add_parser("stats", help="response times: median and 90th percentile", parents=[common])
    stats.add_argument("--days", type=int, default=30)
    stats.add_argument("--target", type=int, metavar="MINUTES")
    stats.add_argument("--csv", action="store_true", help="daily figures as CSV")
    stats.set_defaults(func=cmd_stats)

    out = commands.add_parser("outbox", help="replies waiting to go out", parents=[common])
    out_actions = out.add_subparsers(dest="outbox_action", metavar="ACTION")
    out.add_argument("--json", action="store_true")
    for name, text in (("retry", "send a failed reply again"), ("cancel", "cancel a reply not yet sent")):
        p = out_actions.add_parser(name, help=text, parents=[common])
        p.add_argument("item_id", type=int, metavar="ID")
    out.set_defaults(func=cmd_outbox)

    from desktop_inbox import clidata

    clidata.register(commands, common)
    return parser


def add_signin_options(parser: argparse.ArgumentParser) -> None:
    """Options every ``accounts add PLATFORM`` shares."""
    parser.add_argument(
        "--history", choices=list(HISTORY_CHOICES), default="3m", help="how far back to import (default 3m)"
    )
    parser.add_argument("--no-browser", action="store_true", help="print the sign-in page instead of opening it")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for the browser sign-in")


def run(argv: Sequence[str], *, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.verbose = getattr(args, "verbose", False)
    if not getattr(args, "func", None):
        parser.print_help(out)
        return EXIT_BAD_INPUT
    ctx: Context | None = None
    try:
        ctx = Context(args, out, err)
        return asyncio.run(args.func(ctx))
    except CacheDamaged as exc:
        err.write(
            f"{APP_ID}: error: {exc}\nRestore a backup with: {APP_ID} restore FILE "
            f"(automatic backups: {APP_ID} backup --list)\n"
        )
        return EXIT_FAILED
    except InboxError as exc:
        err.write(f"{APP_ID}: error: {exc}\n")
        return EXIT_BAD_INPUT if isinstance(exc, BadInput) else EXIT_FAILED
    except KeyboardInterrupt:
        err.write(f"{APP_ID}: interrupted\n")
        return 130
    finally:
        if ctx is not None:
            ctx.close()
