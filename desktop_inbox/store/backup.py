"""Backups of the cache: consistent snapshots taken while the app runs.

A snapshot uses SQLite's online backup API on a connection of its own, in
one step: that step reads inside one transaction, so in WAL mode it sees one
consistent state of the cache while the sync goes on writing. The copy is
written next to its destination, checked (``quick_check``) and only then
renamed into place, owner-only (0600). A backup is a single self-contained
SQLite file (rollback journal, no -wal), encrypted with the cache's key when
the cache is encrypted.

Tokens are never in the cache, so never in a backup. Restoring puts every
account into "needs sign-in" (the backup may come from another computer, its
keyring entries may be gone), and turns queued replies into replies "in
doubt", so that the platform is asked whether they went out after the backup
was taken before anything is sent again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_inbox.errors import BadInput, CacheDamaged, StoreError
from desktop_inbox.store import cipher, health, migrations
from desktop_inbox.words import QT_TRANSLATE_NOOP, STATUS, Phrase

log = logging.getLogger("desktop_inbox.store")

CACHE_FILE = "cache.sqlite3"
BACKUP_DIR = "backups"
AUTO_PREFIX = "auto-"
REPLACED_PREFIX = "replaced-"
SUFFIX = ".sqlite3"
AUTO_KEEP = 5  # automatic backups kept (one a day)
AUTO_EVERY = timedelta(hours=20)  # "daily", also for someone who starts the app a bit earlier each day
_AUTO_NAME = re.compile(r"^auto-(\d{8}-\d{6})\.sqlite3$")
_REQUIRED_TABLES = {"account", "conversation", "message", "outbox"}
RESTORED_NOTE = "Restored from a backup: please sign in again."
DOUBT_NOTE = "Restored from a backup: checked with the platform before it is sent."

KeyProvider = Callable[[], "str | None"]


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    schema_version: int
    accounts: int
    conversations: int
    messages: int
    outbox_waiting: int
    size: int
    encrypted: bool
    taken_at: datetime
    # Customers' media: files the cache had kept, and those the backup holds
    # (0 unless it was taken with them; without, the sync fetches them again).
    media_kept: int = 0
    media_files: int = 0
    media_bytes: int = 0

    @property
    def holds_media(self) -> bool:
        return self.media_files > 0

    def describe(self) -> Phrase:
        """What the backup holds, in one line (str() in English)."""
        if self.holds_media:
            media = QT_TRANSLATE_NOOP("Status", ", with {files} media files ({size:.1f} MB)")
            files: dict[str, object] = {"files": self.media_files, "size": self.media_bytes / 1e6}
        elif self.media_kept:
            media = QT_TRANSLATE_NOOP("Status", ", without the {files} media files kept (the sync fetches them again)")
            files = {"files": self.media_kept}
        else:
            media, files = QT_TRANSLATE_NOOP("Status", ", no media"), {}
        return Phrase(
            STATUS,
            QT_TRANSLATE_NOOP(
                "Status",
                "{file} ({when}, {messages} messages in {conversations} conversations, {accounts} account(s), "
                "{waiting} repl(y/ies) waiting, {size:.1f} MB{media}{encrypted})",
            ),
            {
                "file": self.path.name,
                "when": self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                "messages": self.messages,
                "conversations": self.conversations,
                "accounts": self.accounts,
                "waiting": self.outbox_waiting,
                "size": self.size / 1e6,
                "media": Phrase(STATUS, media, files),
                "encrypted": Phrase(STATUS, QT_TRANSLATE_NOOP("Status", ", encrypted") if self.encrypted else ""),
            },
        )


@dataclass(frozen=True, slots=True)
class RestoreResult:
    info: BackupInfo
    replaced: Path | None  # where the cache it replaced was kept
    accounts_to_sign_in: int
    replies_in_doubt: int


def backup_dir(data_dir: Path) -> Path:
    path = Path(data_dir) / BACKUP_DIR
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


def _new_private_file(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _describe(conn: Any, path: Path, *, encrypted: bool) -> BackupInfo:
    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    stat = path.stat()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    kept = count("SELECT count(*) FROM media WHERE state = 'stored'") if "media" in tables else 0
    held = (
        conn.execute(f"SELECT count(*), coalesce(sum(length(data)), 0) FROM {MEDIA_TABLE}").fetchone()
        if MEDIA_TABLE in tables
        else (0, 0)
    )
    return BackupInfo(
        path=path,
        schema_version=count("PRAGMA user_version"),
        accounts=count("SELECT count(*) FROM account"),
        conversations=count("SELECT count(*) FROM conversation"),
        messages=count("SELECT count(*) FROM message"),
        outbox_waiting=count("SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending')"),
        size=stat.st_size,
        encrypted=encrypted,
        taken_at=datetime.fromtimestamp(stat.st_mtime, tz=UTC),
        media_kept=kept,
        media_files=int(held[0]),
        media_bytes=int(held[1]),
    )


def snapshot(cache_path: Path, dest: Path, *, key: str | None = None, media_root: Path | None = None) -> BackupInfo:
    """Copy the live cache at ``cache_path`` into ``dest`` (replaced if it exists).

    With ``media_root`` (the data folder's media), the files the cache keeps
    go into the backup too (table ``backup_media``, encrypted with the cache
    when it is): one file still, to restore whole on another computer."""
    dest = Path(dest)
    if not Path(cache_path).exists():
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "There is no cache to back up yet."))
    if not dest.parent.is_dir():
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The folder {parent} does not exist."), parent=dest.parent)
    partial = dest.with_name(dest.name + ".partial")
    try:
        _new_private_file(partial)
        source = cipher.connect(cache_path, key=key, timeout=30)
        try:
            target = cipher.connect(partial, key=key)
            try:
                source.backup(target)  # one step: one consistent state of the cache
                target.execute("PRAGMA journal_mode = DELETE")
                if media_root is not None:
                    _add_media(target, media_root)
                problem = health.quick_check(target)
                if problem != "ok":
                    raise CacheDamaged(
                        QT_TRANSLATE_NOOP("Errors", "The cache is damaged ({problem}); the backup was not kept."),
                        problem=problem,
                    )
            finally:
                target.close()
        finally:
            source.close()
        _fsync(partial)
        os.replace(partial, dest)
        os.chmod(dest, 0o600)
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {dest} ({value})."),
            dest=dest,
            value=exc.strerror or exc,
        ) from None
    except cipher.db_errors() as exc:
        # "not a database" here means a missing or wrong key, not damage: the
        # cache itself was opened fine.
        if "malformed" in str(exc).lower():
            raise CacheDamaged(
                QT_TRANSLATE_NOOP("Errors", "The cache is damaged ({exc}); the backup was not kept."), exc=exc
            ) from None
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {dest} ({exc})."), dest=dest, exc=exc
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return inspect(dest, key_provider=lambda: key, full_check=False)


MEDIA_TABLE = "backup_media"


def _add_media(conn: Any, media_root: Path) -> None:
    """The kept files the snapshot names, inside it (missing ones are left out)."""
    conn.execute(f"CREATE TABLE {MEDIA_TABLE} (path TEXT PRIMARY KEY, data BLOB NOT NULL)")
    rows = conn.execute("SELECT file, thumb FROM media WHERE state = 'stored'").fetchall()
    for relative in (p for row in rows for p in row if p):
        target = (media_root / relative).resolve()
        if not target.is_relative_to(media_root.resolve()) or not target.is_file():
            continue
        conn.execute(f"INSERT OR IGNORE INTO {MEDIA_TABLE} (path, data) VALUES (?, ?)", (relative, target.read_bytes()))
    conn.commit()


def _restore_media(conn: Any, media_root: Path) -> int:
    """Write the files a backup holds back into the media folder, drop them
    from the cache, and mark as wanted again what is still missing."""
    from desktop_inbox.store.media_files import MediaFolder

    folder = MediaFolder(media_root.parent)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    written = 0
    if MEDIA_TABLE in tables:
        for relative, data in conn.execute(f"SELECT path, data FROM {MEDIA_TABLE}"):
            with contextlib.suppress(BadInput):
                folder.path(relative)  # never outside the folder
                folder.write(relative, data)
                written += 1
        conn.execute(f"DROP TABLE {MEDIA_TABLE}")
    if "media" in tables:
        for media_id, file in conn.execute("SELECT id, file FROM media WHERE state = 'stored'").fetchall():
            if not file or not (media_root / file).is_file():
                conn.execute(
                    "UPDATE media SET state = 'wanted', file = NULL, thumb = NULL, bytes = 0, attempts = 0 WHERE id = ?",
                    (media_id,),
                )
    return written


def _open_backup(path: Path, key_provider: KeyProvider | None) -> tuple[Any, bool]:
    path = Path(path)
    if not path.is_file():
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "No backup file at {path}."), path=path)
    encrypted = cipher.looks_encrypted(path)
    key = None
    if encrypted:
        key = key_provider() if key_provider is not None else None
        if key is None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is not a Desktop Inbox backup, or it is encrypted with a key this keyring does not have.",
                ),
                name=path.name,
            )
    else:
        try:
            health.check_header(path)
        except CacheDamaged:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a Desktop Inbox backup (not an SQLite database)."),
                name=path.name,
            ) from None
    try:
        conn = cipher.connect(f"file:{path}?mode=ro", key=key, uri=True)
    except cipher.db_errors() as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be opened ({exc})."), name=path.name, exc=exc
        ) from None
    return conn, encrypted


def inspect(path: Path, *, key_provider: KeyProvider | None = None, full_check: bool = True) -> BackupInfo:
    """Check a backup file and say what it holds; BadInput if it is unusable.

    ``full_check`` runs ``PRAGMA integrity_check`` (every page and index).
    """
    conn, encrypted = _open_backup(path, key_provider)
    # A damaged page can hold any bytes: text that is not UTF-8 too.
    unreadable: tuple[type[BaseException], ...] = (*cipher.db_errors(), UnicodeDecodeError)
    try:
        try:
            if full_check:
                rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
                if [r[0] for r in rows] != ["ok"]:
                    problems = "; ".join(str(r[0]) for r in rows)
                    raise BadInput(
                        QT_TRANSLATE_NOOP("Errors", "The backup {name} is damaged ({problems})."),
                        name=Path(path).name,
                        problems=problems[:300],
                    )
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except unreadable as exc:
            if encrypted and "not a database" in str(exc):
                raise BadInput(
                    QT_TRANSLATE_NOOP("Errors", "{name} is encrypted with another key, or it is not a database."),
                    name=Path(path).name,
                ) from None
            why = "pages that cannot be read" if isinstance(exc, UnicodeDecodeError) else exc
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "The backup {name} is damaged ({why})."), name=Path(path).name, why=why
            ) from None
        if version < 1 or not tables >= _REQUIRED_TABLES:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "{name} is an SQLite database, but not a Desktop Inbox cache."),
                name=Path(path).name,
            )
        if version > migrations.LATEST:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} was made by a newer Desktop Inbox (schema {version}; this version knows {latest}). Update the app to restore it.",
                ),
                name=Path(path).name,
                version=version,
                latest=migrations.LATEST,
            )
        return _describe(conn, Path(path), encrypted=encrypted)
    finally:
        conn.close()


def _side_files(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in ("-wal", "-shm", "-journal")]


def restore(backup: Path, data_dir: Path, *, key_provider: KeyProvider | None = None) -> RestoreResult:
    """Replace the cache in ``data_dir`` with ``backup``.

    The caller makes sure nothing has the cache open (``store.lock``). The
    replaced cache is kept in ``backups/`` until the next restore.
    """
    info = inspect(backup, key_provider=key_provider)
    key = key_provider() if info.encrypted and key_provider is not None else None
    data_dir = Path(data_dir)
    cache_path = data_dir / CACHE_FILE
    staging = data_dir / (CACHE_FILE + ".restoring")
    try:
        _new_private_file(staging)
        source = cipher.connect(f"file:{backup}?mode=ro", key=key, uri=True)
        try:
            target = cipher.connect(staging, key=key, isolation_level=None)
            try:
                source.backup(target)
                migrations.migrate(target)
                target.execute("BEGIN IMMEDIATE")
                signed_out = target.execute(
                    "UPDATE account SET state = 'needs_sign_in', state_detail = ?", (RESTORED_NOTE,)
                ).rowcount
                target.execute(
                    "UPDATE outbox SET state = 'sending', last_error = ?, retry_at = NULL WHERE state = 'queued'",
                    (DOUBT_NOTE,),
                )
                doubt = int(target.execute("SELECT count(*) FROM outbox WHERE state = 'sending'").fetchone()[0])
                _restore_media(target, data_dir / "media")
                target.execute("COMMIT")
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            source.close()
        _fsync(staging)
        replaced = _set_aside(cache_path, data_dir)
        os.replace(staging, cache_path)
        os.chmod(cache_path, 0o600)
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be restored ({value}); the cache was not changed."),
            value=exc.strerror or exc,
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
    health.clear_damage(data_dir)
    log.info("restored the cache from %s", info.path.name)
    return RestoreResult(info, replaced, signed_out, doubt)


def set_aside(data_dir: Path) -> Path | None:
    """Move a (damaged) cache out of the way; the next start begins empty."""
    return _set_aside(Path(data_dir) / CACHE_FILE, Path(data_dir))


def _set_aside(cache_path: Path, data_dir: Path) -> Path | None:
    """Move the current cache (and its WAL) into backups/, dropping older ones."""
    if not cache_path.exists():
        for side in _side_files(cache_path):
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        return None
    folder = backup_dir(data_dir)
    for old in folder.glob(REPLACED_PREFIX + "*"):
        with contextlib.suppress(OSError):
            old.unlink()
    stamp = datetime.now(UTC).astimezone().strftime("%Y%m%d-%H%M%S")
    kept = folder / f"{REPLACED_PREFIX}{stamp}{SUFFIX}"
    os.replace(cache_path, kept)
    for side, suffix in zip(_side_files(cache_path), ("-wal", "-shm", "-journal"), strict=True):
        if side.exists():
            os.replace(side, Path(str(kept) + suffix))
    return kept


# -- automatic backups ---------------------------------------------------------------


def auto_backups(data_dir: Path) -> list[Path]:
    """The automatic backups, newest first."""
    folder = Path(data_dir) / BACKUP_DIR
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _AUTO_NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def latest_auto(data_dir: Path) -> Path | None:
    backups = auto_backups(data_dir)
    return backups[0] if backups else None


def auto_due(data_dir: Path, *, now: datetime | None = None) -> bool:
    latest = latest_auto(data_dir)
    if latest is None:
        return True
    now = now or datetime.now(UTC)
    taken = datetime.strptime(_AUTO_NAME.match(latest.name).group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)  # type: ignore[union-attr]
    return now - taken >= AUTO_EVERY


def auto_backup(
    data_dir: Path, *, key: str | None = None, now: datetime | None = None, keep: int = AUTO_KEEP, force: bool = False
) -> BackupInfo | None:
    """Take the daily automatic backup if it is due; keep the newest ``keep``.

    A cache whose snapshot fails its check is marked damaged (the next
    start-up offers a restore) and no good backup is rotated away for it.
    """
    data_dir = Path(data_dir)
    now = now or datetime.now(UTC)
    if not force and not auto_due(data_dir, now=now):
        return None
    folder = backup_dir(data_dir)
    dest = folder / f"{AUTO_PREFIX}{now.astimezone(UTC).strftime('%Y%m%d-%H%M%S')}{SUFFIX}"
    try:
        info = snapshot(data_dir / CACHE_FILE, dest, key=key)
    except CacheDamaged as exc:
        health.mark_damaged(data_dir, str(exc))
        raise
    for old in auto_backups(data_dir)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    log.info("automatic backup %s", info.describe())
    return info


def remove_backups(data_dir: Path, *, encrypted: bool) -> int:
    """Delete automatic and set-aside backups that are (or are not) encrypted.

    After ``encrypt`` the plain copies would keep the history readable; after
    ``decrypt`` the encrypted ones could no longer be opened.
    """
    folder = Path(data_dir) / BACKUP_DIR
    removed = 0
    if not folder.is_dir():
        return 0
    for path in list(folder.iterdir()):
        if not path.name.startswith((AUTO_PREFIX, REPLACED_PREFIX)) or not path.name.endswith(SUFFIX):
            continue
        if cipher.looks_encrypted(path) == encrypted:
            for p in [path, *_side_files(path)]:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            removed += 1
    return removed
