"""Where a cached message's attachments live on the platform."""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop_inbox.errors import NotFound
from desktop_inbox.store.schema import database
from desktop_inbox.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    account_id: int
    remote_id: str  # the message's id on the platform
    index: int
    name: str
    kind: str
    extra: dict[str, str]  # the message's platform data (e-mail: IMAP sections)


def attachment_ref(message_id: int, index: int) -> AttachmentRef:
    row = database.execute_sql(
        "SELECT account_id, remote_id, attachments, extra FROM message WHERE id = ?", (message_id,)
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no message {message_id}."), message_id=message_id)
    attachments = json.loads(row[2]) if row[2] else []
    if not 0 <= index < len(attachments):
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "Message {message_id} has no attachment {n}."),
            message_id=message_id,
            n=index + 1,
        )
    item = attachments[index]
    return AttachmentRef(
        account_id=row[0],
        remote_id=row[1],
        index=index,
        name=item.get("name") or f"attachment-{index + 1}",
        kind=item.get("kind") or "file",
        extra=json.loads(row[3]) if row[3] else {},
    )
