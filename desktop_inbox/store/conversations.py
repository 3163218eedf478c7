"""Inbox queries and conversation state changes.

Every list query is keyset-paged on an index (``conversation_inbox`` or
``conversation_state``), so the first page of a million-message cache costs
the same as the first page of an empty one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.records import INBOX_STATES, PENDING_OUTBOX, Direction, FollowUp, Kind, OutboxState, Platform, State
from desktop_inbox.store import aggregate
from desktop_inbox.store.ordering import follow_up_state
from desktop_inbox.store.schema import database, from_ms, to_ms


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    id: int
    account_id: int
    platform: Platform
    account_handle: str
    kind: Kind
    state: State
    contact_id: int | None
    customer_identity_id: int | None
    customer_handle: str
    customer_name: str
    last_message_at: datetime | None
    waiting_since: datetime | None
    snoozed_until: datetime | None
    unread_count: int
    message_count: int
    snippet: str
    sort_key: int
    # Begun by a post heard by listening (stays true once answered).
    heard: bool = False
    # "Remind me if no answer by" (``store.followups``): when, and where it stands.
    follow_up_at: datetime | None = None
    follow_up: FollowUp | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "platform": self.platform,
            "account": {"id": self.account_id, "handle": self.account_handle},
            "kind": self.kind,
            "state": self.state,
            "customer": {
                "id": self.contact_id,
                "identity_id": self.customer_identity_id,
                "handle": self.customer_handle,
                "name": self.customer_name,
            },
            "last_message_at": _iso(self.last_message_at),
            "waiting_since": _iso(self.waiting_since),
            "snoozed_until": _iso(self.snoozed_until),
            "unread": self.unread_count,
            "message_count": self.message_count,
            "snippet": self.snippet,
            "heard": self.heard,
            "follow_up": {"at": _iso(self.follow_up_at), "state": self.follow_up} if self.follow_up else None,
        }


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int | None  # None for a reply still in the outbox
    remote_id: str | None
    direction: Direction
    author_handle: str
    author_name: str
    text: str
    html: str
    visibility: str
    created_at: datetime
    url: str | None
    attachments: tuple[dict[str, object], ...] = ()
    pending: bool = False
    outbox_id: int | None = None
    outbox_state: OutboxState | None = None
    outbox_error: str = ""
    send_at: datetime | None = None  # a reply in the outbox sent later: when

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "id": self.id,
            "remote_id": self.remote_id,
            "direction": self.direction,
            "author": {"handle": self.author_handle, "name": self.author_name},
            "text": self.text,
            "visibility": self.visibility,
            "created_at": _iso(self.created_at),
            "url": self.url,
            "attachments": list(self.attachments),
        }
        if self.outbox_id is not None:
            data.update(
                pending=self.pending,
                outbox_id=self.outbox_id,
                outbox_state=self.outbox_state,
                error=self.outbox_error or None,
                send_at=_iso(self.send_at),
            )
        return data


@dataclass(frozen=True, slots=True)
class ConversationDetail:
    summary: ConversationSummary
    messages: list[MessageView]
    reply_to: str | None
    char_limit: int
    url_length: int
    has_more: bool = False

    def to_json(self) -> dict[str, object]:
        data = self.summary.to_json()
        data["messages"] = [m.to_json() for m in self.messages]
        data["char_limit"] = self.char_limit
        return data


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


_SUMMARY_COLUMNS = """
    c.id, c.account_id, a.platform, a.handle, c.kind, c.state, c.contact_id, c.identity_id,
    coalesce(i.handle, ''), coalesce(nullif(ct.name, ''), i.name, ''), c.last_message_at, c.waiting_since,
    c.snoozed_until, c.unread_count, c.message_count, c.snippet, c.sort_key, c.heard,
    c.follow_up_at, c.follow_up_set_at, c.followed_up_at, c.last_inbound_at
"""
_SUMMARY_FROM = """
    FROM conversation c
    JOIN account a ON a.id = c.account_id
    LEFT JOIN identity i ON i.id = c.identity_id
    LEFT JOIN contact ct ON ct.id = c.contact_id
