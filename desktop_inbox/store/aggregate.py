"""A conversation's aggregate — state, sort key, waiting since, snippet —
computed in one place.

Two ways in, one set of rules: the sync's write path counts each new
message into an ``Aggregate`` (no query per message), and ``recompute``
rebuilds a conversation's columns from its messages and the replies still
in its outbox (after a reply is queued, undone or cancelled, a conversation
is closed, reopened or snoozed, or old history is forgotten). Both end in
``Aggregate.columns``, where the state and the sort key are derived
(``store.ordering``). Times are epoch milliseconds, as stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_inbox.records import PENDING_OUTBOX, Direction, Post, State
from desktop_inbox.store.handle import database, to_ms
from desktop_inbox.store.ordering import derive_state, sort_key_ms

_IN = Direction.IN  # (a global: read once per message on the write path)

# The customer has been waiting since their first message after our last
# reply, or after the conversation was closed.
_FIRST_UNANSWERED = (
    "SELECT min(created_at) FROM message WHERE conversation_id = ? AND direction = 'in' AND created_at > ?"
)


def snippet_of(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def first_unanswered(conversation_id: int, after: int) -> int | None:
    """When the first customer message after ``after`` (ms) was written."""
    value: int | None = database.execute_sql(_FIRST_UNANSWERED, (conversation_id, after)).fetchone()[0]
    return value


@dataclass(slots=True)
class Aggregate:
    """A conversation's aggregate columns (``COLUMNS``, in this order)."""

    id: int
    last_message_at: int | None
    last_inbound_at: int | None
    last_outbound_at: int | None
    waiting_since: int | None
    done_at: int | None
    snoozed_until: int | None
    unread_count: int
    message_count: int
    snippet: str
    reply_to: str | None
    contact_id: int | None
    heard: int = 0  # begun by a post heard by listening (0/1, as stored)
    needs_recount: bool = False  # waiting_since must be looked up again
    newest_text: str | None = None  # the snippet's text, made into one when saved
    # The stored (state, sort key), when read for the sync's write path: a
    # save that leaves them as they are need not touch their indexes (SAVE_KEPT).
    stored_order: tuple[str, int] | None = None

    def apply(self, post: Post, at: int, *, unread: bool) -> None:
        """Count in ``post``, created at ``at`` (ms)."""
        self.message_count += 1
        if self.last_message_at is None or at >= self.last_message_at:
            self.last_message_at = at
            self.newest_text = post.text
        if post.direction == _IN:
            if self.last_inbound_at is None or at >= self.last_inbound_at:
                self.last_inbound_at = at
                self.reply_to = post.remote_id
            answered = self.last_outbound_at is not None and at <= self.last_outbound_at
            closed = self.done_at is not None and at <= self.done_at
            if not answered and not closed and (self.waiting_since is None or at < self.waiting_since):
                self.waiting_since = at
            if unread:
                self.unread_count += 1
                # A new customer message ends a snooze early.
                self.snoozed_until = None
        else:
            self.answered_at(at)

    def answered_at(self, at: int) -> None:
        """We replied at ``at`` (ms): a message, or a reply still in the outbox."""
        if self.last_outbound_at is None or at > self.last_outbound_at:
            self.last_outbound_at = at
            if self.waiting_since is not None and self.waiting_since <= at:
                # Customer messages after this reply may still be waiting.
                self.waiting_since = None
                self.needs_recount = self.last_inbound_at is not None and self.last_inbound_at > at

    def columns(self, now_ms: int) -> tuple[object, ...]:
        """``SAVE``'s parameters: the aggregate with its state and sort key."""
        if self.newest_text is not None:
            self.snippet = snippet_of(self.newest_text)
            self.newest_text = None
        if self.needs_recount:
            self.waiting_since = first_unanswered(self.id, max(self.last_outbound_at or 0, self.done_at or 0))
            self.needs_recount = False
        state = derive_state(
            last_inbound_at=self.last_inbound_at,
            last_outbound_at=self.last_outbound_at,
            done_at=self.done_at,
            snoozed_until=self.snoozed_until,
            now=now_ms,
            heard=bool(self.heard),
        )
        if state == State.NEEDS_REPLY and self.waiting_since is None and self.snoozed_until is not None:
            # A snooze ended with nothing unanswered: the clock runs from its end.
            self.waiting_since = self.snoozed_until
        return (
            state.value,
            sort_key_ms(state, self.waiting_since, self.last_message_at),
            self.last_message_at,
            self.last_inbound_at,
            self.last_outbound_at,
            self.waiting_since,
            self.unread_count,
            self.message_count,
            self.snippet,
            self.reply_to,
            self.snoozed_until,
            self.id,
        )


