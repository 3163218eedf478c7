"""``listening``: what each account listens for, mutes, and heard posts.

    desktop-inbox listening add TERM [--account ID] [--lang CODE]   prints the new id
    desktop-inbox listening list [--json] [--account ID]
    desktop-inbox listening remove ID
    desktop-inbox listening mute WORD|@AUTHOR [--account ID]    (unmute the same way)
    desktop-inbox listening mutes [--account ID] [--json]
    desktop-inbox listening dismiss CONVERSATION_ID [--mute-author]

Heard posts themselves are conversations: ``conversations --heard``, and
``reply ID --text T`` answers one in public.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_inbox.cli.args import Parser, record_id
from desktop_inbox.services.platforms import descriptor

if TYPE_CHECKING:
    from desktop_inbox.cli.context import Context

EXIT_OK = 0


async def cmd_listening(ctx: Context) -> int:
    action = ctx.args.listening_action
    service = ctx.services.listening
    account_id = getattr(ctx.args, "account", None)
    if action == "add":
        term = await service.add(ctx.args.term, account_id=account_id, lang=ctx.args.lang)
        ctx.print(term.id)
        return EXIT_OK
    if action == "remove":
        term = await service.remove(ctx.args.term_id)
        ctx.print(f"No longer listening for {term.label} (term {term.id}); what it brought stays.")
        return EXIT_OK
    if action in ("mute", "unmute"):
        if action == "mute":
            kind, value = await service.mute(ctx.args.value, account_id=account_id)
            ctx.print(f"Muted {kind} {'@' + value if kind == 'author' else value!r}.")
        elif await service.unmute(ctx.args.value, account_id=account_id):
            ctx.print(f"No longer muted: {ctx.args.value}")
        else:
            ctx.print(f"{ctx.args.value} was not muted.")
        return EXIT_OK
    if action == "mutes":
        account, mutes = await service.mutes(account_id)
        if ctx.args.json:
            ctx.print_json({"account": account.id, **mutes.to_json()})
        else:
            ctx.print(f"{account.handle}: muted words: {', '.join(mutes.words) or 'none'}")
            ctx.print(f"{account.handle}: muted authors: {', '.join('@' + a for a in mutes.authors) or 'none'}")
        return EXIT_OK
    if action == "dismiss":
        dismissed = await service.dismiss(ctx.args.conversation_id, mute_author=ctx.args.mute_author)
        if ctx.args.json:
            ctx.print_json(dismissed.to_json())
        else:
            muted = f"; {dismissed.muted_author} is muted" if dismissed.muted_author else ""
            ctx.print(f"Dismissed {len(dismissed.conversations)} heard post(s){muted}.")
        return EXIT_OK
    return await _list(ctx)


async def _list(ctx: Context) -> int:
    terms = await ctx.services.listening.terms(getattr(ctx.args, "account", None))
    if ctx.args.json:
        ctx.print_json([t.to_json() for t in terms])
        return EXIT_OK
    accounts = {a.id: a for a in await ctx.services.accounts.list()}
    if not terms:
        ctx.print("Not listening for anything. Add a term: desktop-inbox listening add '#yourshop' --account ID")
    for term in terms:
        account = accounts.get(term.account_id)
        where = f"{account.handle} on {descriptor(account.platform).name}" if account else f"account {term.account_id}"
        lang = f" [{term.lang}]" if term.lang else ""
        ctx.print(f"{term.id:>5}  {term.label}{lang}  ({where})")
        if term.note:
            ctx.print(f"       {term.note}")
    return EXIT_OK


def build(ls: Parser) -> None:
    ls.add_argument("--json", action="store_true")
    actions = ls.add_commands(dest="listening_action", metavar="ACTION", help="without one: list the terms")
    actions.add_command("add", "listen for a word, a \"phrase\" or a #hashtag; prints its id", _add)
    actions.add_command("list", "every term, with why one cannot be heard", _list_options)
    actions.add_command("remove", "stop listening for a term (what it brought stays)", _remove)
    actions.add_command("mute", "never hear posts with WORD, or by @AUTHOR", _mute)
    actions.add_command("unmute", "undo a mute", _mute)
    actions.add_command("mutes", "the muted words and authors of an account", _mutes)
    actions.add_command("dismiss", "put a heard post away for good", _dismiss)
    ls.set_defaults(func=cmd_listening)


def _add(p: Parser) -> None:
    p.add_argument("term", metavar="TERM")
    p.add_argument("--account", type=record_id, metavar="ID", help="which account listens (needed if several can)")
    p.add_argument("--lang", metavar="CODE", help="only posts in this language (en, de, fr…)")


def _list_options(p: Parser) -> None:
    p.add_argument("--json", action="store_true")
    p.add_argument("--account", type=record_id, metavar="ID")


def _remove(p: Parser) -> None:
    p.add_argument("term_id", type=record_id, metavar="ID")


def _mute(p: Parser) -> None:
    p.add_argument("value", metavar="WORD|@AUTHOR")
    p.add_argument("--account", type=record_id, metavar="ID")


def _mutes(p: Parser) -> None:
    p.add_argument("--account", type=record_id, metavar="ID")
    p.add_argument("--json", action="store_true")


def _dismiss(p: Parser) -> None:
    p.add_argument("conversation_id", type=record_id, metavar="CONVERSATION_ID")
    p.add_argument("--mute-author", action="store_true", help="and never hear its author again")
    p.add_argument("--json", action="store_true")
