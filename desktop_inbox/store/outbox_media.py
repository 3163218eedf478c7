"""A queued reply's pictures, and what the platform gave back for each.

Exactly once, for the upload and the post together: each picture's upload
answer (a Mastodon media id, a Bluesky blob, an X media id) is committed
here *before* the post is attempted. A crash after an upload but before its
answer is saved costs one more upload (an unused file the platform cleans
up); a crash after it is saved reuses it, while it is fresh enough
(``fresh_after``). The post itself keeps the outbox's guarantees (its key,
``find_sent``), so it is never made twice. The files stay until the reply
has gone (or was cancelled a while ago).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_inbox.records import OutgoingMedia
from desktop_inbox.store.handle import database, to_ms


@dataclass(frozen=True, slots=True)
class StagedMedia:
    """A checked picture in the media folder, waiting to be queued."""

    file: str  # relative to the media folder
    alt: str
    content_type: str
    size: int
    width: int
    height: int


def add(outbox_id: int, items: Sequence[StagedMedia]) -> None:
    """Attach pictures to a reply (inside the caller's transaction)."""
    for position, m in enumerate(items):
        database.execute_sql(
            """INSERT INTO outbox_media (outbox_id, position, file, alt, content_type, bytes, width, height)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (outbox_id, position, m.file, m.alt, m.content_type, m.size, m.width, m.height),
        )


def for_item(outbox_id: int, *, fresh_after: datetime | None = None) -> list[OutgoingMedia]:
    """The reply's pictures in order (``path`` relative to the media folder);
    an upload older than ``fresh_after`` is not offered for reuse."""
    rows = database.execute_sql(
        """SELECT file, alt, content_type, bytes, width, height, upload, uploaded_at FROM outbox_media
           WHERE outbox_id = ? ORDER BY position""",
        (outbox_id,),
    )
    items = []
    for r in rows:
        upload = json.loads(r[6]) if r[6] else None
        if upload is not None and fresh_after is not None and (r[7] is None or r[7] < to_ms(fresh_after)):
            upload = None
        items.append(OutgoingMedia(r[0], r[1], r[2], r[3], r[4], r[5], upload))
    return items


def record_upload(outbox_id: int, position: int, upload: dict[str, Any], *, now: datetime) -> None:
    database.execute_sql(
        "UPDATE outbox_media SET upload = ?, uploaded_at = ? WHERE outbox_id = ? AND position = ?",
        (json.dumps(upload, ensure_ascii=False), to_ms(now), outbox_id, position),
    )


def for_items(outbox_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """outbox id -> its pictures as the thread shows them."""
    found: dict[int, list[dict[str, Any]]] = {}
    if not outbox_ids:
        return found
    rows = database.execute_sql(
        f"""SELECT outbox_id, file, alt, content_type, bytes FROM outbox_media
            WHERE outbox_id IN ({",".join("?" * len(outbox_ids))}) ORDER BY outbox_id, position""",
        outbox_ids,
    )
    for r in rows:
        found.setdefault(r[0], []).append(
            {"kind": "image", "description": r[2], "type": r[3], "file": r[1], "thumb": r[1], "size": r[4], "state": "stored"}
        )
    return found


def _unnamed(files: list[str]) -> list[str]:
    """Those of ``files`` no other reply names: an undone reply sent again
    shares its copies with the cancelled one."""
    return [f for f in dict.fromkeys(files) if not database.execute_sql("SELECT 1 FROM outbox_media WHERE file = ?", (f,)).fetchone()]


def release(outbox_id: int) -> list[str]:
    """Forget a reply's pictures (sent, or cancelled for good); returns the
    files to delete."""
    files = [r[0] for r in database.execute_sql("SELECT file FROM outbox_media WHERE outbox_id = ?", (outbox_id,))]
    database.execute_sql("DELETE FROM outbox_media WHERE outbox_id = ?", (outbox_id,))
    return _unnamed(files)


def release_finished(*, before: datetime) -> list[str]:
    """Forget the pictures of replies sent or cancelled before ``before``;
    returns their files (the caller deletes them). Cancelled ones are kept
    a while: an undone reply goes back to the composer with them."""
    where = """outbox_id IN (SELECT id FROM outbox WHERE state IN ('sent', 'cancelled')
                             AND coalesce(sent_at, created_at) < ?)"""
    files = [r[0] for r in database.execute_sql(f"SELECT file FROM outbox_media WHERE {where}", (to_ms(before),))]
    database.execute_sql(f"DELETE FROM outbox_media WHERE {where}", (to_ms(before),))
    return _unnamed(files)
