"""The argument parser: every command, its options and its function.

``--help`` lists every command, but a command's own parser (its options,
its sub-commands, the module that runs it) is built only when the command
line names it (``args.Commands``): ``search`` neither builds 55 other
parsers nor imports what replying, signing in or a team need.
"""

from __future__ import annotations

import argparse
import functools
import importlib

from desktop_inbox import APP_ID, __version__
from desktop_inbox.cli.args import Build, Parser, day, duration, moment, number, record_id, whole


def build_parser() -> Parser:
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
    commands = parser.add_commands(common, dest="command", metavar="COMMAND")
    for name, text, build in COMMANDS:
        commands.add_command(name, text, build)
    return parser


# -- accounts -----------------------------------------------------------------------


def _accounts(p: Parser) -> None:
    acc = p.add_commands(dest="accounts_action", metavar="ACTION", required=True)
    acc.add_command("add", "add an account", _accounts_add)
    acc.add_command("list", "list accounts", _accounts_list)
    acc.add_command("remove", "remove an account and its cached history", _accounts_remove)


def _accounts_add(p: Parser) -> None:
    from desktop_inbox.services.platforms import descriptors

    platforms = p.add_commands(dest="platform", metavar="PLATFORM", required=True)
    for platform in descriptors():
        # Each platform's module builds its ``accounts add PLATFORM`` command
        # (cli/platforms/<platform>.py: build(parser)), loaded when chosen.
        name = platform.platform.value
        platforms.add_command(name, platform.signin.cli_help, functools.partial(_platform, name))


def _platform(name: str, p: Parser) -> None:
    importlib.import_module(f"desktop_inbox.cli.platforms.{name}").build(p)


def _accounts_list(p: Parser) -> None:
    from desktop_inbox.cli.accounts import cmd_accounts_list

    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_accounts_list)


def _accounts_remove(p: Parser) -> None:
    from desktop_inbox.cli.accounts import cmd_accounts_remove

    p.add_argument("account_id", type=record_id, metavar="ID")
    p.set_defaults(func=cmd_accounts_remove)


# -- the inbox ----------------------------------------------------------------------


def _sync(p: Parser) -> None:
    from desktop_inbox.cli.sync import cmd_sync

    p.add_argument("--once", action="store_true", help="return when done (exit 1 if an account failed)")
    p.add_argument("--interval", type=number(1, 86_400, "--interval"), default=60.0, help="seconds between polls (default 60)")
    p.set_defaults(func=cmd_sync)


def _conversations(p: Parser) -> None:
    from desktop_inbox.cli.conversations import cmd_conversations
    from desktop_inbox.records import State

    which_state = p.add_mutually_exclusive_group()
    which_state.add_argument("--state", choices=[s.value for s in State])
    which_state.add_argument(
        "--heard", action="store_true", help="the posts heard by listening, not yet answered (the Heard view)"
    )
    p.add_argument("--limit", type=whole(0, 1_000_000, "--limit"), default=0, help="at most this many (0: all)")
    p.add_argument("--mine", action="store_true", help="those assigned to you (in a team; alone, all are yours)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conversations, event_loop=False)


def _show(p: Parser) -> None:
    from desktop_inbox.cli.conversations import cmd_show

    p.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show, event_loop=False)


