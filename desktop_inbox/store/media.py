"""Customers' media kept for offline reading: which files, where, how much.

A ``media`` row is made for every attachment worth keeping when its message
is stored (``store.ingest``); the sync fetches the wanted ones newest first
and records them here. Each account keeps at most its cap (1 GB by default):
past it, the media of the oldest messages go first (``evict_over_cap``), and
media older than everything kept are not fetched at all (no fetch-then-evict
loop). Turning an account's switch off releases what it kept. Functions that
release files return their paths; the caller deletes them after the commit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.store.handle import database, to_ms
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.words import QT_TRANSLATE_NOOP

WANTED, STORED, EVICTED, REFUSED, FAILED = "wanted", "stored", "evicted", "refused", "failed"
MAX_ATTEMPTS = 4
DEFAULT_CAP = 1 << 30
MIN_CAP = 10 * 1_000_000


@dataclass(frozen=True, slots=True)
class MediaJob:
    """One file for the sync to fetch."""

    id: int
    account_id: int
    conversation_id: int
    kind: str
    source: str
    preview: str
    message_remote_id: str
    message_extra: dict[str, str]
    message_key: int
    attempts: int


@dataclass(frozen=True, slots=True)
class MediaSettings:
    account_id: int
    keep: bool
    cap: int
    kept_bytes: int
    files: int
    waiting: int

    def to_json(self) -> dict[str, object]:
        return {
            "account_id": self.account_id,
            "keep": self.keep,
            "cap_bytes": self.cap,
            "bytes": self.kept_bytes,
            "files": self.files,
            "waiting": self.waiting,
        }


@dataclass(frozen=True, slots=True)
class MediaItem:
    """A kept attachment, for the viewer."""

    id: int
    message_id: int
    conversation_id: int
    kind: str
    alt: str
    name: str
    state: str
    error: str
    file: str | None
    thumb: str | None
    content_type: str
    bytes: int
    width: int | None
    height: int | None


def _attachment(raw: str | None, position: int) -> dict[str, Any]:
    items = json.loads(raw) if raw else []
    return items[position] if 0 <= position < len(items) and isinstance(items[position], dict) else {}


def settings(account_id: int) -> MediaSettings:
    row = database.execute_sql("SELECT media_keep, media_cap FROM account WHERE id = ?", (account_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no account {account_id}."), account_id=account_id)
    kept = database.execute_sql(
        """SELECT coalesce(sum(CASE WHEN state = 'stored' THEN bytes END), 0),
                  count(CASE WHEN state = 'stored' THEN 1 END),
                  count(CASE WHEN state = 'wanted' THEN 1 END)
           FROM media WHERE account_id = ?""",
        (account_id,),
    ).fetchone()
    return MediaSettings(account_id, bool(row[0]), int(row[1]), int(kept[0]), int(kept[1]), int(kept[2]))


def all_settings() -> list[MediaSettings]:
    return [settings(r[0]) for r in database.execute_sql("SELECT id FROM account ORDER BY id")]


def set_settings(account_id: int, *, keep: bool | None = None, cap: int | None = None) -> list[str]:
    """Change the switch or the cap; returns the files no longer kept."""
    if cap is not None and cap < MIN_CAP:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The media cap is at least {n} MB."), n=MIN_CAP // 1_000_000)
    with database.atomic("IMMEDIATE"):
        settings(account_id)  # NotFound for an unknown account
        if keep is not None:
            database.execute_sql("UPDATE account SET media_keep = ? WHERE id = ?", (int(keep), account_id))
        if cap is not None:
            database.execute_sql("UPDATE account SET media_cap = ? WHERE id = ?", (cap, account_id))
            # A larger cap: what was evicted may come back.
            database.execute_sql(
                "UPDATE media SET state = 'wanted' WHERE account_id = ? AND state = 'evicted'", (account_id,)
            )
        if keep is False:
            released = _release(account_id, "state = 'stored'")
            database.execute_sql(
                "UPDATE media SET state = 'evicted' WHERE account_id = ? AND state = 'wanted'", (account_id,)
            )
            return released
        if keep is True:
            database.execute_sql(
                "UPDATE media SET state = 'wanted' WHERE account_id = ? AND state = 'evicted'", (account_id,)
            )
        return evict_over_cap(account_id)


def _release(account_id: int, where: str, params: tuple[object, ...] = ()) -> list[str]:
    rows = database.execute_sql(
        f"SELECT id, file, thumb FROM media WHERE account_id = ? AND {where}", (account_id, *params)
    ).fetchall()
    for r in rows:
        database.execute_sql("UPDATE media SET state = 'evicted', file = NULL, thumb = NULL, bytes = 0 WHERE id = ?", (r[0],))
    return [p for r in rows for p in (r[1], r[2]) if p]


def wanted(account_id: int, *, limit: int) -> list[MediaJob]:
    """Files to fetch, newest messages first; none when the switch is off."""
    rows = database.execute_sql(
        """
        SELECT d.id, d.account_id, m.conversation_id, d.kind, m.attachments, d.position, m.remote_id, m.extra,
               d.message_key, d.attempts
        FROM media d JOIN message m ON m.id = d.message_id JOIN account a ON a.id = d.account_id
        WHERE d.account_id = ? AND d.state = 'wanted' AND a.media_keep = 1
        ORDER BY d.message_key DESC LIMIT ?
        """,
        (account_id, limit),
    )
    jobs = []
    for r in rows:
        item = _attachment(r[4], r[5])
        jobs.append(
            MediaJob(
                id=r[0],
                account_id=r[1],
                conversation_id=r[2],
                kind=r[3],
                source=str(item.get("source") or item.get("url") or ""),
                preview=str(item.get("preview") or ""),
                message_remote_id=r[6],
                message_extra=json.loads(r[7]) if r[7] else {},
                message_key=r[8],
                attempts=r[9],
            )
        )
    return jobs


def record_stored(
    media_id: int, *, file: str, thumb: str | None, size: int, content_type: str, width: int | None,
    height: int | None, now: datetime,
) -> None:
    database.execute_sql(
        """UPDATE media SET state = 'stored', file = ?, thumb = ?, bytes = ?, content_type = ?, width = ?, height = ?,
                  error = '', fetched_at = ?, attempts = attempts + 1 WHERE id = ?""",
        (file, thumb, size, content_type, width, height, to_ms(now), media_id),
    )


def record_failed(media_id: int, error: str, *, final: bool) -> None:
    """A fetch failed: tried again next time, until it is final (refused:
    a picture we will never show; or too many failures)."""
    database.execute_sql(
        f"""UPDATE media SET attempts = attempts + 1, error = ?,
                   state = CASE WHEN ? OR attempts + 1 >= {MAX_ATTEMPTS} THEN (CASE WHEN ? THEN 'refused' ELSE 'failed' END)
                           ELSE state END
            WHERE id = ?""",
        (one_line(error), int(final), int(final), media_id),
    )


def evict_over_cap(account_id: int) -> list[str]:
    """While the account keeps more than its cap, release the media of its
    oldest messages; returns the files to delete."""
    cap = settings(account_id).cap
    rows = database.execute_sql(
        "SELECT id, bytes, message_key FROM media WHERE account_id = ? AND state = 'stored' ORDER BY message_key DESC, id DESC",
        (account_id,),
    ).fetchall()
    total = 0
    over: list[int] = []
    for media_id, size, _key in rows:
        total += size
        if total > cap:
            over.append(media_id)
    if not over:
        return []
    marks = ",".join("?" * len(over))
    return _release(account_id, f"id IN ({marks})", tuple(over))


def settle_cap(account_id: int, media_id: int) -> tuple[list[str], bool]:
    """After ``media_id`` was kept: release what is over the cap. If that
    was ``media_id`` itself (the oldest kept, and it did not fit), every
    older file would go at once too: they are marked over the cap instead
    of fetched (True: stop fetching). Returns (files to delete, full)."""
    released = evict_over_cap(account_id)
    row = database.execute_sql("SELECT state, message_key FROM media WHERE id = ?", (media_id,)).fetchone()
    if row is None or row[0] != EVICTED:
        return released, False
    database.execute_sql(
        "UPDATE media SET state = 'evicted' WHERE account_id = ? AND state = 'wanted' AND message_key <= ?",
        (account_id, row[1]),
    )
    return released, True


def for_messages(message_ids: list[int]) -> dict[int, dict[int, dict[str, Any]]]:
    """message id -> position -> the kept file's facts (for the thread)."""
    found: dict[int, dict[int, dict[str, Any]]] = {}
    for start in range(0, len(message_ids), 500):
        chunk = message_ids[start : start + 500]
        rows = database.execute_sql(
            f"""SELECT message_id, position, id, state, file, thumb, bytes, content_type, width, height
                FROM media WHERE message_id IN ({",".join("?" * len(chunk))})""",
            chunk,
        )
        for r in rows:
            found.setdefault(r[0], {})[r[1]] = {
                "media_id": r[2],
                "state": r[3],
                "file": r[4] if r[3] == STORED else None,
                "thumb": r[5] if r[3] == STORED else None,
                "size": r[6] if r[3] == STORED else None,
                "content_type": r[7],
                "width": r[8],
                "height": r[9],
            }
    return found


