"""The outbox: replies waiting to go out, each delivered exactly once.

An item's ``key`` is chosen when it is queued and sent with every attempt
(Mastodon's Idempotency-Key; for other platforms the handle by which a lost
attempt is found again). ``sending`` is written *before* each attempt, so
after a crash we know an attempt may have reached the server and check before
repeating it. Where that check cannot prove a reply did not go out (SMTP has
no idempotency), the item becomes ``maybe_sent`` and waits for the user:
``resend`` it, or ``confirm_sent`` (it did go out).

A reply may wait for a time the user chose (``send_at``, "Send at…"):
``not_before`` is then the later of that time and the undo window, so
delivery reads one column; until it goes it can be edited, moved
(``reschedule``) or cancelled, and once its time has passed unsent (the app
was closed, the network down) it is ``late``: it goes with the next sync.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.records import Direction, Kind, OutboxState, Person, Platform, Post
from desktop_inbox.store import accounts, aggregate, ingest, outbox_media
from desktop_inbox.store.outbox_media import StagedMedia
from desktop_inbox.store.schema import database, from_ms, to_ms
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.words import QT_TRANSLATE_NOOP

# A reply is late when its chosen time passed this long ago and it has not gone.
LATE_AFTER = timedelta(minutes=2)
# The thread key of a conversation we start ("Answer via" a channel with no
# conversation yet): it takes the platform's own key when its first reply is
# delivered (``mark_sent``).
STARTED = "new:"


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    key: str
    account_id: int
    conversation_id: int
    in_reply_to: str | None
    text: str
    kind: Kind
    visibility: str
    state: OutboxState
    attempts: int
    last_error: str
    not_before: datetime
    created_at: datetime
    sent_at: datetime | None
    message_id: int | None
    customer_identity_id: int | None
    retry_at: datetime | None
    extra: dict[str, str] | None
    send_at: datetime | None = None  # the time the user chose to send it at

    def late(self, now: datetime) -> bool:
        """Its chosen time has passed and it has not gone (it goes with the next sync)."""
        return (
            self.send_at is not None
            and self.state in (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.FAILED)
            and now - self.send_at > LATE_AFTER
        )

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "key": self.key,
            "account_id": self.account_id,
            "conversation_id": self.conversation_id,
            "text": self.text,
            "kind": self.kind,
            "visibility": self.visibility,
            "state": self.state,
            "attempts": self.attempts,
            "error": self.last_error or None,
            "created_at": self.created_at.isoformat(),
            "not_before": self.not_before.isoformat(),
            "send_at": self.send_at.isoformat() if self.send_at is not None else None,
        }


_COLUMNS = """o.id, o.key, o.account_id, o.conversation_id, o.in_reply_to, o.text, o.kind, o.visibility,
    o.state, o.attempts, o.last_error, o.not_before, o.created_at, o.sent_at, o.message_id, c.identity_id,
    o.retry_at, o.extra, o.send_at"""


def _item(row: tuple) -> OutboxItem:  # type: ignore[type-arg]
    v = list(row)
    v[6] = Kind(v[6])
    v[8] = OutboxState(v[8])
    v[11] = from_ms(v[11])
    v[12] = from_ms(v[12])
    v[13] = from_ms(v[13]) if v[13] is not None else None
    v[16] = from_ms(v[16]) if v[16] is not None else None
    v[17] = json.loads(v[17]) if v[17] else None
    v[18] = from_ms(v[18]) if v[18] is not None else None
    return OutboxItem(*v)


def id_of(key: str) -> int | None:
    """The item's id now: a reply written in a team's offline copy keeps its
    key, not its id, when it is handed over to the team's outbox."""
    row = database.execute_sql("SELECT id FROM outbox WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def get(item_id: int) -> OutboxItem:
    row = database.execute_sql(
        f"SELECT {_COLUMNS} FROM outbox o JOIN conversation c ON c.id = o.conversation_id WHERE o.id = ?", (item_id,)
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no outbox item {item_id}."), item_id=item_id)
    return _item(row)


def queue_reply(
    conversation_id: int,
    text: str,
    *,
    direct: bool | None = None,
    delay: timedelta = timedelta(0),
    send_at: datetime | None = None,
    now: datetime | None = None,
    media: Sequence[StagedMedia] = (),
    key: str | None = None,
) -> OutboxItem:
    """Put a reply in the outbox; it works offline. Returns the new item.
    ``media``: its pictures, already checked and in the media folder.
    ``key``: the item's own (a reply written in a team's offline copy keeps
    the key it was given there, so it is handed over once).

    ``direct`` None keeps the conversation's way (a public reply keeps the
    customer's visibility); True takes the answer to direct messages.
    ``send_at``: not before this time (in the future), nor before ``delay``.
    """
    now = now or datetime.now(UTC)
    if not text.strip():
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The reply is empty."))
    _refuse_past(send_at, now)
    with database.atomic("IMMEDIATE"):
        conv = database.execute_sql(
            "SELECT account_id, kind, reply_to FROM conversation WHERE id = ?", (conversation_id,)
        ).fetchone()
        if conv is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no conversation {conversation_id}."),
                conversation_id=conversation_id,
            )
        account_id, kind, reply_to = conv
        visibility = "direct"
        if kind == Kind.PUBLIC and not direct:
            visibility = _visibility_of(account_id, reply_to) or "public"
        elif direct is False and kind == Kind.DIRECT:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "This conversation is private; a reply to it cannot be public."))
        reply_kind = Kind.DIRECT if visibility == "direct" else Kind.PUBLIC
        item_id = database.execute_sql(
            """
            INSERT INTO outbox (key, account_id, conversation_id, in_reply_to, text, kind, visibility, state,
                not_before, created_at, send_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?) RETURNING id
            """,
            (
                key or str(uuid.uuid4()),
                account_id,
                conversation_id,
                reply_to,
                text,
                reply_kind.value,
                visibility,
                to_ms(max(now + delay, send_at or now)),
                to_ms(now),
                to_ms(send_at) if send_at is not None else None,
            ),
        ).fetchone()[0]
        outbox_media.add(item_id, media)
        # The reply counts as our answer from now on (until it is cancelled),
        # also when it waits for its time: see services/replies.py.
        database.execute_sql("UPDATE conversation SET unread_count = 0 WHERE id = ?", (conversation_id,))
        aggregate.recompute(conversation_id, now=now)
    return get(item_id)


