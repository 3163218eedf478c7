"""The stored facts a platform's reply rule judges when a reply is queued."""

from __future__ import annotations

import json

from desktop_inbox.errors import NotFound
from desktop_inbox.records import Kind, ReplyFacts
from desktop_inbox.store import accounts
from desktop_inbox.store.schema import database, from_ms
from desktop_inbox.words import QT_TRANSLATE_NOOP


def load(conversation_id: int, *, direct: bool | None) -> ReplyFacts:
    """What a reply to ``conversation_id`` would be (``direct`` as for
    ``outbox.queue_reply``) and what it would answer."""
    row = database.execute_sql(
        "SELECT account_id, kind, reply_to, last_inbound_at FROM conversation WHERE id = ?", (conversation_id,)
    ).fetchone()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no conversation {conversation_id}."), conversation_id=conversation_id
        )
    account_id, kind, reply_to, last_inbound = row
    account = accounts.get(account_id)
    answering_at = None
    answering_extra: dict[str, str] = {}
    earlier = 0
    if reply_to is not None:
        message = database.execute_sql(
            "SELECT created_at, extra FROM message WHERE account_id = ? AND remote_id = ?", (account_id, reply_to)
        ).fetchone()
        if message is not None:
            answering_at = from_ms(message[0])
            answering_extra = json.loads(message[1]) if message[1] else {}
        earlier = database.execute_sql(
            """
            SELECT count(*) FROM outbox WHERE account_id = ? AND in_reply_to = ? AND kind = 'direct'
                AND state IN ('queued', 'sending', 'sent')
            """,
            (account_id, reply_to),
        ).fetchone()[0]
    return ReplyFacts(
        platform=account.platform,
        conversation_kind=Kind(kind),
        direct=kind == Kind.DIRECT or bool(direct),
        last_inbound_at=from_ms(last_inbound) if last_inbound is not None else None,
        answering_at=answering_at,
        answering_extra=answering_extra,
        earlier_private_replies=earlier,
        account_extra=account.extra,
    )
