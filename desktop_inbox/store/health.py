"""Is the cache file sound? Cheap checks at start-up, full ones off the UI.

``PRAGMA integrity_check`` reads every page: seconds to minutes on a cache of
a million messages, far too slow for start-up. Start-up therefore checks what
breaks first and costs nothing: the file header, the schema (page 1), and the
first and last row of every table (the path from each B-tree's root to both
ends, which also finds a truncated file). Damage found later by any query
leaves a marker file, so the next start-up offers the restore even when the
cheap probe would pass. The full ``quick_check`` runs on every automatic
backup, in the background.
"""

from __future__ import annotations

import contextlib
import logging
import os
import struct
from pathlib import Path
from typing import Any

from desktop_inbox.errors import CacheDamaged
from desktop_inbox.store.cipher import SQLITE_MAGIC
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.store")

DAMAGE_MARKER = "cache.damaged"
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "file is encrypted")


def is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(word in text for word in _DAMAGE_WORDS)


def check_header(path: Path) -> None:
    """A plain cache file must start with SQLite's header and hold whole pages."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        return  # a new cache
    with open(path, "rb") as f:
        head = f.read(100)
    if len(head) < 100 or head[:16] != SQLITE_MAGIC:
        raise CacheDamaged(
            QT_TRANSLATE_NOOP("Errors", "The cache file is damaged: its header is not a database header.")
        )
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        raise CacheDamaged(
            QT_TRANSLATE_NOOP("Errors", "The cache file is damaged: it is cut off in the middle of a page.")
        )
    # The header's page count is valid when its "version valid for" matches
    # the change counter. With a WAL that is not empty, a checkpoint cut short
    # by a crash may have written page 1 before the pages past the old end:
    # SQLite finishes it from the WAL, so the check only holds without one.
    change_counter, pages = struct.unpack(">II", head[24:32])
    valid_for = struct.unpack(">I", head[92:96])[0]
    wal = Path(str(path) + "-wal")
    wal_empty = not wal.exists() or wal.stat().st_size == 0
    if wal_empty and valid_for == change_counter and pages * page_size > size:
        raise CacheDamaged(
            QT_TRANSLATE_NOOP("Errors", "The cache file is damaged: it is shorter than its header says (cut off).")
        )


def probe(conn: Any) -> None:
    """Touch page 1 and both ends of every table; raise CacheDamaged on damage."""
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL").fetchall()
        for name, sql in tables:
            quoted = '"' + str(name).replace('"', '""') + '"'
            if "VIRTUAL TABLE" in str(sql).upper():
                continue  # its shadow tables are probed instead
            if "WITHOUT ROWID" in str(sql).upper():
                conn.execute(f"SELECT * FROM {quoted} LIMIT 1").fetchall()
                continue
            conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid LIMIT 1").fetchall()
            conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid DESC LIMIT 1").fetchall()
    except Exception as exc:
        if is_damage(exc):
            raise CacheDamaged(QT_TRANSLATE_NOOP("Errors", "The cache file is damaged ({exc})."), exc=exc) from None
        raise


def quick_check(conn: Any) -> str:
    """'ok' or the first problem ``PRAGMA quick_check`` found (reads every page)."""
    try:
        row = conn.execute("PRAGMA quick_check(1)").fetchone()
    except Exception as exc:
        if is_damage(exc):
            return str(exc)
        raise
    return str(row[0]) if row else "no answer"


def mark_damaged(data_dir: Path, reason: str) -> None:
    """Remember damage seen at run time, for the next start-up."""
    marker = data_dir / DAMAGE_MARKER
    with contextlib.suppress(OSError):
        fd = os.open(marker, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(reason[:500] + "\n")
        log.error("cache damage noted: %s", reason)


def damage_noted(data_dir: Path) -> str | None:
    try:
        return (data_dir / DAMAGE_MARKER).read_text(encoding="utf-8").strip() or "damaged"
    except OSError:
        return None


def clear_damage(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (data_dir / DAMAGE_MARKER).unlink()