def _refuse_past(send_at: datetime | None, now: datetime) -> None:
    if send_at is not None and send_at <= now:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "Send at a time in the future, not {astimezone:%Y-%m-%d %H:%M}."),
            astimezone=send_at.astimezone(),
        )


def reschedule(item_id: int, send_at: datetime | None, *, now: datetime | None = None) -> OutboxItem:
    """Move a reply still waiting to ``send_at`` (None: send it as soon as possible)."""
    now = now or datetime.now(UTC)
    _refuse_past(send_at, now)
    with database.atomic("IMMEDIATE"):
        item = get(item_id)
        if item.state not in (OutboxState.QUEUED, OutboxState.FAILED):
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "Reply {item_id} is {state} and can no longer be moved."),
                item_id=item_id,
                state=item.state,
            )
        database.execute_sql(
            "UPDATE outbox SET send_at = ?, not_before = ?, state = 'queued', retry_at = NULL WHERE id = ?",
            (to_ms(send_at) if send_at is not None else None, to_ms(send_at or now), item_id),
        )
    return get(item_id)


def _visibility_of(account_id: int, remote_id: str | None) -> str | None:
    if remote_id is None:
        return None
    row = database.execute_sql(
        "SELECT visibility FROM message WHERE account_id = ? AND remote_id = ?", (account_id, remote_id)
    ).fetchone()
    return row[0] if row else None