def item(media_id: int) -> MediaItem:
    row = database.execute_sql(
        """SELECT d.id, d.message_id, m.conversation_id, d.kind, m.attachments, d.position, d.state, d.error,
                  d.file, d.thumb, d.content_type, d.bytes, d.width, d.height
           FROM media d JOIN message m ON m.id = d.message_id WHERE d.id = ?""",
        (media_id,),
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no kept picture {media_id}."), media_id=media_id)
    attachment = _attachment(row[4], row[5])
    return MediaItem(
        id=row[0], message_id=row[1], conversation_id=row[2], kind=row[3],
        alt=str(attachment.get("description") or ""), name=str(attachment.get("name") or ""),
        state=row[6], error=row[7], file=row[8], thumb=row[9], content_type=row[10], bytes=row[11],
        width=row[12], height=row[13],
    )


def files_named() -> set[str]:
    """Every file the cache names (what a sweep keeps)."""
    named = {
        p
        for r in database.execute_sql("SELECT file, thumb FROM media WHERE file IS NOT NULL OR thumb IS NOT NULL")
        for p in r
        if p
    }
    named.update(r[0] for r in database.execute_sql("SELECT file FROM outbox_media"))
    return named


def total_bytes() -> int:
    return int(database.execute_sql("SELECT coalesce(sum(bytes), 0) FROM media WHERE state = 'stored'").fetchone()[0])
