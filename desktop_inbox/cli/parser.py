"""The argument parser: every command, its options and its function."""

from __future__ import annotations

import argparse
import importlib

from desktop_inbox import APP_ID, __version__
from desktop_inbox.cli.accounts import cmd_accounts_list, cmd_accounts_remove
from desktop_inbox.cli.args import Parser, day, duration, moment, number, record_id, whole
from desktop_inbox.cli.conversations import (
    cmd_attachment,
    cmd_conversations,
    cmd_done,
    cmd_followup,
    cmd_outbox,
    cmd_reply,
    cmd_show,
    cmd_snooze,
)
from desktop_inbox.cli.media import cmd_media
from desktop_inbox.cli.relationships import cmd_contacts, cmd_snippets
from desktop_inbox.cli.review import cmd_export, cmd_forget, cmd_search, cmd_searches, cmd_stats, cmd_storage
from desktop_inbox.cli.sync import cmd_sync
from desktop_inbox.records import State
from desktop_inbox.services.platforms import descriptors


def build_parser() -> argparse.ArgumentParser:
    # Accepted before and after the command. SUPPRESS: a subcommand's parser
    # would otherwise put its default (None) over a --data-dir given before
    # the command name (argparse copies the subparser's namespace over).
    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where the cache lives (default: the app data folder)",
    )
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log more")

    parser = Parser(
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
    for platform in descriptors():
        # Each platform's module adds its ``accounts add PLATFORM`` command
        # (cli/platforms/<platform>.py: register(subparsers, common)).
        importlib.import_module(f"desktop_inbox.cli.platforms.{platform.platform.value}").register(platforms, common)
    lst = acc.add_parser("list", help="list accounts", parents=[common])
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_accounts_list)
    rm = acc.add_parser("remove", help="remove an account and its cached history", parents=[common])
    rm.add_argument("account_id", type=record_id, metavar="ID")
    rm.set_defaults(func=cmd_accounts_remove)

    sync = commands.add_parser("sync", help="pull every account and deliver the outbox", parents=[common])
    sync.add_argument("--once", action="store_true", help="return when done (exit 1 if an account failed)")
    sync.add_argument("--interval", type=number(1, 86_400, "--interval"), default=60.0, help="seconds between polls (default 60)")
    sync.set_defaults(func=cmd_sync)

    conv = commands.add_parser("conversations", help="list conversations, needs-reply first", parents=[common])
    which_state = conv.add_mutually_exclusive_group()
    which_state.add_argument("--state", choices=[s.value for s in State])
    which_state.add_argument(
        "--heard", action="store_true", help="the posts heard by listening, not yet answered (the Heard view)"
    )
    conv.add_argument("--limit", type=whole(0, 1_000_000, "--limit"), default=0, help="at most this many (0: all)")
    conv.add_argument("--mine", action="store_true", help="those assigned to you (in a team; alone, all are yours)")
    conv.add_argument("--json", action="store_true")
    conv.set_defaults(func=cmd_conversations)

    show = commands.add_parser("show", help="show one conversation", parents=[common])
    show.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)

    reply = commands.add_parser("reply", help="queue a reply (works offline)", parents=[common])
    reply.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    reply.add_argument("--text", default="")
    reply.add_argument("--snippet", metavar="NAME", help="start from a saved reply, filled for this customer")
    reply.add_argument("--field", action="append", metavar="NAME=VALUE", help="fill a {placeholder} of the snippet")
    reply.add_argument("--direct", action="store_true", help="answer by direct message")
    reply.add_argument(
        "--public-anyway", action="store_true", help="send a public reply even though it shows personal data"
    )
    reply.add_argument(
        "--attach", action="append", metavar="FILE", help="a picture to send with it (repeatable; each needs --alt)"
    )
    reply.add_argument(
        "--alt", action="append", metavar="TEXT", help="what the picture shows, for those who cannot see it (one per --attach)"
    )
    reply.add_argument(
        "--at", type=moment, metavar="TIME", help="send it then, not before (e.g. 2026-12-01T09:00+02:00)"
    )
    reply.add_argument(
        "--via", type=record_id, metavar="IDENTITY_ID",
        help="answer through another identity of the same customer (ids: contacts show ID --json)",
    )  # fmt: skip
    reply.add_argument(
        "--despite-others", action="store_true",
        help="send even though another member is replying to this customer or just did (in a team)",
    )  # fmt: skip
    reply.add_argument("--json", action="store_true")
    reply.set_defaults(func=cmd_reply)

    att = commands.add_parser(
        "attachment", help="save an e-mail attachment, fetched from the server", parents=[common]
    )
    att.add_argument("message_id", type=record_id, metavar="MESSAGE_ID", help="the message's id (show --json)")
    att.add_argument(
        "--index", type=whole(0, 1000, "--index"), default=0, help="which of its attachments (default 0: the first)"
    )
    att.add_argument("--output", "-o", required=True, metavar="FOLDER", help="the folder to save it in")
    att.set_defaults(func=cmd_attachment)

    done = commands.add_parser("done", help="close a conversation", parents=[common])
    done.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    done.set_defaults(func=cmd_done)

    search = commands.add_parser("search", help="search every message in the cache", parents=[common])
    search.add_argument("query")
    search.add_argument("--order", choices=["newest", "best"], default="newest")
    search.add_argument("--limit", type=whole(1, 10_000, "--limit"), default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)

    exp = commands.add_parser("export", help="export a customer, a conversation or a search", parents=[common])
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--contact", type=record_id, metavar="ID")
    which.add_argument("--conversation", type=record_id, metavar="ID")
    which.add_argument("--query", metavar="Q")
    exp.add_argument("--format", choices=["html", "pdf", "json", "csv"], required=True)
    exp.add_argument("--output", required=True, metavar="FILE", help="a new file outside the data folder")
    exp.add_argument("--force", action="store_true", help="replace FILE if it exists")
    exp.set_defaults(func=cmd_export)

    med = commands.add_parser(
        "media", help="customers' pictures kept for offline reading: per account, on or off and a cap", parents=[common]
    )
    med.add_argument("--json", action="store_true")
    med_actions = med.add_subparsers(dest="media_action", metavar="ACTION", help="without one: what each account keeps")
    med_set = med_actions.add_parser("set", help="turn keeping on or off, or change the cap, for one account", parents=[common])
    med_set.add_argument("account_id", type=record_id, metavar="ACCOUNT_ID")
    switch = med_set.add_mutually_exclusive_group()
    switch.add_argument("--on", dest="keep", action="store_const", const=True, help="keep this account's media")
    switch.add_argument("--off", dest="keep", action="store_const", const=False, help="keep none (deletes what is kept)")
    med_set.add_argument("--cap-mb", type=whole(10, 10_000_000, "--cap-mb"), metavar="MB", help="keep at most this much (default 1024)")
    med.set_defaults(func=cmd_media)

    sto = commands.add_parser("storage", help="cache size and history depth per account", parents=[common])
    sto.add_argument("--json", action="store_true")
    sto.set_defaults(func=cmd_storage)

    forget = commands.add_parser("forget", help="remove history older than a date", parents=[common])
    forget.add_argument("--older-than", required=True, type=day, metavar="DATE")
    forget.add_argument("--account", type=record_id, metavar="ID")
    forget.add_argument("--compact", action="store_true", help="compact the cache file afterwards")
    forget.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    forget.set_defaults(func=cmd_forget)

    searches = commands.add_parser("searches", help="saved searches", parents=[common])
    searches.add_argument("--json", action="store_true")
    sa = searches.add_subparsers(
        dest="searches_action", metavar="ACTION", help="without one: list them with their counts"
    )
    add_search = sa.add_parser("add", help="save QUERY under NAME", parents=[common])
    add_search.add_argument("name")
    add_search.add_argument("query")
    rm_search = sa.add_parser("remove", help="delete a saved search", parents=[common])
    rm_search.add_argument("search_id", type=record_id, metavar="ID")
    searches.set_defaults(func=cmd_searches)

    snips = commands.add_parser("snippets", help="saved replies", parents=[common])
    snips.add_argument("--json", action="store_true")
    sn = snips.add_subparsers(dest="snippets_action", metavar="ACTION", help="without one: list them")
    add_snip = sn.add_parser(
        "add",
        help="save a reply: {first_name}, {name}, {handle}, {my_name} are filled in; any other {field} is asked for",
        parents=[common],
    )
    add_snip.add_argument("name")
    add_snip.add_argument("--text", required=True)
    rm_snip = sn.add_parser("remove", help="delete a saved reply", parents=[common])
    rm_snip.add_argument("snippet_id", type=record_id, metavar="ID")
    snips.set_defaults(func=cmd_snippets)

    cont = commands.add_parser("contacts", help="customers: show, merge, unmerge, suggestions", parents=[common])
    cont.add_argument("--json", action="store_true")
    ca = cont.add_subparsers(dest="contacts_action", metavar="ACTION", required=True)
    show_c = ca.add_parser(
        "show", help="a customer: identities, conversations, notes, tags, calls and meetings", parents=[common]
    )
    show_c.add_argument("contact_id", type=record_id, metavar="ID")
    show_c.add_argument("--json", action="store_true")
    log = ca.add_parser("log", help="log a phone call or a meeting on the customer's timeline", parents=[common])
    log.add_argument("contact_id", type=record_id, metavar="CONTACT_ID")
    log.add_argument("--text", required=True, help="what it was about")
    log.add_argument("--kind", choices=["call", "meeting"], default="call")
    log.add_argument("--at", type=moment, metavar="TIME", help="when it was (default: now)")
    merge = ca.add_parser("merge", help="merge SOURCE into TARGET", parents=[common])
    merge.add_argument("target", type=record_id)
    merge.add_argument("source", type=record_id)
    unmerge = ca.add_parser("unmerge", help="undo a merge", parents=[common])
    unmerge.add_argument("merge_id", type=record_id, metavar="MERGE_ID")
    sug = ca.add_parser("suggestions", help="people who look like one customer", parents=[common])
    sug.add_argument("--json", action="store_true")
    cont.set_defaults(func=cmd_contacts)

    snooze = commands.add_parser("snooze", help="put a conversation away until a time", parents=[common])
    snooze.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    when = snooze.add_mutually_exclusive_group(required=True)
    when.add_argument("--until", type=moment, metavar="TIME")
    when.add_argument("--hours", type=number(0.01, 24 * 366 * 5, "--hours"))
    snooze.set_defaults(func=cmd_snooze)

    follow = commands.add_parser(
        "followup", help="bring a conversation back if the customer has not written by then", parents=[common]
    )
    follow.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    by = follow.add_mutually_exclusive_group(required=True)
    by.add_argument("--in", dest="after", type=duration("--in"), metavar="DURATION", help="e.g. 30m, 2h, 3d")
    by.add_argument("--at", type=moment, metavar="TIME")
    by.add_argument("--clear", action="store_true", help="no reminder on this conversation")
    follow.set_defaults(func=cmd_followup)

    stats = commands.add_parser("stats", help="response times: median and 90th percentile", parents=[common])
    stats.add_argument("--days", type=whole(1, 3660, "--days"), default=30)
    stats.add_argument("--target", type=whole(1, 10_080, "--target"), metavar="MINUTES")
    stats.add_argument("--csv", action="store_true", help="daily figures as CSV")
    stats.set_defaults(func=cmd_stats)

    out = commands.add_parser("outbox", help="replies waiting to go out", parents=[common])
    out_actions = out.add_subparsers(dest="outbox_action", metavar="ACTION")
    out.add_argument("--json", action="store_true")
    for name, text in (
        ("retry", "send a failed reply again"),
        ("cancel", "cancel a reply not yet sent"),
        ("resend", "send again a reply that may have been sent (after you checked it did not arrive)"),
        ("mark-sent", "keep a reply that may have been sent as sent (after you checked it arrived)"),
        ("move", "send a waiting reply at another time (--at), or as soon as possible (--now)"),
        ("edit", "change the text of a reply not yet sent"),
    ):
        p = out_actions.add_parser(name, help=text, parents=[common])
        p.add_argument("item_id", type=record_id, metavar="ID")
        if name == "move":
            when_ = p.add_mutually_exclusive_group(required=True)
            when_.add_argument("--at", type=moment, metavar="TIME")
            when_.add_argument("--now", action="store_true")
        elif name == "edit":
            p.add_argument("--text", required=True)
    out.set_defaults(func=cmd_outbox)

    from desktop_inbox.cli import assign, listening, team
    from desktop_inbox.cli import data as clidata

    clidata.register(commands, common)
    listening.register(commands, common)
    team.register(commands, common)
    assign.register(commands, common)
    return parser