def due(
    *, account_id: int | None = None, now: datetime | None = None, ignore_backoff: bool = False
) -> list[OutboxItem]:
    """Items to deliver now, oldest first; ``sending`` ones are in doubt.

    The undo window always holds; the back-off after a failure does not when
    the user asks to sync now (``ignore_backoff``).
    """
    now = now or datetime.now(UTC)
    params: list[object] = [to_ms(now)]
    extra = ""
    if not ignore_backoff:
        extra += " AND (o.retry_at IS NULL OR o.retry_at <= ?)"
        params.append(to_ms(now))
    if account_id is not None:
        extra += " AND o.account_id = ?"
        params.append(account_id)
    rows = database.execute_sql(
        f"""
        SELECT {_COLUMNS} FROM outbox o JOIN conversation c ON c.id = o.conversation_id
        WHERE o.state IN ('queued', 'sending') AND o.not_before <= ? {extra}
        ORDER BY o.created_at, o.id
        """,
        params,
    )
    return [_item(r) for r in rows]


def pending(*, account_id: int | None = None) -> list[OutboxItem]:
    """Everything not yet delivered or given up: queued, sending, failed, maybe sent."""
    params: list[object] = []
    extra = ""
    if account_id is not None:
        extra = "AND o.account_id = ?"
        params.append(account_id)
    rows = database.execute_sql(
        f"""
        SELECT {_COLUMNS} FROM outbox o JOIN conversation c ON c.id = o.conversation_id
        WHERE o.state IN ('queued', 'sending', 'failed', 'maybe_sent') {extra}
        ORDER BY o.created_at, o.id
        """,
        params,
    )
    return [_item(r) for r in rows]


def mark_sending(item_id: int, *, attempts: int | None = None) -> OutboxItem | None:
    """Record that an attempt starts (before any byte goes out). With
    ``attempts`` (as the item was read): only if no one started one since,
    else None (another app of the team claimed it: not this one's to send)."""
    with database.atomic("IMMEDIATE"):
        sql = "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ? AND state IN ('queued', 'sending')"
        claimed = database.execute_sql(
            sql if attempts is None else sql + " AND attempts = ?", (item_id,) if attempts is None else (item_id, attempts)
        ).rowcount
        return get(item_id) if claimed or attempts is None else None


def mark_sent(item_id: int, post: Post, *, now: datetime | None = None) -> OutboxItem:
    """The platform has the reply: store it as a message, atomically."""
    now = now or datetime.now(UTC)
    with database.atomic("IMMEDIATE"):
        item = get(item_id)
        if item.state == OutboxState.SENT:
            return item
        post = replace(post, direction=Direction.OUT)
        _adopt_thread_key(item.conversation_id, ingest.thread_key(post))
        ingest.add_posts(item.account_id, [post], unread=False, now=now)
        message = database.execute_sql(
            "SELECT id, conversation_id FROM message WHERE account_id = ? AND remote_id = ?",
            (item.account_id, post.remote_id),
        ).fetchone()
        database.execute_sql(
            "UPDATE outbox SET state = 'sent', sent_at = ?, message_id = ?, last_error = '', retry_at = NULL WHERE id = ?",
            (to_ms(now), message[0], item_id),
        )
        return get(item_id)


def _adopt_thread_key(conversation_id: int, key: str) -> None:
    """A conversation we started takes the platform's thread key with its
    first delivered reply, so the reply (and what follows) lands in it. If
    the platform's conversation appeared meanwhile, the started one is
    folded into it."""
    row = database.execute_sql(
        "SELECT account_id, kind, thread_key FROM conversation WHERE id = ?", (conversation_id,)
    ).fetchone()
    if row is None or not row[2].startswith(STARTED):
        return
    account_id, kind, _ = row
    other = database.execute_sql(
        "SELECT id FROM conversation WHERE account_id = ? AND kind = ? AND thread_key = ?", (account_id, kind, key)
    ).fetchone()
    if other is None:
        database.execute_sql("UPDATE conversation SET thread_key = ? WHERE id = ?", (key, conversation_id))
        return
    database.execute_sql("UPDATE outbox SET conversation_id = ? WHERE conversation_id = ?", (other[0], conversation_id))
    database.execute_sql("DELETE FROM conversation WHERE id = ?", (conversation_id,))


def drop_if_unused(conversation_id: int) -> None:
    """A conversation we started ("Answer via" a channel with none) whose
    only reply was refused or taken back goes away: it has no message, and
    no reply waits in it. (Every other conversation has messages.)"""
    database.execute_sql(
        """
        DELETE FROM conversation WHERE id = ?
            AND NOT EXISTS (SELECT 1 FROM message WHERE conversation_id = conversation.id)
            AND NOT EXISTS (SELECT 1 FROM outbox WHERE conversation_id = conversation.id AND state != 'cancelled')
        """,
        (conversation_id,),
    )