def _reply(p: Parser) -> None:
    from desktop_inbox.cli.replies import cmd_reply

    p.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    p.add_argument("--text", default="")
    p.add_argument("--snippet", metavar="NAME", help="start from a saved reply, filled for this customer")
    p.add_argument("--field", action="append", metavar="NAME=VALUE", help="fill a {placeholder} of the snippet")
    p.add_argument("--direct", action="store_true", help="answer by direct message")
    p.add_argument("--public-anyway", action="store_true", help="send a public reply even though it shows personal data")
    p.add_argument(
        "--attach", action="append", metavar="FILE", help="a picture to send with it (repeatable; each needs --alt)"
    )
    p.add_argument(
        "--alt", action="append", metavar="TEXT", help="what the picture shows, for those who cannot see it (one per --attach)"
    )
    p.add_argument("--at", type=moment, metavar="TIME", help="send it then, not before (e.g. 2026-12-01T09:00+02:00)")
    p.add_argument(
        "--via", type=record_id, metavar="IDENTITY_ID",
        help="answer through another identity of the same customer (ids: contacts show ID --json)",
    )  # fmt: skip
    p.add_argument(
        "--despite-others", action="store_true",
        help="send even though another member is replying to this customer or just did (in a team)",
    )  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_reply)


def _attachment(p: Parser) -> None:
    from desktop_inbox.cli.replies import cmd_attachment

    p.add_argument("message_id", type=record_id, metavar="MESSAGE_ID", help="the message's id (show --json)")
    p.add_argument("--index", type=whole(0, 1000, "--index"), default=0, help="which of its attachments (default 0: the first)")
    p.add_argument("--output", "-o", required=True, metavar="FOLDER", help="the folder to save it in")
    p.set_defaults(func=cmd_attachment)


def _done(p: Parser) -> None:
    from desktop_inbox.cli.conversations import cmd_done

    p.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    p.set_defaults(func=cmd_done)


def _snooze(p: Parser) -> None:
    from desktop_inbox.cli.conversations import cmd_snooze

    p.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--until", type=moment, metavar="TIME")
    when.add_argument("--hours", type=number(0.01, 24 * 366 * 5, "--hours"))
    p.set_defaults(func=cmd_snooze)


def _followup(p: Parser) -> None:
    from desktop_inbox.cli.conversations import cmd_followup

    p.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    by = p.add_mutually_exclusive_group(required=True)
    by.add_argument("--in", dest="after", type=duration("--in"), metavar="DURATION", help="e.g. 30m, 2h, 3d")
    by.add_argument("--at", type=moment, metavar="TIME")
    by.add_argument("--clear", action="store_true", help="no reminder on this conversation")
    p.set_defaults(func=cmd_followup)


# outbox ACTION ID: what each action's help says.
OUTBOX_ACTIONS = (
    ("retry", "send a failed reply again"),
    ("cancel", "cancel a reply not yet sent"),
    ("resend", "send again a reply that may have been sent (after you checked it did not arrive)"),
    ("mark-sent", "keep a reply that may have been sent as sent (after you checked it arrived)"),
    ("move", "send a waiting reply at another time (--at), or as soon as possible (--now)"),
    ("edit", "change the text of a reply not yet sent"),
)


def _outbox(p: Parser) -> None:
    from desktop_inbox.cli.replies import cmd_outbox

    actions = p.add_commands(dest="outbox_action", metavar="ACTION")
    p.add_argument("--json", action="store_true")
    for name, text in OUTBOX_ACTIONS:
        actions.add_command(name, text, functools.partial(_outbox_action, name))
    p.set_defaults(func=cmd_outbox)


def _outbox_action(name: str, p: Parser) -> None:
    p.add_argument("item_id", type=record_id, metavar="ID")
    if name == "move":
        when = p.add_mutually_exclusive_group(required=True)
        when.add_argument("--at", type=moment, metavar="TIME")
        when.add_argument("--now", action="store_true")
    elif name == "edit":
        p.add_argument("--text", required=True)


# -- looking back -------------------------------------------------------------------


def _search(p: Parser) -> None:
    from desktop_inbox.cli.review import cmd_search

    p.add_argument("query")
    p.add_argument("--order", choices=["newest", "best"], default="newest")
    p.add_argument("--limit", type=whole(1, 10_000, "--limit"), default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search, event_loop=False)


