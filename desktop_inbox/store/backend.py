"""Which database the store's one ``handle.database`` is: the local SQLite
cache (the default) or a team's PostgreSQL.

Every store module and model holds that one object, so it is re-bound in
place (its class switched, then initialised) rather than replaced: the
SQLite path pays nothing for the choice (no proxy on each call). What only
SQLite has (FTS5, WAL checkpoints, PRAGMAs) stays inside the store; on
PostgreSQL ``store.pg`` stands in for it.
"""

from __future__ import annotations

from typing import Any

from desktop_inbox.store.cipher import CacheDatabase
from desktop_inbox.store.handle import database


def use_sqlite() -> None:
    """Make ``database`` SQLite again (a no-op unless a team database was open)."""
    if type(database) is not CacheDatabase:
        vars(database).clear()  # (what the other class's instance kept)
        database.__class__ = CacheDatabase
        CacheDatabase.__init__(database, None)


def use_postgres(dbname: str, **params: Any) -> None:
    """Make ``database`` the PostgreSQL database ``dbname`` (psycopg's
    connection parameters: host, port, user, password, sslmode, ...)."""
    from desktop_inbox.store.pg.database import TeamDatabase

    vars(database).clear()
    database.__class__ = TeamDatabase  # type: ignore[assignment]
    TeamDatabase.__init__(database, dbname, prefer_psycopg3=True, **params)


def is_postgres() -> bool:
    return type(database) is not CacheDatabase