def mark_retry(item_id: int, error: str, *, retry_at: datetime) -> OutboxItem:
    """A transient failure: keep the item queued, try again at ``retry_at``."""
    error = one_line(error)  # a server's words: short, one line, no secrets
    database.execute_sql(
        "UPDATE outbox SET state = 'queued', last_error = ?, retry_at = ? WHERE id = ? AND state != 'sent'",
        (error, to_ms(retry_at), item_id),
    )
    return get(item_id)


def mark_doubt(item_id: int, error: str, *, retry_at: datetime) -> OutboxItem:
    """An attempt may have reached the platform: keep ``sending`` so the next
    attempt looks for it first."""
    error = one_line(error)  # a server's words: short, one line, no secrets
    database.execute_sql(
        "UPDATE outbox SET state = 'sending', last_error = ?, retry_at = ? WHERE id = ? AND state != 'sent'",
        (error, to_ms(retry_at), item_id),
    )
    return get(item_id)


def mark_failed(item_id: int, error: str) -> OutboxItem:
    """The platform refused the reply for good; the user must act."""
    error = one_line(error)  # a server's words: short, one line, no secrets
    database.execute_sql(
        "UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ? AND state != 'sent'", (error, item_id)
    )
    return get(item_id)


def mark_maybe_sent(item_id: int, error: str) -> OutboxItem:
    """An attempt in doubt that nothing can settle: never sent again by itself."""
    database.execute_sql(
        "UPDATE outbox SET state = 'maybe_sent', last_error = ?, retry_at = NULL WHERE id = ? AND state = 'sending'",
        (one_line(error), item_id),
    )
    return get(item_id)


def resend(item_id: int, *, now: datetime | None = None) -> OutboxItem:
    """The user checked: a reply that may have been sent did not arrive; send it again."""
    now = now or datetime.now(UTC)
    item = get(item_id)
    if item.state != OutboxState.MAYBE_SENT:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Reply {item_id} is {state}; only a reply that may have been sent can be resent."
            ),
            item_id=item_id,
            state=item.state,
        )
    database.execute_sql(
        """UPDATE outbox SET state = 'queued', retry_at = NULL, last_error = '', not_before = min(not_before, ?)
           WHERE id = ? AND state = 'maybe_sent'""",
        (to_ms(now), item_id),
    )
    return get(item_id)


def confirm_sent(item_id: int, *, now: datetime | None = None) -> OutboxItem:
    """The user checked: a reply that may have been sent did arrive. It is
    stored as our message, as a delivery would have stored it."""
    now = now or datetime.now(UTC)
    with database.atomic("IMMEDIATE"):
        item = get(item_id)
        if item.state != OutboxState.MAYBE_SENT:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Reply {item_id} is {state}; only a reply that may have been sent can be marked as sent."
                ),
                item_id=item_id,
                state=item.state,
            )
        return mark_sent(item_id, _as_sent(item, now), now=now)


def _as_sent(item: OutboxItem, now: datetime) -> Post:
    """The reply as the platform holds it, as far as the cache can tell: an
    e-mail keeps the Message-ID it was sent with, so the copy a later sync
    may find in Sent is the same message."""
    remote_id = (item.extra or {}).get("send_message_id") or f"outbox:{item.key}"
    parent = item.in_reply_to
    root = ingest.thread_roots(item.account_id, [parent]).get(parent) if parent else None
    return Post(
        remote_id=remote_id,
        author=accounts.get(item.account_id).me,
        text=item.text,
        created_at=now,
        kind=Kind(item.kind),
        direction=Direction.OUT,
        customer=customer_of(item.conversation_id),
        visibility=item.visibility,
        in_reply_to=parent,
        thread_root=root or parent or remote_id,
    )


