"""The store's one database (``database``) and the time conversions every
query uses, apart from the peewee models (``schema``, which re-exports them).

A module that only runs SQL imports them from here: reading a page of the
inbox does not build the ~30 model classes (milliseconds of every command).

Times are stored as integer UTC epoch milliseconds.
"""

from __future__ import annotations

from datetime import UTC, datetime

from desktop_inbox.store.cipher import CacheDatabase

# Bound at start-up by store.db.Cache (plain SQLite, or SQLCipher with a key).
database = CacheDatabase(None)


def to_ms(value: datetime) -> int:
    if value.tzinfo is None:
        raise ValueError("naive datetime reached the store")
    return int(value.timestamp() * 1000)


def from_ms(value: int) -> datetime:
    return datetime.fromtimestamp(value / 1000, tz=UTC)


def time_key_at(value: datetime) -> int:
    """The smallest time key of a message created at ``value`` or later: a
    message's key is its epoch milliseconds times 1024 plus a tie-breaker
    (migration 4), so "created before/after" is a range of keys."""
    return to_ms(value) << 10