"""


# Stored values to members by a dict (an Enum call costs ten times more, per row).
_PLATFORMS = {p.value: p for p in Platform}
_KINDS = {k.value: k for k in Kind}
_STATES = {s.value: s for s in State}
_DIRECTIONS = {d.value: d for d in Direction}


def _summary(row: tuple[Any, ...]) -> ConversationSummary:
    values = list(row[:18])
    values[2] = _PLATFORMS[values[2]]
    values[4] = _KINDS[values[4]]
    values[5] = _STATES[values[5]]
    for index in (10, 11, 12):
        values[index] = from_ms(values[index]) if values[index] is not None else None
    values[17] = bool(values[17])
    follow_up_at, set_at, followed_up_at, last_inbound_at = row[18:]
    follow_up = None
    if follow_up_at is not None or followed_up_at is not None:
        follow_up = follow_up_state(
            follow_up_at=follow_up_at, set_at=set_at, followed_up_at=followed_up_at,
            last_inbound_at=last_inbound_at, state=values[5],
        )  # fmt: skip
    shown_at = follow_up_at if follow_up_at is not None else followed_up_at if follow_up else None
    values += [from_ms(shown_at) if shown_at is not None else None, follow_up]
    return ConversationSummary(*values)


def list_conversations(
    *,
    state: State | None = None,
    account_id: int | None = None,
    contact_id: int | None = None,
    tag: str | None = None,
    after: tuple[int, int] | None = None,
    limit: int = 100,
) -> list[ConversationSummary]:
    """One page of the inbox in display order; ``after`` is the last row's
    ``(sort_key, id)`` of the previous page. Without a state, every state
    but "heard": posts heard by listening have a view of their own."""
    where = []
    params: list[object] = []
    if state is not None:
        where.append("c.state = ?")
        params.append(state)
    elif contact_id is None:
        where.append("c.state != ?")
        params.append(State.HEARD.value)
    if account_id is not None:
        where.append("c.account_id = ?")
        params.append(account_id)
    if contact_id is not None:
        where.append("c.contact_id = ?")
        params.append(contact_id)
    if tag is not None:
        where.append(
            "c.contact_id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?)"
        )
        params.append(tag)
    if after is not None:
        where.append("(c.sort_key, c.id) > (?, ?)")
        params.extend(after)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = database.execute_sql(
        f"SELECT {_SUMMARY_COLUMNS} {_SUMMARY_FROM} {clause} ORDER BY c.sort_key, c.id LIMIT ?",
        (*params, limit),
    )
    return [_summary(r) for r in rows]


def get_summary(conversation_id: int) -> ConversationSummary:
    row = database.execute_sql(f"SELECT {_SUMMARY_COLUMNS} {_SUMMARY_FROM} WHERE c.id = ?", (conversation_id,)).fetchone()
    if row is None:
        raise NotFound(f"There is no conversation {conversation_id}.")
    return _summary(row)


def get_conversation(
    conversation_id: int, *, limit: int | None = None, before: tuple[int, int] | None = None
) -> ConversationDetail:
    """The conversation oldest first, with replies still queued.

    With ``limit``, only the newest ``limit`` messages (older than ``before``,
    a ``(created_at ms, id)`` cursor) are read, so a thread of thousands of
    messages opens at once; ``has_more`` says whether older ones remain.
    """
    summary = get_summary(conversation_id)
    account = database.execute_sql(
        "SELECT char_limit, url_length FROM account WHERE id = ?", (summary.account_id,)
    ).fetchone()
    reply_to = database.execute_sql("SELECT reply_to FROM conversation WHERE id = ?", (conversation_id,)).fetchone()[0]
    where = "m.conversation_id = ?"
    params: list[object] = [conversation_id]
    if before is not None:
        where += " AND (m.created_at, m.id) < (?, ?)"
        params.extend(before)
    order = "ORDER BY m.created_at DESC, m.id DESC LIMIT ?" if limit is not None else "ORDER BY m.created_at, m.id"
    if limit is not None:
        params.append(limit + 1)
    messages = [
        MessageView(
            id=r[0],
            remote_id=r[1],
            direction=_DIRECTIONS[r[2]],
            author_handle=r[3],
            author_name=r[4],
            text=r[5],
            html=r[6],
            visibility=r[7],
            created_at=from_ms(r[8]),
            url=r[9],
            attachments=tuple(json.loads(r[10])) if r[10] else (),
            outbox_id=r[11],
            outbox_state=OutboxState(r[12]) if r[12] else None,
        )
        for r in database.execute_sql(
            f"""
            SELECT m.id, m.remote_id, m.direction, i.handle, i.name, m.text, m.html, m.visibility,
                   m.created_at, m.url, m.attachments, o.id, o.state
            FROM message m
            JOIN identity i ON i.id = m.identity_id
            LEFT JOIN outbox o ON o.message_id = m.id
            WHERE {where}
            {order}
            """,
            params,
        )
    ]
    has_more = False
    if limit is not None:
        has_more = len(messages) > limit
        messages = messages[:limit][::-1]
    me = database.execute_sql("SELECT handle, display_name FROM account WHERE id = ?", (summary.account_id,)).fetchone()
    pending = [
        MessageView(
            id=None,
            remote_id=None,
            direction=Direction.OUT,
            author_handle=me[0],
            author_name=me[1],
            text=r[1],
            html="",
            visibility=r[2],
            created_at=from_ms(r[3]),
            url=None,
            pending=True,
            outbox_id=r[0],
            outbox_state=OutboxState(r[4]),
            outbox_error=r[5],
            send_at=from_ms(r[6]) if r[6] is not None else None,
        )
        for r in database.execute_sql(
            f"""
            SELECT id, text, visibility, created_at, state, last_error, send_at FROM outbox
            WHERE conversation_id = ? AND state IN ({", ".join("?" * len(PENDING_OUTBOX))})
            ORDER BY created_at, id
            """,
            (conversation_id, *(s.value for s in PENDING_OUTBOX)),
        )
    ]
    return ConversationDetail(
        summary=summary,
        messages=messages + (pending if before is None else []),
        reply_to=reply_to,
        char_limit=account[0],
        url_length=account[1],
        has_more=has_more,
    )


def count_by_state() -> dict[str, int]:
    """Conversations per state (keyed by ``State`` values), and "all" (the
    inbox: every state but "heard")."""
    counts = {s.value: 0 for s in State}
    for state, n in database.execute_sql("SELECT state, count(*) FROM conversation GROUP BY state"):
        counts[state] = n
    counts["all"] = sum(counts[s.value] for s in INBOX_STATES)
    return counts


def _recompute(conversation_id: int, now: datetime) -> State:
    state = aggregate.recompute(conversation_id, now=now)
    if state is None:
        raise NotFound(f"There is no conversation {conversation_id}.")
    return state


def mark_done(conversation_id: int, *, now: datetime | None = None) -> State:
    now = now or datetime.now(UTC)
    with database.atomic():
        database.execute_sql(
            "UPDATE conversation SET done_at = ?, snoozed_until = NULL, unread_count = 0 WHERE id = ?",
            (to_ms(now), conversation_id),
        )
        return _recompute(conversation_id, now)


def reopen(conversation_id: int, *, now: datetime | None = None) -> State:
    """Open again: the customer has been waiting since their first unanswered message."""
    now = now or datetime.now(UTC)
    with database.atomic():
        database.execute_sql("UPDATE conversation SET done_at = NULL, snoozed_until = NULL WHERE id = ?", (conversation_id,))
        return _recompute(conversation_id, now)


def mark_read(conversation_id: int) -> None:
    database.execute_sql("UPDATE conversation SET unread_count = 0 WHERE id = ?", (conversation_id,))


def snooze(conversation_id: int, until: datetime, *, now: datetime | None = None) -> State:
    """Put a conversation away until ``until``; it then needs a reply again."""
    now = now or datetime.now(UTC)
    if until <= now:
        raise BadInput("Snooze until a time in the future.")
    with database.atomic():
        database.execute_sql("UPDATE conversation SET snoozed_until = ? WHERE id = ?", (to_ms(until), conversation_id))
        return _recompute(conversation_id, now)


def wake_snoozed(*, now: datetime | None = None) -> list[int]:
    """Conversations whose snooze is over come back (as needing a reply,
    the clock running from the end of the snooze if nothing waited before)."""
    now = now or datetime.now(UTC)
    ids = [
        r[0]
        for r in database.execute_sql(
            "SELECT id FROM conversation WHERE state = ? AND snoozed_until <= ?", (State.SNOOZED.value, to_ms(now))
        )
    ]
    with database.atomic():
        for conversation_id in ids:
            aggregate.recompute(conversation_id, now=now)
    return ids