def retry(item_id: int, *, now: datetime | None = None) -> OutboxItem:
    now = now or datetime.now(UTC)
    item = get(item_id)
    if item.state not in (OutboxState.FAILED, OutboxState.QUEUED):
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "Reply {item_id} is {state}; only a failed or queued reply can be retried."),
            item_id=item_id,
            state=item.state,
        )
    # Now: a reply waiting for its chosen time goes at once too ("Send now").
    database.execute_sql(
        """UPDATE outbox SET state = 'queued', retry_at = NULL, not_before = min(not_before, ?1),
               send_at = CASE WHEN send_at > ?1 THEN NULL ELSE send_at END
           WHERE id = ?2""",
        (to_ms(now), item_id),
    )
    return get(item_id)


def cancel(item_id: int, *, now: datetime | None = None) -> OutboxItem:
    """Take a reply back (undo, or cancel in the outbox): the conversation is
    where it was before, needing a reply since the customer's first
    unanswered message if nothing else answers it."""
    with database.atomic("IMMEDIATE"):
        item = get(item_id)
        if item.state in (OutboxState.SENT, OutboxState.SENDING):
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "Reply {item_id} is {state} and can no longer be cancelled."),
                item_id=item_id,
                state=item.state,
            )
        database.execute_sql("UPDATE outbox SET state = 'cancelled' WHERE id = ?", (item_id,))
        aggregate.recompute(item.conversation_id, now=now or datetime.now(UTC))
        cancelled = get(item_id)
        drop_if_unused(item.conversation_id)
    return cancelled


def edit(item_id: int, text: str) -> OutboxItem:
    item = get(item_id)
    if item.state not in (OutboxState.QUEUED, OutboxState.FAILED):
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "Reply {item_id} is {state} and can no longer be edited."),
            item_id=item_id,
            state=item.state,
        )
    if not text.strip():
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The reply is empty."))
    database.execute_sql("UPDATE outbox SET text = ?, state = 'queued', last_error = '' WHERE id = ?", (text, item_id))
    return get(item_id)


def count_waiting() -> int:
    return database.execute_sql(
        "SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending', 'failed', 'maybe_sent')"
    ).fetchone()[0]


def customer_of(conversation_id: int) -> Person:
    """The person a reply in this conversation goes to."""
    row = database.execute_sql(
        """
        SELECT i.platform, i.key, i.remote_id, i.handle, i.name, i.url
        FROM conversation c JOIN identity i ON i.id = c.identity_id WHERE c.id = ?
        """,
        (conversation_id,),
    ).fetchone()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "Conversation {conversation_id} has no customer to reply to."),
            conversation_id=conversation_id,
        )
    return Person(platform=Platform(row[0]), key=row[1], remote_id=row[2], handle=row[3], name=row[4], url=row[5])


def set_extra(item_id: int, extra: dict[str, str]) -> OutboxItem:
    """Remember what the connector chose for this reply before its first attempt."""
    database.execute_sql("UPDATE outbox SET extra = ? WHERE id = ?", (json.dumps(extra, ensure_ascii=False), item_id))
    return get(item_id)


def parent_extra(account_id: int, remote_id: str | None) -> dict[str, str]:
    """The platform data of the message a reply answers (threading needs it)."""
    if remote_id is None:
        return {}
    row = database.execute_sql(
        "SELECT extra FROM message WHERE account_id = ? AND remote_id = ?", (account_id, remote_id)
    ).fetchone()
    return json.loads(row[0]) if row and row[0] else {}


def next_due(account_id: int) -> datetime | None:
    """When the next waiting reply of this account may go (undo window, back-off)."""
    row = database.execute_sql(
        """
        SELECT min(max(not_before, coalesce(retry_at, 0))) FROM outbox
        WHERE account_id = ? AND state IN ('queued', 'sending')
        """,
        (account_id,),
    ).fetchone()
    return from_ms(row[0]) if row and row[0] is not None else None


def sent_texts(*, limit: int = 400) -> list[tuple[int | None, str]]:
    """Our latest replies with the customer each went to (for the canned check)."""
    return [
        (r[0], r[1])
        for r in database.execute_sql(
            """
            SELECT c.contact_id, m.text FROM message m JOIN conversation c ON c.id = m.conversation_id
            WHERE m.direction = 'out' ORDER BY m.time_key DESC LIMIT ?
            """,
            (limit,),
        )
    ]
