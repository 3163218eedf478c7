"""New ids that the store hands out itself (rows that go in with one
``executemany``, their ids known before: ingest's new people and
conversations).

On SQLite the single writer holds the write lock, so the next free rowid is
max(id) + 1, the very id SQLite would give them one by one. A team database
has several writers: its ids come from each table's sequence, a few at a
time (an id taken and not used is a gap, never a collision).
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
        self._left: deque[int] = deque()
        self._ask = 8

    def take(self) -> int:
        if self._shared:
            if not self._left:
                self._left.extend(
                    r[0]
                    for r in database.execute_sql(
                        "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)", (self.table, self._ask)
                    )
                )
                self._ask = min(self._ask * 2, _MOST)
            return self._left.popleft()
        if self._next is None:
            self._next = int(database.execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {self.table}").fetchone()[0])
        new_id = self._next
        self._next += 1
        return new_id
