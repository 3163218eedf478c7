"""Follow-ups: "remind me if no answer by …", on any conversation.

A follow-up that comes back is a snooze that ended: the conversation's
``snoozed_until`` takes the follow-up's time, and the one rule of
``ordering.derive_state`` brings it back needing a reply (unless we answered
or closed it since), the customer's clock running from that time. A
customer message written after the reminder was set answers it: the
reminder is dropped, and the message brings the conversation back as any
customer message does.
"""

from __future__ import annotations

from datetime import UTC, datetime

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.store.conversations import ConversationSummary, get_summary
from desktop_inbox.store.handle import database, to_ms
from desktop_inbox.words import QT_TRANSLATE_NOOP


def set_follow_up(conversation_id: int, at: datetime, *, now: datetime | None = None) -> ConversationSummary:
    """Bring the conversation back at ``at`` if the customer has not written by then."""
    now = now or datetime.now(UTC)
    if at <= now:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "Remind at a time in the future, not {astimezone:%Y-%m-%d %H:%M}."),
            astimezone=at.astimezone(),
        )
    with database.atomic("IMMEDIATE"):
        changed = database.execute_sql(
            "UPDATE conversation SET follow_up_at = ?, follow_up_set_at = ?, followed_up_at = NULL WHERE id = ?",
            (to_ms(at), to_ms(now), conversation_id),
        ).rowcount
        if not changed:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no conversation {conversation_id}."),
                conversation_id=conversation_id,
            )
    return get_summary(conversation_id)


def clear(conversation_id: int) -> ConversationSummary:
    """No reminder on this conversation (one that came back is no longer marked)."""
    changed = database.execute_sql(
        "UPDATE conversation SET follow_up_at = NULL, follow_up_set_at = NULL, followed_up_at = NULL WHERE id = ?",
        (conversation_id,),
    ).rowcount
    if not changed:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no conversation {conversation_id}."), conversation_id=conversation_id
        )
    return get_summary(conversation_id)


def wake_due(*, now: datetime | None = None, account_id: int | None = None) -> list[int]:
    """Follow-ups whose time has come: those the customer has not answered
    come back (their ids are returned); answered ones are dropped."""
    now = now or datetime.now(UTC)
    now_ms = to_ms(now)
    where, params = "follow_up_at IS NOT NULL AND follow_up_at <= ?", [now_ms]
    if account_id is not None:
        where += " AND account_id = ?"
        params.append(account_id)
    came_back: list[int] = []
    # Most of the time none is due: then no write lock is taken (a command
    # listing the inbox does not wait behind a sync storing a page).
    if database.execute_sql(f"SELECT 1 FROM conversation WHERE {where} LIMIT 1", params).fetchone() is None:
        return came_back
    with database.atomic("IMMEDIATE"):
        rows = database.execute_sql(
            f"SELECT id, follow_up_set_at, last_inbound_at FROM conversation WHERE {where}", params
        ).fetchall()
        for conversation_id, set_at, last_inbound_at in rows:
            if last_inbound_at is not None and set_at is not None and last_inbound_at > set_at:
                database.execute_sql("UPDATE conversation SET follow_up_at = NULL WHERE id = ?", (conversation_id,))
                continue
            # (A snooze that ends later keeps it away until then.)
            database.execute_sql(
                """
                UPDATE conversation SET followed_up_at = follow_up_at, follow_up_at = NULL,
                    snoozed_until = CASE WHEN snoozed_until > ?1 THEN snoozed_until ELSE follow_up_at END
                WHERE id = ?2
                """,
                (now_ms, conversation_id),
            )
            from desktop_inbox.store import aggregate  # (only when one comes back)

            aggregate.recompute(conversation_id, now=now)
            came_back.append(conversation_id)
    return came_back
