"""What the composer needs: the person's story, snippets, and the checks
that run before a reply goes out (placeholders, canned, private data, length).

Every method awaits the cache's threads; the checks themselves are the pure
functions in ``placeholders``, ``canned``, ``privacy`` and ``counting``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desktop_inbox.records import Kind
from desktop_inbox.text import canned
from desktop_inbox.text import counting
from desktop_inbox.text import placeholders
from desktop_inbox.text import privacy
from desktop_inbox.text.canned import CannedReport
from desktop_inbox.text.privacy import Finding
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store import contacts, drafts, outbox, preferences, snippets
from desktop_inbox.store.contacts import ContactDetail, Said
from desktop_inbox.store.db import Cache
from desktop_inbox.store.drafts import Draft
from desktop_inbox.store.outbox import OutboxItem
from desktop_inbox.store.snippets import Snippet

QUESTION = re.compile(r"[?？;]\s*$|[?？]")  # Greek asks with ";"


@dataclass(frozen=True, slots=True)
class PersonBrief:
    """What a reply should know about this person, at a glance."""

    contact: ContactDetail
    first_name: str
    earlier: list[Said]  # latest things they wrote in other conversations
    open_questions: list[Said]  # questions of theirs not answered yet


@dataclass(frozen=True, slots=True)
class Checks:
    length: int
    limit: int  # 0: no limit
    missing: tuple[str, ...]  # unfilled placeholders
    private: list[Finding]  # personal data in the draft or the customer's message (public replies)
    canned: CannedReport

    @property
    def over_limit(self) -> bool:
        return bool(self.limit) and self.length > self.limit

    @property
    def blocking(self) -> str:
        """Why the reply cannot be sent as it is ('' if it can)."""
        if self.missing:
            return "Fill in " + ", ".join("{" + m + "}" for m in self.missing) + " first."
        if self.over_limit:
            return f"{self.length - self.limit} characters too long for this platform."
        return ""


@dataclass
class ComposerService:
    cache: Cache
    _sent_cache: list[tuple[int | None, str]] = field(default_factory=list)
    _sent_loaded_at: datetime | None = None

    # -- the person ------------------------------------------------------------

    async def brief(self, contact_id: int, conversation_id: int) -> PersonBrief:
        contact = await self.cache.read(contacts.contact_detail, contact_id)
        said = await self.cache.read(contacts.customer_messages, contact_id)
        earlier = [s for s in said if s.conversation_id != conversation_id][:5]
        open_questions = [s for s in said if not s.answered and QUESTION.search(s.text)][:5]
        handle = contact.identities[0].handle if contact.identities else ""
        return PersonBrief(contact, placeholders.first_name(contact.name, handle), earlier, open_questions)

    # -- drafts, snippets, preferences -------------------------------------------

    async def save_draft(self, conversation_id: int, text: str, kind: str = "") -> None:
        await self.cache.write(drafts.save, conversation_id, text, kind)

    async def draft(self, conversation_id: int) -> Draft | None:
        return await self.cache.read(drafts.load, conversation_id)

    async def delete_draft(self, conversation_id: int) -> None:
        await self.cache.write(drafts.delete, conversation_id)

    async def snippets(self) -> list[Snippet]:
        return await self.cache.read(snippets.all_snippets)

    async def save_snippet(self, name: str, body: str, snippet_id: int | None = None) -> Snippet:
        return await self.cache.write(snippets.save, name, body, snippet_id=snippet_id)

    async def delete_snippet(self, snippet_id: int) -> None:
        await self.cache.write(snippets.delete, snippet_id)

    async def preference(self, key: str) -> object:
        return await self.cache.read(preferences.get, key)

    async def set_preference(self, key: str, value: object) -> None:
        await self.cache.write(preferences.set_, key, value)

    async def fill_snippet(self, snippet: Snippet, *, name: str, handle: str, fields: dict[str, str] | None = None) -> placeholders.Filled:
        my_name = str(await self.preference("my_name") or "")
        return placeholders.fill(snippet.body, name=name, handle=handle, my_name=my_name, fields=fields)

    async def set_signature(self, account_id: int, signature: str) -> None:
        await self.cache.write(store_accounts.set_signature, account_id, signature.strip())

    # -- checks ---------------------------------------------------------------------

    async def _sent(self) -> list[tuple[int | None, str]]:
        now = datetime.now().astimezone()
        if self._sent_loaded_at is None or now - self._sent_loaded_at > timedelta(seconds=30):
            self._sent_cache = await self.cache.read(outbox.sent_texts)
            self._sent_loaded_at = now
        return self._sent_cache

    async def check(
        self,
        text: str,
        *,
        platform: str,
        kind: str,
        limit: int,
        url_length: int,
        contact_id: int | None,
        customer_text: str = "",
        names: tuple[str, ...] = (),
    ) -> Checks:
        earlier = await self._sent()
        public = kind == Kind.PUBLIC
        private = privacy.detect(text) + privacy.detect(customer_text) if public else []
        return Checks(
            length=counting.length(platform, text, url_length=url_length, direct=not public),
            limit=counting.limit_for(platform, direct=not public, char_limit=limit),
            missing=placeholders.unfilled(text),
            private=private,
            canned=canned.check(text, earlier, contact_id=contact_id, names=names),
        )

    def forget_sent_cache(self) -> None:
        self._sent_loaded_at = None

    async def pending(self) -> list[OutboxItem]:
        return await self.cache.read(outbox.pending)

    async def edit_pending(self, item_id: int, text: str) -> OutboxItem:
        return await self.cache.write(outbox.edit, item_id, text)
