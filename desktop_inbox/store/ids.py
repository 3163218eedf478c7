"""New ids that the store hands out itself (rows that go in with one
``executemany``, their ids known before: ingest's new people and
conversations).

On SQLite the single writer holds the write lock, so the next free rowid is
max(id) + 1, the very id SQLite would give them one by one. A team database
has several writers: its ids come from each table's sequence, a few at a
time (an id taken and not used is a gap, never a collision). The ids taken
and not yet handed out are kept for the next transactions (a sequence does
not roll back: they stay this app's alone), until the store's database is
bound anew (``store.backend`` clears them): a page of a sync then asks the
server for none, not one round trip a table.
"""

from __future__ import annotations

from collections import deque

from desktop_inbox.store import backend
from desktop_inbox.store.schema import database

_MOST = 1024  # ids asked of a sequence at once, at most


class NewIds:
    """The new ids of ``table``, for one write transaction."""

    def __init__(self, table: str) -> None:
        self.table = table
        self._next: int | None = None
        self._shared = backend.is_postgres()

    def take(self) -> int:
        if self._shared:
            return _reserve(self.table).take()
        if self._next is None:
            self._next = int(database.execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {self.table}").fetchone()[0])
        new_id = self._next
        self._next += 1
        return new_id


class _Reserve:
    """A team database's ids of one table taken from its sequence and not
    handed out yet (asked for 8, 16, ... at most ``_MOST`` at a time)."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.left: deque[int] = deque()
        self.ask = 8

    def take(self) -> int:
        if not self.left:
            self.left.extend(
                r[0]
                for r in database.execute_sql(
                    "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)", (self.table, self.ask)
                )
            )
            self.ask = min(self.ask * 2, _MOST)
        return self.left.popleft()


def _reserve(table: str) -> _Reserve:
    # Kept on the database object: binding it anew (another team database,
    # or the same one after the server came back) clears its attributes.
    reserves: dict[str, _Reserve] = vars(database).setdefault("_new_id_reserves", {})
    found = reserves.get(table)
    if found is None:
        found = reserves[table] = _Reserve(table)
    return found
