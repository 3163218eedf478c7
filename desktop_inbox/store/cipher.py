"""SQLite connections, plain or encrypted with SQLCipher.

An encrypted cache is recognised by its first bytes: a plain SQLite file
starts with ``SQLite format 3``, a SQLCipher file with random salt. So
start-up reads the keyring only when the cache is encrypted, and a plain
cache never needs ``sqlcipher3`` at all (it is an optional dependency).

The key is 32 random bytes, given to SQLCipher as a raw hex key (no key
derivation: it is already random), and kept in the keyring.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_inbox.errors import StoreError
from desktop_inbox.words import QT_TRANSLATE_NOOP

SQLITE_MAGIC = b"SQLite format 3\x00"


def _sqlcipher() -> Any:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The cache is encrypted, but SQLCipher support is not installed (pip install 'desktop-inbox[encryption]', which brings sqlcipher3).",
            )
        ) from None
    return dbapi2


def available() -> bool:
    try:
        from sqlcipher3 import dbapi2  # noqa: F401
    except ImportError:
        return False
    return True


def db_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes of every driver in use (sqlite3, sqlcipher3).

    SQLCipher's only once it is loaded (an encrypted cache or a backup
    loads it to open them): nothing else raises its errors, and loading it
    to learn them cost every start a few tens of milliseconds (bench/, 3)."""
    errors: list[type[BaseException]] = [sqlite3.Error]
    driver = sys.modules.get("sqlcipher3.dbapi2")
    if driver is not None:
        errors.append(driver.Error)
    return tuple(errors)


def new_key() -> str:
    import secrets  # (only encrypting needs it)

    return secrets.token_hex(32)


def key_pragma(key: str) -> str:
    if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "The cache key in the keyring is not valid."))
    return f"\"x'{key}'\""


def looks_encrypted(path: Path) -> bool:
    """True when ``path`` exists, is not empty and is not a plain SQLite file."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return False
    return len(head) > 0 and head != SQLITE_MAGIC


def connect(path: Path | str, *, key: str | None = None, **kwargs: Any) -> Any:
    """A DB-API connection: ``sqlite3`` for a plain file, ``sqlcipher3`` with ``key``."""
    if key is None:
        return sqlite3.connect(str(path), **kwargs)
    conn = _sqlcipher().connect(str(path), **kwargs)
    try:
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
    except BaseException:
        conn.close()
        raise
    return conn


def attach_sql(key: str | None) -> str:
    """``ATTACH ... KEY`` suffix for sqlcipher_export (empty key: plain)."""
    return f"KEY {key_pragma(key)}" if key else "KEY ''"


def export(source: Path, dest: Path, *, source_key: str | None, dest_key: str | None) -> None:
    """Copy a whole database into a new file with another key (or none).

    SQLCipher's online backup works only between files with the same key;
    ``sqlcipher_export`` re-creates schema and rows in the attached database.
    """
    if dest.exists():
        dest.unlink()
    fd = os.open(dest, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    driver = _sqlcipher()
    conn = driver.connect(str(source), isolation_level=None)
    try:
        if source_key:
            conn.execute(f"PRAGMA key = {key_pragma(source_key)}")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"ATTACH DATABASE ? AS target {attach_sql(dest_key)}", (str(dest),))
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {version}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()


class CacheDatabase(pw.SqliteDatabase):
    """peewee's SQLite database that opens SQLCipher files when given a key."""

    key: str | None = None

    def batched(self) -> contextlib.AbstractContextManager[None]:
        """Statements whose results are not read, sent together (a team
        database's pipeline, ``store.pg.database``): nothing to save here."""
        return contextlib.nullcontext()

    # peewee's private connection hooks (SqliteDatabase._connect), kept as they are.
    def _connect(self) -> Any:
        if self.key is None:
            return super()._connect()  # type: ignore[misc]
        conn = connect(self.database, key=self.key, timeout=self._timeout, isolation_level=None, **self.connect_params)  # type: ignore[attr-defined]
        try:
            self._add_conn_hooks(conn)  # type: ignore[attr-defined]
        except Exception:
            conn.close()
            raise
        return conn
