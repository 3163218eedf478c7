"""Response times: for every customer message that needed a reply, how long
until our first answer.

A waiting period starts with a customer message that follows one of ours (or
opens the conversation); it ends with our next message in that conversation.
A post heard by listening was not addressed to us: its conversation counts
only once we have answered it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_inbox.store.schema import database, from_ms, time_key_at


@dataclass(frozen=True, slots=True)
class Wait:
    conversation_id: int
    platform: str
    asked_at: datetime
    answered_at: datetime | None

    @property
    def seconds(self) -> float | None:
        return (self.answered_at - self.asked_at).total_seconds() if self.answered_at else None


def waits(since: datetime, until: datetime | None = None) -> list[Wait]:
    """Every waiting period that started in [since, until)."""
    # The messages of the period are a range of time keys: the search
    # index's order, with no index on created_at of its own (migration 5).
    params: list[object] = [time_key_at(since)]
    upper = ""
    if until is not None:
        upper = "AND m.time_key < ?"
        params.append(time_key_at(until))
    rows = database.execute_sql(
        f"""
        WITH recent AS (
            SELECT m.conversation_id, m.direction, m.created_at, m.time_key,
                   lag(m.direction) OVER (PARTITION BY m.conversation_id ORDER BY m.created_at, m.id) AS before
            FROM message m
            WHERE m.conversation_id IN (
                SELECT DISTINCT conversation_id FROM message m WHERE m.time_key >= ? {upper}
            )
        )
        SELECT r.conversation_id, a.platform, r.created_at,
               (SELECT min(o.created_at) FROM message o
                 WHERE o.conversation_id = r.conversation_id AND o.direction = 'out' AND o.created_at >= r.created_at)
        FROM recent r
        JOIN conversation c ON c.id = r.conversation_id
        JOIN account a ON a.id = c.account_id
        WHERE r.direction = 'in' AND (r.before IS NULL OR r.before = 'out')
          AND r.time_key >= ? {upper.replace('m.', 'r.')}
          AND (c.heard = 0 OR EXISTS (SELECT 1 FROM message o WHERE o.conversation_id = c.id AND o.direction = 'out'))
        ORDER BY r.created_at
        """,
        params + params,
    )
    return [Wait(r[0], r[1], from_ms(r[2]), from_ms(r[3]) if r[3] is not None else None) for r in rows]