def _export(p: Parser) -> None:
    from desktop_inbox.cli.review import cmd_export

    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--contact", type=record_id, metavar="ID")
    which.add_argument("--conversation", type=record_id, metavar="ID")
    which.add_argument("--query", metavar="Q")
    p.add_argument("--format", choices=["html", "pdf", "json", "csv"], required=True)
    p.add_argument("--output", required=True, metavar="FILE", help="a new file outside the data folder")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_export)


def _media(p: Parser) -> None:
    from desktop_inbox.cli.media import cmd_media

    p.add_argument("--json", action="store_true")
    actions = p.add_commands(dest="media_action", metavar="ACTION", help="without one: what each account keeps")
    actions.add_command("set", "turn keeping on or off, or change the cap, for one account", _media_set)
    p.set_defaults(func=cmd_media)


def _media_set(p: Parser) -> None:
    p.add_argument("account_id", type=record_id, metavar="ACCOUNT_ID")
    switch = p.add_mutually_exclusive_group()
    switch.add_argument("--on", dest="keep", action="store_const", const=True, help="keep this account's media")
    switch.add_argument("--off", dest="keep", action="store_const", const=False, help="keep none (deletes what is kept)")
    p.add_argument("--cap-mb", type=whole(10, 10_000_000, "--cap-mb"), metavar="MB", help="keep at most this much (default 1024)")


def _storage(p: Parser) -> None:
    from desktop_inbox.cli.review import cmd_storage

    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_storage)


def _forget(p: Parser) -> None:
    from desktop_inbox.cli.review import cmd_forget

    p.add_argument("--older-than", required=True, type=day, metavar="DATE")
    p.add_argument("--account", type=record_id, metavar="ID")
    p.add_argument("--compact", action="store_true", help="compact the cache file afterwards")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.set_defaults(func=cmd_forget)


def _searches(p: Parser) -> None:
    from desktop_inbox.cli.review import cmd_searches

    p.add_argument("--json", action="store_true")
    actions = p.add_commands(dest="searches_action", metavar="ACTION", help="without one: list them with their counts")
    actions.add_command("add", "save QUERY under NAME", _searches_add)
    actions.add_command("remove", "delete a saved search", _searches_remove)
    p.set_defaults(func=cmd_searches)


def _searches_add(p: Parser) -> None:
    p.add_argument("name")
    p.add_argument("query")


def _searches_remove(p: Parser) -> None:
    p.add_argument("search_id", type=record_id, metavar="ID")


def _stats(p: Parser) -> None:
    from desktop_inbox.cli.review import cmd_stats

    p.add_argument("--days", type=whole(1, 3660, "--days"), default=30)
    p.add_argument("--target", type=whole(1, 10_080, "--target"), metavar="MINUTES")
    p.add_argument("--csv", action="store_true", help="daily figures as CSV")
    p.set_defaults(func=cmd_stats)


# -- customers ----------------------------------------------------------------------


def _snippets(p: Parser) -> None:
    from desktop_inbox.cli.relationships import cmd_snippets

    p.add_argument("--json", action="store_true")
    actions = p.add_commands(dest="snippets_action", metavar="ACTION", help="without one: list them")
    actions.add_command(
        "add", "save a reply: {first_name}, {name}, {handle}, {my_name} are filled in; any other {field} is asked for", _snippets_add
    )
    actions.add_command("remove", "delete a saved reply", _snippets_remove)
    p.set_defaults(func=cmd_snippets)


def _snippets_add(p: Parser) -> None:
    p.add_argument("name")
    p.add_argument("--text", required=True)


def _snippets_remove(p: Parser) -> None:
    p.add_argument("snippet_id", type=record_id, metavar="ID")


