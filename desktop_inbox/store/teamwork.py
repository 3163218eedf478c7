"""Working side by side in a team: members, assignment, presence, and who
else has just answered a customer (migrations 9 and 11).

A local cache has no members: every function here works on it and finds
nothing (a single user's inbox is all theirs). Times are epoch milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.records import OutboxState
from desktop_inbox.store.schema import database
from desktop_inbox.words import QT_TRANSLATE_NOOP

# A presence row whose heartbeat is older than this is stale: its app
# stopped, lost the server or crashed without saying so.
EXPIRES_MS = 20_000


@dataclass(frozen=True, slots=True)
class MemberRef:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class OtherReply:
    """Another member at the same customer: writing now (``writing``), or
    having replied at ``at``."""

    member: str
    at_ms: int
    writing: bool
    conversation_id: int


def members() -> list[MemberRef]:
    return [MemberRef(int(r[0]), r[1]) for r in database.execute_sql("SELECT id, name FROM member ORDER BY name, id")]


def member_named(name: str) -> MemberRef:
    """The member called ``name`` (any case), or BadInput naming who there is."""
    row = database.execute_sql(
        "SELECT id, name FROM member WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1", (" ".join(name.split()),)
    ).fetchone()
    if row is not None:
        return MemberRef(int(row[0]), row[1])
    known = ", ".join(m.name for m in members())
    if not known:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "This inbox has no members: assigning is for a team (desktop-inbox team create URL)."
            )
        )
    raise BadInput(
        QT_TRANSLATE_NOOP("Errors", "There is no member called {join!r}; the members are: {known}."),
        join=" ".join(name.split())[:80],
        known=known,
    )


def assign(conversation_id: int, member_id: int | None) -> None:
    """Assign the conversation to ``member_id`` (None: to no one)."""
    cursor = database.execute_sql(
        "UPDATE conversation SET assignee_id = ? WHERE id = ? AND coalesce(assignee_id, 0) <> coalesce(?, 0)",
        (member_id, conversation_id, member_id),
    )
    if cursor.rowcount == 0 and not _exists(conversation_id):
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no conversation {conversation_id}."), conversation_id=conversation_id
        )


def _exists(conversation_id: int) -> bool:
    return database.execute_sql("SELECT 1 FROM conversation WHERE id = ?", (conversation_id,)).fetchone() is not None


def beat(member_id: int, conversation_id: int, now_ms: int) -> None:
    """``member_id`` is writing in the conversation now (a heartbeat)."""
    database.execute_sql(
        """
        INSERT INTO presence (member_id, conversation_id, at) VALUES (?, ?, ?)
        ON CONFLICT (member_id) DO UPDATE SET conversation_id = excluded.conversation_id, at = excluded.at
        """,
        (member_id, conversation_id, now_ms),
    )


def stopped(member_id: int) -> None:
    database.execute_sql("DELETE FROM presence WHERE member_id = ?", (member_id,))


def writers(conversation_id: int, now_ms: int, *, besides: int | None) -> list[str]:
    """The members (but ``besides``) writing in the conversation now."""
    rows = database.execute_sql(
        """
        SELECT m.name FROM presence p JOIN member m ON m.id = p.member_id
        WHERE p.conversation_id = ? AND p.at > ? AND p.member_id <> coalesce(?, 0) ORDER BY m.name
        """,
        (conversation_id, now_ms - EXPIRES_MS, besides),
    )
    return [r[0] for r in rows]


def others_at_customer(conversation_id: int, me: int, now_ms: int, recent_ms: int) -> list[OtherReply]:
    """Other members writing to this conversation's customer now (in any of
    their conversations), or who replied to them in the last ``recent_ms``."""
    same_customer = """
        SELECT c2.id FROM conversation c JOIN conversation c2
          ON c2.id = c.id OR (c.contact_id IS NOT NULL AND c2.contact_id = c.contact_id)
        WHERE c.id = ?
    """
    writing = database.execute_sql(
        f"""
        SELECT m.name, p.at, p.conversation_id FROM presence p JOIN member m ON m.id = p.member_id
        WHERE p.conversation_id IN ({same_customer}) AND p.at > ? AND p.member_id <> ?
        ORDER BY p.at DESC
        """,
        (conversation_id, now_ms - EXPIRES_MS, me),
    ).fetchall()
    replied = database.execute_sql(
        f"""
        SELECT m.name, max(o.created_at), max(o.conversation_id) FROM outbox o JOIN member m ON m.id = o.member_id
        WHERE o.conversation_id IN ({same_customer}) AND o.created_at > ? AND o.member_id <> ? AND o.state <> ?
        GROUP BY m.name ORDER BY max(o.created_at) DESC
        """,
        (conversation_id, now_ms - recent_ms, me, OutboxState.CANCELLED.value),
    ).fetchall()
    return [OtherReply(r[0], int(r[1]), True, int(r[2])) for r in writing] + [
        OtherReply(r[0], int(r[1]), False, int(r[2])) for r in replied if r[0] not in {w[0] for w in writing}
    ]
