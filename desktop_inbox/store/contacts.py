"""Customers as people: identities, earlier conversations, notes and tags."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.store.conversations import ConversationSummary, list_conversations
from desktop_inbox.store.conversations import _iso as _iso
from desktop_inbox.store.schema import database, from_ms, to_ms
from desktop_inbox.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class IdentityView:
    id: int
    platform: str
    handle: str
    name: str
    url: str | None
    first_seen_at: datetime


@dataclass(frozen=True, slots=True)
class NoteView:
    id: int
    text: str
    created_at: datetime
    updated_at: datetime


# What can be logged on a customer's timeline besides messages.
EVENT_KINDS = ("call", "meeting")


@dataclass(frozen=True, slots=True)
class EventView:
    """A phone call or a meeting, logged on the customer's timeline."""

    id: int
    kind: str  # call | meeting
    text: str
    at: datetime
    created_at: datetime

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "text": self.text, "at": _iso(self.at)}


@dataclass(frozen=True, slots=True)
class ContactDetail:
    id: int
    name: str
    identities: list[IdentityView]
    conversations: list[ConversationSummary]
    notes: list[NoteView]
    tags: list[str]
    first_contact: datetime | None
    message_count: int
    events: list[EventView] = field(default_factory=list)  # calls and meetings, newest first

    @property
    def conversation_count(self) -> int:
        return len(self.conversations)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "identities": [
                {"id": i.id, "platform": i.platform, "handle": i.handle, "name": i.name, "url": i.url}
                for i in self.identities
            ],
            "conversations": [c.to_json() for c in self.conversations],
            "notes": [{"id": n.id, "text": n.text, "created_at": _iso(n.created_at)} for n in self.notes],
            "tags": list(self.tags),
            "events": [e.to_json() for e in self.events],
            "first_contact": _iso(self.first_contact),
            "message_count": self.message_count,
        }


def contact_detail(contact_id: int) -> ContactDetail:
    row = database.execute_sql("SELECT id, name FROM contact WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no customer {contact_id}."), contact_id=contact_id)
    identities = [
        IdentityView(r[0], r[1], r[2], r[3], r[4], from_ms(r[5]))
        for r in database.execute_sql(
            "SELECT id, platform, handle, name, url, first_seen_at FROM identity WHERE contact_id = ? ORDER BY first_seen_at, id",
            (contact_id,),
        )
    ]
    conversations = list_conversations(contact_id=contact_id, limit=1000)
    conversations.sort(key=lambda c: c.last_message_at or datetime.min.replace(tzinfo=UTC), reverse=True)
    first, count = database.execute_sql(
        """
        SELECT min(m.created_at), count(*) FROM message m
        JOIN conversation c ON c.id = m.conversation_id WHERE c.contact_id = ?
        """,
        (contact_id,),
    ).fetchone()
    return ContactDetail(
        id=row[0],
        name=row[1],
        identities=identities,
        conversations=conversations,
        notes=notes(contact_id),
        tags=tags_of(contact_id),
        first_contact=from_ms(first) if first is not None else None,
        message_count=count,
        events=events(contact_id),
    )


def events(contact_id: int) -> list[EventView]:
    return [
        EventView(r[0], r[1], r[2], from_ms(r[3]), from_ms(r[4]))
        for r in database.execute_sql(
            "SELECT id, kind, text, at, created_at FROM contact_event WHERE contact_id = ? ORDER BY at DESC, id DESC",
            (contact_id,),
        )
    ]


def log_event(
    contact_id: int, kind: str, text: str, *, at: datetime | None = None, now: datetime | None = None
) -> EventView:
    """Log a phone call or a meeting (``at``: when it was; default now)."""
    text = text.strip()
    if not text:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "Say in a few words what the call or meeting was about."))
    if kind not in EVENT_KINDS:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "Log a call or a meeting, not {kind!r}."), kind=kind)
    now = now or datetime.now(UTC)
    at = at or now
    with database.atomic():
        if database.execute_sql("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).fetchone() is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no customer {contact_id}."), contact_id=contact_id)
        event_id = database.execute_sql(
            "INSERT INTO contact_event (contact_id, kind, text, at, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
            (contact_id, kind, text, to_ms(at), to_ms(now)),
        ).fetchone()[0]
    return EventView(event_id, kind, text, from_ms(to_ms(at)), from_ms(to_ms(now)))


def notes(contact_id: int) -> list[NoteView]:
    return [
        NoteView(r[0], r[1], from_ms(r[2]), from_ms(r[3]))
        for r in database.execute_sql(
            "SELECT id, text, created_at, updated_at FROM note WHERE contact_id = ? ORDER BY created_at DESC, id DESC",
            (contact_id,),
        )
    ]


def add_note(contact_id: int, text: str, *, now: datetime | None = None) -> NoteView:
    text = text.strip()
    if not text:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The note is empty."))
    now_ms = to_ms(now or datetime.now(UTC))
    note_id = database.execute_sql(
        "INSERT INTO note (contact_id, text, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id",
        (contact_id, text, now_ms, now_ms),
    ).fetchone()[0]
    return NoteView(note_id, text, from_ms(now_ms), from_ms(now_ms))


def delete_note(note_id: int) -> None:
    database.execute_sql("DELETE FROM note WHERE id = ?", (note_id,))


def tags_of(contact_id: int) -> list[str]:
    return [
        r[0]
        for r in database.execute_sql(
            "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id WHERE ct.contact_id = ? ORDER BY t.name",
            (contact_id,),
        )
    ]


