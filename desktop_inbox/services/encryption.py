"""Privacy at rest: the cache encrypted with SQLCipher, its key in the keyring.

The keyring entry's name (not the key) is written to ``encryption.json`` in
the data folder, so the folder can move and still find its key. Encrypting
and decrypting rewrite the whole cache into a new file, check it (same
schema, same row counts, ``quick_check``) and only then put it in place. The
copies the old format left behind (automatic backups) are removed: plain
ones would keep the history readable, encrypted ones would be unreadable
without the key.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_inbox.errors import BadInput, StoreError
from desktop_inbox.secrets import Secrets
from desktop_inbox.store import backup, cipher, health
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.services")

SIDECAR = "encryption.json"
_COUNTED = ("account", "conversation", "message", "outbox", "draft")


@dataclass(frozen=True, slots=True)
class EncryptionResult:
    encrypted: bool
    messages: int
    backups_removed: int


class CacheKey:
    """The cache key of one data folder, in the keyring."""

    def __init__(self, secrets: Secrets, data_dir: Path) -> None:
        self.secrets = secrets
        self.data_dir = Path(data_dir)

    @property
    def _sidecar(self) -> Path:
        return self.data_dir / SIDECAR

    def _ref(self, *, create: bool = False) -> str | None:
        try:
            ref = json.loads(self._sidecar.read_text(encoding="utf-8")).get("keyring_entry")
            if isinstance(ref, str) and ref:
                return ref
        except (OSError, ValueError, AttributeError):
            pass
        if not create:
            return None
        ref = f"cache-key:{uuid.uuid4()}"
        fd = os.open(self._sidecar, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"keyring_entry": ref}, f)
        return ref

    def load(self) -> str | None:
        ref = self._ref()
        if ref is None:
            return None
        value = self.secrets.load(ref)
        key = value.get("key") if value else None
        return key if isinstance(key, str) else None

    def create(self) -> str:
        key = cipher.new_key()
        ref = self._ref(create=True)
        assert ref is not None
        self.secrets.save(ref, {"key": key})
        return key

    def delete(self) -> None:
        ref = self._ref()
        if ref is not None:
            self.secrets.delete(ref)
        with contextlib.suppress(FileNotFoundError):
            self._sidecar.unlink()


def key_provider(secrets: Secrets, data_dir: Path) -> Callable[[], str | None]:
    """What ``Cache`` asks, only when the cache file is encrypted."""
    return CacheKey(secrets, data_dir).load


def is_encrypted(data_dir: Path) -> bool:
    return cipher.looks_encrypted(Path(data_dir) / backup.CACHE_FILE)


def _counts(path: Path, key: str | None) -> dict[str, int]:
    conn = cipher.connect(path, key=key)
    try:
        problem = health.quick_check(conn)
        if problem != "ok":
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The converted cache failed its check ({problem}); the cache was not changed."
                ),
                problem=problem,
            )
        counts = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in _COUNTED}
        counts["schema"] = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return counts
    finally:
        conn.close()


def _convert(data_dir: Path, *, source_key: str | None, dest_key: str | None) -> int:
    cache_path = Path(data_dir) / backup.CACHE_FILE
    if not cache_path.exists():
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "There is no cache in this data folder yet."))
    staging = Path(data_dir) / (backup.CACHE_FILE + ".converting")
    try:
        before = _counts(cache_path, source_key)
        cipher.export(cache_path, staging, source_key=source_key, dest_key=dest_key)
        after = _counts(staging, dest_key)
        if after != before:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The converted cache does not match ({before} vs {after}); the cache was not changed."
                ),
                before=before,
                after=after,
            )
        # The export read the WAL too; an old WAL must never meet the new file.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(cache_path) + suffix).unlink()
        os.replace(staging, cache_path)
        os.chmod(cache_path, 0o600)
        return before["message"]
    finally:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()


def encrypt(data_dir: Path, secrets: Secrets) -> EncryptionResult:
    """Plain cache -> SQLCipher; the caller holds the folder's locks."""
    if not cipher.available():
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Encryption needs SQLCipher: pip install sqlcipher3 (or 'desktop-inbox[encryption]')."
            )
        )
    if is_encrypted(data_dir):
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The cache is already encrypted."))
    secrets.check()  # a key nobody can keep safe is worse than none
    keys = CacheKey(secrets, data_dir)
    key = keys.create()
    try:
        messages = _convert(data_dir, source_key=None, dest_key=key)
    except BaseException:
        keys.delete()
        raise
    removed = backup.remove_backups(data_dir, encrypted=False)
    log.info("cache encrypted; %d plain backup(s) removed", removed)
    return EncryptionResult(True, messages, removed)


def decrypt(data_dir: Path, secrets: Secrets) -> EncryptionResult:
    """SQLCipher cache -> plain; the key is deleted from the keyring."""
    if not is_encrypted(data_dir):
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The cache is not encrypted."))
    keys = CacheKey(secrets, data_dir)
    key = keys.load()
    if key is None:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "The cache key is not in this keyring, so the cache cannot be decrypted.")
        )
    messages = _convert(data_dir, source_key=key, dest_key=None)
    removed = backup.remove_backups(data_dir, encrypted=True)
    keys.delete()
    log.info("cache decrypted; %d encrypted backup(s) removed", removed)
    return EncryptionResult(False, messages, removed)
