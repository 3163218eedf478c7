"""Assigning conversations to a team's members, and who "me" is.

Alone (a local cache) there are no members: every conversation is the
user's own, so "Mine" filters nothing and assigning is refused in one line.
The team database records who assigned what (``store.pg.live``'s trigger).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_inbox.errors import BadInput
from desktop_inbox.store import teamwork
from desktop_inbox.store.db import Cache
from desktop_inbox.store.teamwork import MemberRef
from desktop_inbox.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_inbox.services.inbox import Inbox

NOT_IN_TEAM = "Assigning is for a team inbox: this one has a single user (desktop-inbox team create URL)."


def current_member(cache: Cache) -> int | None:
    """The member id this data folder acts as (None: not in a team)."""
    if not cache.shared:
        return None
    from desktop_inbox.services.team import settings

    found = settings(cache.data_dir) or {}
    member = found.get("member_id")
    return member if isinstance(member, int) else None


class AssignmentService:
    def __init__(self, cache: Cache, inbox: Inbox) -> None:
        self.cache = cache
        self.inbox = inbox

    @property
    def in_team(self) -> bool:
        return self.inbox.in_team

    async def members(self) -> list[MemberRef]:
        return await self.cache.read(teamwork.members) if self.in_team else []

    async def assign(self, conversation_id: int, member: str | int | None) -> MemberRef | None:
        """Assign the conversation to ``member`` (a name, any case, or an
        id; None: unassign); returns who has it now. BadInput (one line) for
        an unknown member or outside a team; NotFound for no such conversation."""
        if not self.in_team:
            raise BadInput(NOT_IN_TEAM)
        chosen: MemberRef | None = None
        if isinstance(member, int):
            chosen = next((m for m in await self.members() if m.id == member), None)
            if chosen is None:
                raise BadInput(QT_TRANSLATE_NOOP("Errors", "There is no member {member}."), member=member)
        elif member is not None:
            chosen = await self.cache.read(teamwork.member_named, member)
        await self.cache.write(teamwork.assign, conversation_id, chosen.id if chosen else None)
        self.inbox.changed(conversation_id)
        return chosen

    async def unassign(self, conversation_id: int) -> None:
        await self.assign(conversation_id, None)
