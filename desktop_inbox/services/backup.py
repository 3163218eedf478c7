"""Backups for the app and the command line: take, check, restore, rotate.

Snapshots run on a thread of their own with their own connection, never on
the cache's reader or writer (the UI keeps reading, the sync keeps writing)
and never on the Qt thread. Restoring replaces the cache file, so it needs
the data folder to itself: ``exclusive_folder`` takes both locks.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from desktop_inbox.errors import BadInput, CacheBusy, InboxError
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import destination, encryption
from desktop_inbox.services.opening import open_cache
from desktop_inbox.store import backup, health, lock
from desktop_inbox.store.backup import BACKUP_DIR, BackupInfo, RestoreResult
from desktop_inbox.store.db import Cache
from desktop_inbox.store.media_files import MEDIA_DIR
from desktop_inbox.words import QT_TRANSLATE_NOOP, Phrase, term

__all__ = ["BACKUP_DIR", "BackupInfo", "BackupService", "RestoreResult", "auto_backups", "check_backup",
           "exclusive_folder", "latest_auto", "open_cache", "restore", "start_afresh"]

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("desktop_inbox.services")

P = ParamSpec("P")
T = TypeVar("T")

# The first automatic backup waits a little after start-up: the window and
# the first sync come first.
AUTO_DELAY = 90.0
AUTO_CHECK = 3600.0


async def _off_thread(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    # asyncio is imported here, not at the top: the app opens its cache with
    # this module and paints its first page before asyncio loads.
    import asyncio

    return await asyncio.to_thread(fn, *args, **kwargs)


class BackupService:
    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.data_dir = cache.data_dir

    async def backup_to(self, path: Path, *, overwrite: bool = False, with_media: bool = False) -> BackupInfo:
        """A backup at ``path``; ``with_media``: the kept customers' files in it
        too (automatic backups never hold them: five copies of a gigabyte)."""
        if self.cache.shared:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This inbox is the team's database: back it up on its server (pg_dump); backup copies a local cache.",
                )
            )
        # The data folder is the app's: its automatic backups go there, the user's never.
        dest = destination.check(path, data_dir=self.data_dir, force=overwrite, what=term(QT_TRANSLATE_NOOP("Errors", "backup")))
        media_root = self.data_dir / MEDIA_DIR if with_media else None
        return await _off_thread(backup.snapshot, self.cache.path, dest, key=self.cache.key, media_root=media_root)

    async def auto_backup(self, *, now: datetime | None = None, force: bool = False) -> BackupInfo | None:
        if self.cache.shared:
            return None  # (the team's server keeps its own; the local file is not in use)
        return await _off_thread(backup.auto_backup, self.data_dir, key=self.cache.key, now=now, force=force)

    async def inspect(self, path: Path) -> BackupInfo:
        key = self.cache.key

        def check() -> BackupInfo:
            return backup.inspect(Path(path).expanduser(), key_provider=lambda: key)

        return await _off_thread(check)

    async def run_automatic(
        self,
        stop: asyncio.Event,
        *,
        on_error: Callable[[InboxError], None] | None = None,
        delay: float = AUTO_DELAY,
        every: float = AUTO_CHECK,
    ) -> None:
        """The daily automatic backup, for as long as the app runs.

        A failure (disk full, damage found by the check) is reported and
        tried again at the next check; it never stops the app.
        """
        import asyncio

        wait = delay
        while not stop.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)
            if stop.is_set():
                return
            try:
                await self.auto_backup()
            except InboxError as exc:
                log.warning("automatic backup failed: %s", exc)
                if on_error is not None:
                    on_error(exc)
            wait = every


def start_afresh(data_dir: Path) -> Path | None:
    """Move a damaged cache into backups/ so that the next open starts empty."""
    kept = backup.set_aside(data_dir)
    health.clear_damage(data_dir)
    return kept


def latest_auto(data_dir: Path, secrets: Secrets) -> BackupInfo | None:
    """The newest automatic backup that is readable, or None (no full check)."""
    provider = encryption.key_provider(secrets, data_dir)
    for path in backup.auto_backups(data_dir):
        try:
            return backup.inspect(path, key_provider=provider, full_check=False)
        except BadInput:
            continue
    return None


@contextlib.contextmanager
def exclusive_folder(data_dir: Path, *, what: str | Phrase) -> Iterator[None]:
    """Hold the app and sync locks of ``data_dir``, or raise CacheBusy."""
    app_lock = lock.FolderLock(data_dir, lock.APP)
    sync_lock = lock.FolderLock(data_dir, lock.SYNC)
    try:
        if not app_lock.acquire():
            raise CacheBusy(
                QT_TRANSLATE_NOOP("Errors", "Desktop Inbox is open on this data folder: quit it first, then {what}."),
                what=what,
            )
        if not sync_lock.acquire():
            raise CacheBusy(
                QT_TRANSLATE_NOOP("Errors", "A sync is running on this data folder: stop it first, then {what}."),
                what=what,
            )
        yield
    finally:
        sync_lock.release()
        app_lock.release()


def restore(data_dir: Path, path: Path, secrets: Secrets) -> RestoreResult:
    """Replace the (closed) cache with a backup; the caller holds the locks."""
    return backup.restore(Path(path).expanduser(), data_dir, key_provider=encryption.key_provider(secrets, data_dir))


def auto_backups(data_dir: Path) -> list[Path]:
    """The automatic backups of ``data_dir``, newest first."""
    return backup.auto_backups(data_dir)


def check_backup(data_dir: Path, path: Path, secrets: Secrets) -> BackupInfo:
    """Read a backup whole and say what it holds (BadInput if it is unsound)."""
    return backup.inspect(Path(path).expanduser(), key_provider=encryption.key_provider(secrets, data_dir))