# Aggregate's stored fields, in order.
COLUMNS = """id, last_message_at, last_inbound_at, last_outbound_at, waiting_since, done_at,
    snoozed_until, unread_count, message_count, snippet, reply_to, contact_id, heard"""

# What Aggregate.columns() stores, in its order (the id last, in the WHERE);
# a new conversation's INSERT ends with them too.
_SAVED = (
    "state", "sort_key", "last_message_at", "last_inbound_at", "last_outbound_at", "waiting_since",
    "unread_count", "message_count", "snippet", "reply_to", "snoozed_until",
)  # fmt: skip


def _update(columns: tuple[str, ...]) -> str:
    return f"UPDATE conversation SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"


SAVE = _update(_SAVED)

# SAVE without the state and the sort key, for an aggregate whose state and
# sort key stay as stored (``Aggregate.stored_order``; its parameters are
# ``columns()[2:]``). Setting an indexed column, even to the value it holds,
# rewrites its index entries: conversation_inbox and conversation_state would
# get a page written each for most conversations a sync page touches
# (bench/, measurement 1).
SAVE_KEPT = _update(_SAVED[2:])


def recompute(conversation_id: int, *, now: datetime, drop_empty: bool = False) -> State | None:
    """Rebuild a conversation's aggregate from its messages and the replies
    still in its outbox (queued, sending or failed: they count as our
    answer). Returns its state; with ``drop_empty`` a conversation left
    without messages is deleted (None)."""
    row = database.execute_sql(f"SELECT {COLUMNS} FROM conversation WHERE id = ?", (conversation_id,)).fetchone()
    if row is None:
        return None
    stored = Aggregate(*row)
    count, last, last_in, last_out = database.execute_sql(
        """
        SELECT count(*), max(created_at),
               max(CASE WHEN direction = 'in' THEN created_at END),
               max(CASE WHEN direction = 'out' THEN created_at END)
        FROM message WHERE conversation_id = ?
        """,
        (conversation_id,),
    ).fetchone()
    if not count and drop_empty:
        database.execute_sql("DELETE FROM conversation WHERE id = ?", (conversation_id,))
        return None
    snippet, reply_to = database.execute_sql(
        """
        SELECT (SELECT text FROM message WHERE conversation_id = ?1 ORDER BY created_at DESC, id DESC LIMIT 1),
               (SELECT remote_id FROM message WHERE conversation_id = ?1 AND direction = 'in'
                ORDER BY created_at DESC, id DESC LIMIT 1)
        """,
        (conversation_id,),
    ).fetchone()
    queued = database.execute_sql(
        f"SELECT max(created_at) FROM outbox WHERE conversation_id = ? AND state IN ({','.join('?' * len(PENDING_OUTBOX))})",
        (conversation_id, *(s.value for s in PENDING_OUTBOX)),
    ).fetchone()[0]
    answered = max((t for t in (last_out, queued) if t is not None), default=None)
    fresh = Aggregate(
        conversation_id, last, last_in, answered, None, stored.done_at, stored.snoozed_until,
        stored.unread_count, count, snippet_of(snippet or ""), reply_to, stored.contact_id, stored.heard,
        needs_recount=True,
    )  # fmt: skip
    params = fresh.columns(to_ms(now))
    database.execute_sql(SAVE, params)
    return State(str(params[0]))
