"""Listening, for the app and the command line alike: the terms each
account listens for, muted words and authors, what each platform allows,
and dismissing heard posts.

A heard post is a conversation of its own (the "Heard" view); answering it
is an ordinary reply (``ReplyService``), after which it is a conversation
like any other. Changing an account's terms tells ``changed`` (the
composition root has the account listen at its next sync).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_inbox.connectors.platforms import descriptor
from desktop_inbox.errors import BadInput
from desktop_inbox.records import ListeningTerm
from desktop_inbox.services.events import Hook
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store import listening as store_listening
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.store.listening import Dismissed, Mutes
from desktop_inbox.text import listening as terms_text
from desktop_inbox.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Support:
    """What listening can do on an account's platform, in words."""

    available: bool
    text: str


class ListeningService:
    def __init__(self, cache: Cache, inbox: Inbox) -> None:
        self.cache = cache
        self.inbox = inbox
        # An account's terms changed (account id): it should listen soon.
        self.changed: Hook[int] = Hook("listening changed")

    @staticmethod
    def support(account: Account) -> Support:
        platform = descriptor(account.platform)
        return Support(platform.listens, platform.listening)

    async def _account(self, account_id: int | None) -> Account:
        """The account given, or the only one that can listen."""
        if account_id is not None:
            return await self.cache.read(store_accounts.get, account_id)
        accounts = await self.cache.read(store_accounts.all_accounts)
        able = [a for a in accounts if descriptor(a.platform).listens]
        if len(able) == 1:
            return able[0]
        if not able:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "No account can listen: add a Mastodon, Bluesky or X account first.")
            )
        choices = ", ".join(f"{a.id} ({a.handle} on {descriptor(a.platform).name})" for a in able)
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "Several accounts can listen; say which with --account ID: {choices}."),
            choices=choices,
        )

    async def terms(self, account_id: int | None = None) -> list[ListeningTerm]:
        return await self.cache.read(store_listening.terms, account_id)

    async def add(self, raw: str, *, account_id: int | None = None, lang: str | None = None) -> ListeningTerm:
        """Listen for ``raw`` (a word, a "phrase" or a #hashtag) on the
        account (or on the only one that can); BadInput with the
        platform's words where it cannot listen."""
        account = await self._account(account_id)
        support = self.support(account)
        if not support.available:
            raise BadInput(support.text)
        kind, text = terms_text.parse_term(raw)
        term = await self.cache.write(store_listening.add_term, account.id, kind, text, terms_text.parse_lang(lang))
        self.changed.emit(account.id)
        return term

    async def remove(self, term_id: int) -> ListeningTerm:
        """Stop listening for the term; what it brought stays."""
        term = await self.cache.write(store_listening.remove_term, term_id)
        self.changed.emit(term.account_id)
        return term

    async def mutes(self, account_id: int | None = None) -> tuple[Account, Mutes]:
        account = await self._account(account_id)
        return account, await self.cache.read(store_listening.mutes, account.id)

    async def mute(self, raw: str, *, account_id: int | None = None) -> tuple[str, str]:
        """Never hear posts with this word, or by this @author, again on the
        account: ("word" | "author", value)."""
        account = await self._account(account_id)
        kind, value = terms_text.parse_mute(raw)
        await self.cache.write(store_listening.add_mute, account.id, kind, value)
        return kind, value

    async def unmute(self, raw: str, *, account_id: int | None = None) -> bool:
        account = await self._account(account_id)
        kind, value = terms_text.parse_mute(raw)
        return bool(await self.cache.write(store_listening.remove_mute, account.id, kind, value))

    async def dismiss(self, conversation_id: int, *, mute_author: bool = False) -> Dismissed:
        """Put a heard post away for good (with ``mute_author``, every
        unanswered heard post of its author too, and them for the future)."""
        dismissed = await self.cache.write(store_listening.dismiss, conversation_id, mute_author=mute_author)
        self.inbox.changed(*dismissed.conversations)
        return dismissed