def add_tag(contact_id: int, name: str) -> list[str]:
    name = " ".join(name.split()).lstrip("#")
    if not name:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The tag is empty."))
    with database.atomic():
        database.execute_sql("INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (name,))
        tag_id = database.execute_sql("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()[0]
        database.execute_sql(
            "INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING", (contact_id, tag_id)
        )
    return tags_of(contact_id)


def remove_tag(contact_id: int, name: str) -> list[str]:
    database.execute_sql(
        "DELETE FROM contact_tag WHERE contact_id = ? AND tag_id = (SELECT id FROM tag WHERE name = ?)",
        (contact_id, name),
    )
    return tags_of(contact_id)


def all_tags() -> list[tuple[str, int]]:
    """Every tag with the number of customers carrying it."""
    return [
        (r[0], r[1])
        for r in database.execute_sql(
            """
            SELECT t.name, count(ct.contact_id) FROM tag t LEFT JOIN contact_tag ct ON ct.tag_id = t.id
            GROUP BY t.id HAVING count(ct.contact_id) > 0 ORDER BY t.name
            """
        )
    ]


@dataclass(frozen=True, slots=True)
class Said:
    """Something the customer wrote, with where and when."""

    conversation_id: int
    platform: str
    kind: str
    text: str
    created_at: datetime
    answered: bool


def customer_messages(contact_id: int, *, limit: int = 200) -> list[Said]:
    """The customer's own words, newest first, across all their conversations."""
    rows = database.execute_sql(
        """
        SELECT m.conversation_id, a.platform, c.kind, m.text, m.created_at,
               coalesce(c.last_outbound_at, 0) >= m.created_at
        FROM conversation c
        JOIN message m ON m.conversation_id = c.id AND m.direction = 'in'
        JOIN account a ON a.id = c.account_id
        WHERE c.contact_id = ?
        ORDER BY m.created_at DESC LIMIT ?
        """,
        (contact_id, limit),
    )
    return [Said(r[0], r[1], r[2], r[3], from_ms(r[4]), bool(r[5])) for r in rows]


def find_contacts(text: str, *, limit: int = 20) -> list[tuple[int, str, str]]:
    """Contacts whose name or handle contains ``text``: (id, name, handles)."""
    pattern = "%" + text.strip().replace("%", "").replace("_", "") + "%"
    rows = database.execute_sql(
        """
        SELECT c.id, c.name, group_concat(i.handle, ' ') FROM contact c JOIN identity i ON i.contact_id = c.id
        WHERE c.name LIKE ? OR i.handle LIKE ? GROUP BY c.id ORDER BY c.name LIMIT ?
        """,
        (pattern, pattern, limit),
    )
    return [(r[0], r[1], r[2] or "") for r in rows]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    message_id: int  # 0 for a logged call or meeting
    conversation_id: int
    platform: str
    kind: str
    direction: str
    author: str
    text: str
    created_at: datetime
    event: str = ""  # "call" or "meeting": logged, not a message; or what a member did (``ACTIVITY``)
    member: str = ""  # in a team: who wrote this reply, or did this


# What members did that the timeline shows (their replies are its messages).
TIMELINE_ACTIVITY = ("done", "snooze", "assign", "note", "tag", "untag")


def timeline(contact_id: int) -> list[TimelineEntry]:
    """Everything the customer wrote or received, on every platform, and the
    calls and meetings logged, oldest first."""
    rows = database.execute_sql(
        """
        SELECT m.id, m.conversation_id, a.platform, c.kind, m.direction, coalesce(nullif(i.name, ''), i.handle),
               m.text, m.created_at, coalesce(mb.name, '')
        FROM conversation c
        JOIN message m ON m.conversation_id = c.id
        JOIN account a ON a.id = c.account_id
        JOIN identity i ON i.id = m.identity_id
        LEFT JOIN outbox o ON o.message_id = m.id
        LEFT JOIN member mb ON mb.id = o.member_id
        WHERE c.contact_id = ?
        ORDER BY m.created_at, m.id
        """,
        (contact_id,),
    )
    entries = [TimelineEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], from_ms(r[7]), member=r[8]) for r in rows]
    logged = [TimelineEntry(0, 0, "", "", "", "", e.text, e.at, event=e.kind) for e in events(contact_id)]
    logged += _activity(contact_id)
    return sorted(entries + logged, key=lambda e: e.created_at) if logged else entries


def _activity(contact_id: int) -> list[TimelineEntry]:
    """What members did about this customer (a team's; empty alone)."""
    rows = database.execute_sql(
        f"""
        SELECT coalesce(a.conversation_id, 0), a.kind, a.detail, a.at, coalesce(m.name, '')
        FROM activity a LEFT JOIN member m ON m.id = a.member_id
        WHERE (a.contact_id = ? OR a.conversation_id IN (SELECT id FROM conversation WHERE contact_id = ?))
          AND a.kind IN ({", ".join("?" * len(TIMELINE_ACTIVITY))})
        ORDER BY a.at, a.id
        """,
        (contact_id, contact_id, *TIMELINE_ACTIVITY),
    )
    return [TimelineEntry(0, r[0], "", "", "", r[4], _activity_text(r[1], r[2]), from_ms(r[3]), event=r[1], member=r[4]) for r in rows]


def _activity_text(kind: str, detail: str) -> str:
    """The stored detail as the timeline says it (a note's id is not shown)."""
    if kind == "note":
        row = database.execute_sql("SELECT text FROM note WHERE id = ?", (int(detail),)).fetchone() if detail.isdigit() else None
        return row[0] if row else ""
    if kind == "snooze" and detail.isdigit():
        return from_ms(int(detail)).isoformat()
    return detail
