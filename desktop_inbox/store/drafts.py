"""Drafts: what the user is writing, saved as they type, per conversation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_inbox.store.schema import database, from_ms, to_ms


@dataclass(frozen=True, slots=True)
class Draft:
    conversation_id: int
    text: str
    kind: str  # "" (the conversation's way), "public" or "direct"
    updated_at: datetime


def save(conversation_id: int, text: str, kind: str = "", *, now: datetime | None = None) -> None:
    if not text.strip():
        delete(conversation_id)
        return
    database.execute_sql(
        """
        INSERT INTO draft (conversation_id, text, kind, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (conversation_id) DO UPDATE SET text = excluded.text, kind = excluded.kind,
            updated_at = excluded.updated_at
        """,
        (conversation_id, text, kind, to_ms(now or datetime.now(UTC))),
    )


def load(conversation_id: int) -> Draft | None:
    row = database.execute_sql(
        "SELECT conversation_id, text, kind, updated_at FROM draft WHERE conversation_id = ?", (conversation_id,)
    ).fetchone()
    return Draft(row[0], row[1], row[2], from_ms(row[3])) if row else None


def delete(conversation_id: int) -> None:
    database.execute_sql("DELETE FROM draft WHERE conversation_id = ?", (conversation_id,))
