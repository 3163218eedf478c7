"""Bluesky chat requests: conversations the customer started that the
account has not accepted yet (the connector marks each chat message with the
conversation's status, ``Post.extra["convo_status"]``)."""

from __future__ import annotations

from desktop_inbox.store.schema import database


def pending_request(conversation_id: int) -> tuple[int, str] | None:
    """(account id, chat conversation id) if the latest chat message of this
    conversation still says ``request``; else None."""
    row = database.execute_sql(
        """
        SELECT c.account_id, json_extract(m.extra, '$.convo_id'), json_extract(m.extra, '$.convo_status')
        FROM message m
        JOIN conversation c ON c.id = m.conversation_id
        JOIN account a ON a.id = c.account_id
        WHERE m.conversation_id = ? AND a.platform = 'bluesky' AND json_extract(m.extra, '$.convo_id') IS NOT NULL
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT 1
        """,
        (conversation_id,),
    ).fetchone()
    if row is None or row[2] != "request" or not row[1]:
        return None
    return int(row[0]), str(row[1])


def mark_accepted(conversation_id: int) -> None:
    database.execute_sql(
        """
        UPDATE message SET extra = json_set(extra, '$.convo_status', 'accepted')
        WHERE conversation_id = ? AND json_extract(extra, '$.convo_status') = 'request'
        """,
        (conversation_id,),
    )
