"""Inbox queries and conversation state changes.

Every list query is keyset-paged on an index (``conversation_inbox`` or
``conversation_state``), so the first page of a million-message cache costs
the same as the first page of an empty one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.records import (
    INBOX_STATES,
    PENDING_OUTBOX,
    Direction,
    FollowUp,
    Kind,
    OutboxState,
    Platform,
    State,
    picture_limit,
)
from desktop_inbox.store.handle import database, from_ms, to_ms
from desktop_inbox.store.ordering import follow_up_state
from desktop_inbox.words import QT_TRANSLATE_NOOP


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
    # The member it is assigned to (a team's; None: no one).
    assignee_id: int | None = None
    assignee: str = ""

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
            "assignee": {"id": self.assignee_id, "name": self.assignee} if self.assignee_id is not None else None,
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
    member: str | None = None  # in a team: the member who wrote this reply

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
            "attachments": [attachment_json(a) for a in self.attachments],
            "member": self.member,
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


def attachment_json(a: dict[str, object]) -> dict[str, object]:
    """An attachment as ``show --json`` prints it: what it is, its alt text,
    its size and the local file (``path``, absolute once the inbox service
    has resolved it; None when it is not downloaded)."""
    out: dict[str, object] = {
        "kind": a.get("kind") or "file",
        "alt": a.get("description") or "",
        "size": a.get("size") or None,
        "path": a.get("path"),
    }
    for key in ("name", "url", "type", "state", "media_id"):
        if a.get(key):
            out[key] = a[key]
    return out


@dataclass(frozen=True, slots=True)
class ConversationDetail:
    summary: ConversationSummary
    messages: list[MessageView]
    reply_to: str | None
    char_limit: int
    url_length: int
    has_more: bool = False  # older messages than these remain
    has_newer: bool = False  # newer messages than these remain (a window opened on an older one)
    picture_limit: int | None = None  # the account's server's (``Account.picture_limit``)

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
    c.follow_up_at, c.follow_up_set_at, c.followed_up_at, c.last_inbound_at, c.assignee_id, coalesce(am.name, '')
"""
_SUMMARY_FROM = """
    FROM conversation c
    JOIN account a ON a.id = c.account_id
    LEFT JOIN identity i ON i.id = c.identity_id
    LEFT JOIN contact ct ON ct.id = c.contact_id
    LEFT JOIN member am ON am.id = c.assignee_id
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
    follow_up_at, set_at, followed_up_at, last_inbound_at, assignee_id, assignee = row[18:]
    follow_up = None
    if follow_up_at is not None or followed_up_at is not None:
        follow_up = follow_up_state(
            follow_up_at=follow_up_at, set_at=set_at, followed_up_at=followed_up_at,
            last_inbound_at=last_inbound_at, state=values[5],
        )  # fmt: skip
    shown_at = follow_up_at if follow_up_at is not None else followed_up_at if follow_up else None
    values += [from_ms(shown_at) if shown_at is not None else None, follow_up, assignee_id, assignee]
    return ConversationSummary(*values)


def list_conversations(
    *,
    state: State | None = None,
    account_id: int | None = None,
    contact_id: int | None = None,
    tag: str | None = None,
    assignee_id: int | None = None,
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
    if assignee_id is not None:
        where.append("c.assignee_id = ?")
        params.append(assignee_id)
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
    row = database.execute_sql(
        f"SELECT {_SUMMARY_COLUMNS} {_SUMMARY_FROM} WHERE c.id = ?", (conversation_id,)
    ).fetchone()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no conversation {conversation_id}."), conversation_id=conversation_id
        )
    return _summary(row)


def get_conversation(
    conversation_id: int,
    *,
    limit: int | None = None,
    before: tuple[int, int] | None = None,
    after: tuple[int, int] | None = None,
    around: int | None = None,
) -> ConversationDetail:
    """The conversation oldest first, with replies still queued.

    With ``limit``, a window of it: the newest ``limit`` messages (older than
    ``before``, a ``(created_at ms, id)`` cursor), or the oldest ``limit``
    newer than ``after``, or ``limit`` around message ``around`` (half
    before it, it and the rest after), so that a thread of thousands of
    messages opens at once wherever it is opened. ``has_more`` says whether
    older messages remain, ``has_newer`` newer ones; queued replies come
    with the newest end only.
    """
    summary = get_summary(conversation_id)
    account = database.execute_sql(
        "SELECT char_limit, url_length, extra FROM account WHERE id = ?", (summary.account_id,)
    ).fetchone()
    reply_to = database.execute_sql("SELECT reply_to FROM conversation WHERE id = ?", (conversation_id,)).fetchone()[0]
    has_more = has_newer = False
    if limit is None:
        messages = _messages(conversation_id, "", (), "ORDER BY m.created_at, m.id")
    elif around is not None:
        at = database.execute_sql(
            "SELECT created_at, id FROM message WHERE id = ? AND conversation_id = ?", (around, conversation_id)
        ).fetchone()
        if at is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no message {around} in conversation {conversation_id}."),
                around=around,
                conversation_id=conversation_id,
            )
        # Half before it, the rest from it on; near an end, more of the other side.
        older, has_more = _older(conversation_id, (at[0], at[1]), limit)
        newer = _after(conversation_id, (at[0], at[1] - 1), limit + 1)
        take_newer = min(len(newer), limit - min(len(older), limit // 2))
        take_older = min(len(older), limit - take_newer)
        has_more = has_more or take_older < len(older)
        has_newer = len(newer) > take_newer
        messages = older[len(older) - take_older :] + newer[:take_newer]
    elif after is not None:
        has_more = bool(_messages(conversation_id, "AND (m.created_at, m.id) <= (?, ?)", after, "LIMIT 1"))
        newer = _after(conversation_id, after, limit + 1)
        has_newer = len(newer) > limit
        messages = newer[:limit]
    else:
        messages, has_more = _older(conversation_id, before, limit)
        has_newer = before is not None
    return ConversationDetail(
        summary=summary,
        messages=_with_media(messages) + ([] if has_newer else _pending(conversation_id, summary.account_id)),
        reply_to=reply_to,
        char_limit=account[0],
        url_length=account[1],
        has_more=has_more,
        has_newer=has_newer,
        picture_limit=picture_limit(account[2]),
    )


def _older(conversation_id: int, before: tuple[int, int] | None, limit: int) -> tuple[list[MessageView], bool]:
    """The newest ``limit`` messages before ``before`` (oldest first), and whether more remain."""
    where, params = ("AND (m.created_at, m.id) < (?, ?)", before) if before is not None else ("", ())
    found = _messages(conversation_id, where, params, "ORDER BY m.created_at DESC, m.id DESC LIMIT ?", limit + 1)
    return found[:limit][::-1], len(found) > limit


def _after(conversation_id: int, after: tuple[int, int], limit: int) -> list[MessageView]:
    """The oldest ``limit`` messages after ``after``."""
    return _messages(
        conversation_id, "AND (m.created_at, m.id) > (?, ?)", after, "ORDER BY m.created_at, m.id LIMIT ?", limit
    )


def _messages(conversation_id: int, where: str, params: tuple[int, ...], order: str, *more: int) -> list[MessageView]:
    # (The cursor compares (created_at, id): message_conversation is
    # (conversation_id, created_at) and holds the rowid, so each window is a
    # range of that index.)
    return [
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
            member=r[13],
        )
        for r in database.execute_sql(
            f"""
            SELECT m.id, m.remote_id, m.direction, i.handle, i.name, m.text, m.html, m.visibility,
                   m.created_at, m.url, m.attachments, o.id, o.state, mb.name
            FROM message m
            JOIN identity i ON i.id = m.identity_id
            LEFT JOIN outbox o ON o.message_id = m.id
            LEFT JOIN member mb ON mb.id = o.member_id
            WHERE m.conversation_id = ? {where}
            {order}
            """,
            (conversation_id, *params, *more),
        )
    ]


def _pending(conversation_id: int, account_id: int) -> list[MessageView]:
    """Replies still in the outbox, after the messages, with their pictures."""
    me = database.execute_sql("SELECT handle, display_name FROM account WHERE id = ?", (account_id,)).fetchone()
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
            member=r[7],
        )
        for r in database.execute_sql(
            f"""
            SELECT id, text, visibility, created_at, state, last_error, send_at,
                   (SELECT name FROM member WHERE member.id = outbox.member_id) FROM outbox
            WHERE conversation_id = ? AND state IN ({", ".join("?" * len(PENDING_OUTBOX))})
            ORDER BY created_at, id
            """,
            (conversation_id, *(s.value for s in PENDING_OUTBOX)),
        )
    ]
    if not pending:
        return pending
    from desktop_inbox.store import outbox_media  # (what a conversation without queued replies never needs)

    pending_media = outbox_media.for_items([p.outbox_id for p in pending if p.outbox_id is not None])
    return [replace(p, attachments=tuple(pending_media.get(p.outbox_id or 0, ()))) for p in pending]


def _with_media(messages: list[MessageView]) -> list[MessageView]:
    """Each attachment with its kept file, if any (``store.media``): keys
    ``media_id``, ``state``, ``file`` and ``thumb`` (relative to the media
    folder, or None), ``size``."""
    with_files = [m.id for m in messages if m.id is not None and m.attachments]
    if not with_files:
        return messages
    from desktop_inbox.store import media  # (loaded for the first thread with pictures)

    kept = media.for_messages(with_files)
    if not kept:
        return messages
    out = []
    for m in messages:
        files = kept.get(m.id or 0)
        if files:
            m = replace(m, attachments=tuple({**a, **files.get(i, {})} for i, a in enumerate(m.attachments)))
        out.append(m)
    return out


def count_by_state() -> dict[str, int]:
    """Conversations per state (keyed by ``State`` values), and "all" (the
    inbox: every state but "heard")."""
    counts = {s.value: 0 for s in State}
    for state, n in database.execute_sql("SELECT state, count(*) FROM conversation GROUP BY state"):
        counts[state] = n
    counts["all"] = sum(counts[s.value] for s in INBOX_STATES)
    return counts


def _recompute(conversation_id: int, now: datetime) -> State:
    from desktop_inbox.store import aggregate  # (writes load it; reading a page does not)

    state = aggregate.recompute(conversation_id, now=now)
    if state is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no conversation {conversation_id}."), conversation_id=conversation_id
        )
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
        database.execute_sql(
            "UPDATE conversation SET done_at = NULL, snoozed_until = NULL WHERE id = ?", (conversation_id,)
        )
        return _recompute(conversation_id, now)


def mark_read(conversation_id: int) -> None:
    database.execute_sql("UPDATE conversation SET unread_count = 0 WHERE id = ?", (conversation_id,))


def snooze(conversation_id: int, until: datetime, *, now: datetime | None = None) -> State:
    """Put a conversation away until ``until``; it then needs a reply again."""
    now = now or datetime.now(UTC)
    if until <= now:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "Snooze until a time in the future."))
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
    if not ids:
        return ids
    from desktop_inbox.store import aggregate

    with database.atomic():
        for conversation_id in ids:
            aggregate.recompute(conversation_id, now=now)
    return ids
