"""The local cache: SQLite through peewee (or a team's PostgreSQL, ``pg/``). No network, no Qt."""

import sys


def _import_peewee_without_postgres() -> None:
    """peewee imports a PostgreSQL driver at its own import when one is
    installed: psycopg (for team databases) costs ~75 ms and loads asyncio
    at every start, before the first page is painted. The local cache needs
    no driver, so peewee is imported with them hidden; ``pg.database`` hands
    psycopg to peewee when a team database opens."""
    if "peewee" in sys.modules:
        return
    hidden = [name for name in ("psycopg", "psycopg2", "psycopg2cffi") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # (import raises ImportError)
    try:
        import peewee  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]


_import_peewee_without_postgres()
