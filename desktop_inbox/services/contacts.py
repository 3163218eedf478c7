"""Customers as people: their details, notes and tags, merging the
identities of one person (and undoing it), and their whole timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from types import ModuleType
from typing import TYPE_CHECKING

from desktop_inbox.errors import NotFound
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store import contacts
from desktop_inbox.store.contacts import (
    EVENT_KINDS,
    ContactDetail,
    EventView,
    IdentityView,
    NoteView,
    Said,
    TimelineEntry,
)
from desktop_inbox.store.db import Cache

if TYPE_CHECKING:
    from desktop_inbox.store.merges import MergeRecord, Suggestion


@dataclass(frozen=True, slots=True)
class MergeCandidate:
    """A customer who may be the same person: why, who they are on each
    platform, and the last thing they wrote (to tell two Annas apart)."""

    suggestion: Suggestion
    identities: list[IdentityView]
    last_said: Said | None


def _merges() -> ModuleType:
    # Loaded when first used: the window paints its first page without it.
    from desktop_inbox.store import merges

    return merges


__all__ = ["EVENT_KINDS", "ContactService"]


class ContactService:
    def __init__(self, cache: Cache, inbox: Inbox) -> None:
        self.cache = cache
        self.inbox = inbox  # merges change which conversations belong to whom

    async def contact(self, contact_id: int) -> ContactDetail:
        return await self.cache.read(contacts.contact_detail, contact_id)

    async def find(self, text: str) -> list[tuple[int, str, str]]:
        """(contact id, name, handle) of customers whose name or handle has ``text``."""
        return await self.cache.read(contacts.find_contacts, text)

    async def timeline(self, contact_id: int) -> list[TimelineEntry]:
        return await self.cache.read(contacts.timeline, contact_id)

    async def add_note(self, contact_id: int, text: str) -> NoteView:
        return await self.cache.write(contacts.add_note, contact_id, text)

    async def log(self, contact_id: int, text: str, *, kind: str = "call", at: datetime | None = None) -> EventView:
        """Log a phone call or a meeting (``kind``: one of ``EVENT_KINDS``) on
        the customer's timeline, so the story is whole; ``at``: when it was."""
        return await self.cache.write(contacts.log_event, contact_id, kind, text, at=at)

    async def delete_note(self, note_id: int) -> None:
        await self.cache.write(contacts.delete_note, note_id)

    async def add_tag(self, contact_id: int, name: str) -> list[str]:
        return await self.cache.write(contacts.add_tag, contact_id, name)

    async def remove_tag(self, contact_id: int, name: str) -> list[str]:
        return await self.cache.write(contacts.remove_tag, contact_id, name)

    async def tags(self) -> list[tuple[str, int]]:
        """Every tag with how many customers have it."""
        return await self.cache.read(contacts.all_tags)

    async def merge(self, target_id: int, source_id: int) -> MergeRecord:
        record: MergeRecord = await self.cache.write(_merges().merge, target_id, source_id)
        self.inbox.changed()
        return record

    async def unmerge(self, merge_id: int) -> int:
        contact_id: int = await self.cache.write(_merges().unmerge, merge_id)
        self.inbox.changed()
        return contact_id

    async def merge_suggestions(self, contact_id: int | None = None) -> list[Suggestion]:
        suggestions: list[Suggestion] = await self.cache.read(_merges().suggestions, contact_id)
        return suggestions

    async def merge_candidates(self, contact_id: int) -> list[MergeCandidate]:
        """The suggestions for ``contact_id``, each with the other customer's identities and last words."""
        return await self.cache.read(_candidates, contact_id)

    async def merges_of(self, contact_id: int) -> list[MergeRecord]:
        records: list[MergeRecord] = await self.cache.read(_merges().merges_of, contact_id)
        return records


def _candidates(contact_id: int) -> list[MergeCandidate]:
    found = []
    for suggestion in _merges().suggestions(contact_id):
        try:
            detail = contacts.contact_detail(suggestion.other_id)
        except NotFound:
            continue
        said = contacts.customer_messages(suggestion.other_id, limit=1)
        found.append(MergeCandidate(suggestion, detail.identities, said[0] if said else None))
    return found