def _contacts(p: Parser) -> None:
    from desktop_inbox.cli.relationships import cmd_contacts

    p.add_argument("--json", action="store_true")
    actions = p.add_commands(dest="contacts_action", metavar="ACTION", required=True)
    actions.add_command("show", "a customer: identities, conversations, notes, tags, calls and meetings", _contacts_show)
    actions.add_command("log", "log a phone call or a meeting on the customer's timeline", _contacts_log)
    actions.add_command("merge", "merge SOURCE into TARGET", _contacts_merge)
    actions.add_command("unmerge", "undo a merge", _contacts_unmerge)
    actions.add_command("suggestions", "people who look like one customer", _json_only)
    p.set_defaults(func=cmd_contacts)


def _contacts_show(p: Parser) -> None:
    p.add_argument("contact_id", type=record_id, metavar="ID")
    p.add_argument("--json", action="store_true")


def _contacts_log(p: Parser) -> None:
    p.add_argument("contact_id", type=record_id, metavar="CONTACT_ID")
    p.add_argument("--text", required=True, help="what it was about")
    p.add_argument("--kind", choices=["call", "meeting"], default="call")
    p.add_argument("--at", type=moment, metavar="TIME", help="when it was (default: now)")


def _contacts_merge(p: Parser) -> None:
    p.add_argument("target", type=record_id)
    p.add_argument("source", type=record_id)


def _contacts_unmerge(p: Parser) -> None:
    p.add_argument("merge_id", type=record_id, metavar="MERGE_ID")


def _json_only(p: Parser) -> None:
    p.add_argument("--json", action="store_true")


# -- the cache, listening, the team (each module builds its own) ----------------------


def _backup(p: Parser) -> None:
    from desktop_inbox.cli import data

    data.build_backup(p)


def _restore(p: Parser) -> None:
    from desktop_inbox.cli import data

    data.build_restore(p)


def _encrypt(p: Parser) -> None:
    from desktop_inbox.cli import data

    data.build_encrypt(p)


def _decrypt(p: Parser) -> None:
    from desktop_inbox.cli import data

    data.build_decrypt(p)


def _listening(p: Parser) -> None:
    from desktop_inbox.cli import listening

    listening.build(p)


def _team(p: Parser) -> None:
    from desktop_inbox.cli import team

    team.build(p)


def _assign(p: Parser) -> None:
    from desktop_inbox.cli import assign

    assign.build(p)


# Every command, in the order ``--help`` lists them: name, help, what builds its parser.
COMMANDS: tuple[tuple[str, str, Build], ...] = (
    ("accounts", "add, list and remove accounts", _accounts),
    ("sync", "pull every account and deliver the outbox", _sync),
    ("conversations", "list conversations, needs-reply first", _conversations),
    ("show", "show one conversation", _show),
    ("reply", "queue a reply (works offline)", _reply),
    ("attachment", "save an e-mail attachment, fetched from the server", _attachment),
    ("done", "close a conversation", _done),
    ("search", "search every message in the cache", _search),
    ("export", "export a customer, a conversation or a search", _export),
    ("media", "customers' pictures kept for offline reading: per account, on or off and a cap", _media),
    ("storage", "cache size and history depth per account", _storage),
    ("forget", "remove history older than a date", _forget),
    ("searches", "saved searches", _searches),
    ("snippets", "saved replies", _snippets),
    ("contacts", "customers: show, merge, unmerge, suggestions", _contacts),
    ("snooze", "put a conversation away until a time", _snooze),
    ("followup", "bring a conversation back if the customer has not written by then", _followup),
    ("stats", "response times: median and 90th percentile", _stats),
    ("outbox", "replies waiting to go out", _outbox),
    ("backup", "write a consistent copy of the cache (works while the app runs)", _backup),
    ("restore", "check a backup and replace the cache with it", _restore),
    ("encrypt", "encrypt the cache (SQLCipher; the key goes in the keyring)", _encrypt),
    ("decrypt", "turn an encrypted cache back into a plain one", _decrypt),
    ("listening", "hear posts that name you without @: terms, mutes, dismissing", _listening),
    ("team", "share this inbox with your team on a PostgreSQL server", _team),
    ("assign", "assign a conversation to a member of the team", _assign),
)
