"""The local cache: SQLite through peewee (or a team's PostgreSQL, ``pg/``). No network, no Qt."""

import importlib
import sys
import threading
import types

# What peewee imports at its top but uses only in what the cache seldom or
# never does: UUID fields and cursors, hashing a long constraint's name, IP
# address fields, a UTC timestamp conversion. Together ~6 ms of every start
# (hashlib loads OpenSSL); peewee gets them when it first uses one.
_DEFERRED = ("calendar", "hashlib", "socket", "uuid")
_loading = threading.Lock()


class _OnFirstUse(types.ModuleType):
    """Stands in for a module in peewee's globals until peewee uses it."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            # Asked of any module by import hooks and introspection (PySide's
            # check of each new module: inspect's __wrapped__, __file__): no
            # reason to load it, and it is still loading peewee.
            raise AttributeError(name)
        with _loading:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]  # (peewee still importing: the real one, not this)
            module = importlib.import_module(self.__name__)
            self.__dict__.update(module.__dict__)
        return getattr(module, name)


def _import_peewee_without_postgres() -> None:
    """peewee imports a PostgreSQL driver at its own import when one is
    installed: psycopg (for team databases) costs ~75 ms and loads asyncio
    at every start, before the first page is painted. The local cache needs
    no driver, so peewee is imported with them hidden; ``pg.database`` hands
    psycopg to peewee when a team database opens. The modules of
    ``_DEFERRED`` not yet loaded are lent to peewee as stand-ins that load
    them on first use (nothing else sees the stand-ins)."""
    if "peewee" in sys.modules:
        return
    hidden = [name for name in ("psycopg", "psycopg2", "psycopg2cffi") if name not in sys.modules]
    deferred = [name for name in _DEFERRED if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # (import raises ImportError)
    for name in deferred:
        sys.modules[name] = _OnFirstUse(name)
    try:
        import peewee  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]
        for name in deferred:
            if isinstance(sys.modules.get(name), _OnFirstUse):
                del sys.modules[name]


_import_peewee_without_postgres()
