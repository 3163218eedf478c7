"""How much the cache holds, and forgetting old history on request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_inbox.store import aggregate, search
from desktop_inbox.store.schema import database, from_ms, time_key_at

# Compact the file after removing this many messages (or a tenth of them).
VACUUM_AFTER = 5_000


@dataclass(frozen=True, slots=True)
class AccountDepth:
    account_id: int
    handle: str
    platform: str
    messages: int
    oldest: datetime | None
    history_since: datetime | None
    # Customers' media kept for offline reading (store.media).
    media_keep: bool = True
    media_cap: int = 0
    media_bytes: int = 0
    media_files: int = 0


@dataclass(frozen=True, slots=True)
class StorageReport:
    bytes_on_disk: int
    messages: int
    conversations: int
    contacts: int
    accounts: list[AccountDepth]
    media_bytes: int = 0  # kept pictures and files, beside the cache file
    media_files: int = 0


def cache_files(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def report(cache_path: Path) -> StorageReport:
    kept = {
        r[0]: (r[1], r[2])
        for r in database.execute_sql(
            "SELECT account_id, sum(bytes), count(*) FROM media WHERE state = 'stored' GROUP BY account_id"
        )
    }
    accounts = [
        AccountDepth(
            r[0], r[1], r[2], r[3], from_ms(r[4]) if r[4] is not None else None,
            from_ms(r[5]) if r[5] is not None else None,
            media_keep=bool(r[6]), media_cap=r[7], media_bytes=kept.get(r[0], (0, 0))[0],
            media_files=kept.get(r[0], (0, 0))[1],
        )
        for r in database.execute_sql(
            """
            SELECT a.id, a.handle, a.platform, count(m.id), min(m.created_at), a.history_since, a.media_keep, a.media_cap
            FROM account a LEFT JOIN message m ON m.account_id = a.id GROUP BY a.id ORDER BY a.id
            """
        )
    ]
    counts = database.execute_sql(
        "SELECT (SELECT count(*) FROM message), (SELECT count(*) FROM conversation), (SELECT count(*) FROM contact)"
    ).fetchone()
    size = sum(p.stat().st_size for p in cache_files(cache_path))
    return StorageReport(
        size, counts[0], counts[1], counts[2], accounts,
        media_bytes=sum(a.media_bytes for a in accounts), media_files=sum(a.media_files for a in accounts),
    )


def forget_older_than(before: datetime, *, account_id: int | None = None, now: datetime) -> int:
    """Remove messages written before ``before`` (and their index entries).

    Conversations left empty go too; the others are summarised again. Replies
    still in the outbox are never removed. Returns how many messages went.
    """
    # "Created before" is a range of time keys (migration 5 dropped the
    # created_at index).
    condition = "m.time_key < ? AND m.id NOT IN (SELECT message_id FROM outbox WHERE message_id IS NOT NULL AND state != 'sent')"
    params: tuple[object, ...] = (time_key_at(before),)
    if account_id is not None:
        condition += " AND m.account_id = ?"
        params += (account_id,)
    with database.atomic("IMMEDIATE"):
        touched = [
            r[0] for r in database.execute_sql(f"SELECT DISTINCT m.conversation_id FROM message m WHERE {condition}", params)
        ]
        removed = search.unindex_where(condition, params)
        database.execute_sql(
            f"DELETE FROM message WHERE id IN (SELECT m.id FROM message m WHERE {condition})", params
        )
        for conversation_id in touched:
            aggregate.recompute(conversation_id, now=now, drop_empty=True)
    return removed


def compact() -> None:
    """Give the space of removed rows back to the disk (VACUUM), then fold the WAL."""
    database.execute_sql("VACUUM")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
