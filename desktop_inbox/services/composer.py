"""What the composer needs: the person's story, drafts, snippets and
preferences, and the checks as the reply is written (``services.checks``;
queueing runs them again: ``services.replies``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_inbox.errors import BadInput
from desktop_inbox.records import Kind, Platform
from desktop_inbox.services.recent import RecentReplies
from desktop_inbox.store import conversations, drafts, preferences, snippets
from desktop_inbox.store.db import Cache
from desktop_inbox.store.drafts import Draft
from desktop_inbox.store.snippets import Snippet

# The checks, the contacts' store, the placeholders and the working hours'
# time zones load when first used: the first conversation opened reads its
# draft through this service, and shows sooner without them.
if TYPE_CHECKING:
    from desktop_inbox.services.checks import Checks
    from desktop_inbox.services.schedule import WorkingHours
    from desktop_inbox.store.contacts import ContactDetail, Said
    from desktop_inbox.text import placeholders

__all__ = ["ComposerService", "PersonBrief"]

QUESTION = re.compile(r"[?？;]\s*$|[?？]")  # Greek asks with ";"


@dataclass(frozen=True, slots=True)
class PersonBrief:
    """What a reply should know about this person, at a glance."""

    contact: ContactDetail
    first_name: str
    earlier: list[Said]  # latest things they wrote in other conversations
    open_questions: list[Said]  # questions of theirs not answered yet


class ComposerService:
    def __init__(self, cache: Cache, recent: RecentReplies | None = None) -> None:
        self.cache = cache
        self.recent = recent or RecentReplies(cache)

    # -- the person ------------------------------------------------------------

    async def brief(self, contact_id: int, conversation_id: int) -> PersonBrief:
        from desktop_inbox.store import contacts
        from desktop_inbox.text import placeholders

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

    async def working_hours(self) -> WorkingHours:
        """The user's working days and hours in their zone ("Send at…"); the
        defaults (Monday to Friday, 9 to 5, the system's zone) if unset or unusable."""
        from desktop_inbox.services.schedule import WorkingHours

        get = self.preference
        try:
            return WorkingHours.of(
                days=list(await get("work_days") or []),  # type: ignore[call-overload]
                start=str(await get("work_start")),
                end=str(await get("work_end")),
                zone=str(await get("time_zone") or ""),
            )
        except (BadInput, TypeError, ValueError):
            return WorkingHours.of(days=range(5), start="09:00", end="17:00")

    async def set_working_hours(self, hours: WorkingHours, *, zone: str = "") -> None:
        """Save them (``zone`` "": the system's, whatever it becomes)."""
        await self.set_preference("work_days", sorted(hours.days))
        await self.set_preference("work_start", f"{hours.start:%H:%M}")
        await self.set_preference("work_end", f"{hours.end:%H:%M}")
        await self.set_preference("time_zone", zone)

    async def fill_snippet(self, snippet: Snippet, *, name: str, handle: str, fields: dict[str, str] | None = None) -> placeholders.Filled:
        from desktop_inbox.text import placeholders

        my_name = str(await self.preference("my_name") or "")
        return placeholders.fill(snippet.body, name=name, handle=handle, my_name=my_name, fields=fields)

    async def snippet_for(self, conversation_id: int, snippet_name: str, fields: dict[str, str] | None = None) -> placeholders.Filled:
        """The saved reply called ``snippet_name``, filled for the conversation's customer."""
        snippet = await self.cache.read(snippets.find, snippet_name)
        summary = await self.cache.read(conversations.get_summary, conversation_id)
        return await self.fill_snippet(snippet, name=summary.customer_name, handle=summary.customer_handle, fields=fields)

    # -- checks ---------------------------------------------------------------------

    async def check(
        self,
        text: str,
        *,
        platform: Platform | str,
        kind: Kind | str,
        limit: int,
        url_length: int,
        contact_id: int | None,
        customer_text: str = "",
        names: tuple[str, ...] = (),
    ) -> Checks:
        """The checks as the composer shows them (``ReplyService.check``
        finds the conversation's details itself)."""
        from desktop_inbox.services import checks

        return checks.run(
            text,
            platform=Platform(platform),
            public=kind == Kind.PUBLIC,
            char_limit=limit,
            url_length=url_length,
            contact_id=contact_id,
            earlier=await self.recent.texts(),
            customer_text=customer_text,
            names=names,
        )

    def forget_sent_cache(self) -> None:
        self.recent.forget()
