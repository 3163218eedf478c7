"""Opening a team's PostgreSQL database as the store's cache.

The same two threads as the local cache (one writer, one reader, each with
its own connection), so everything above runs unchanged; no file, no
checkpoints (the server keeps its own log).
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from desktop_inbox.store import backend
from desktop_inbox.store.db import Cache, secure_dir
from desktop_inbox.store.pg import migrations
from desktop_inbox.store.schema import database

log = logging.getLogger("desktop_inbox.store")


class TeamCache(Cache):
    """``Cache`` on the PostgreSQL database ``params`` name (psycopg's
    connection parameters: dbname, host, port, user, password, sslmode)."""

    shared = True

    def __init__(self, data_dir: Path, params: dict[str, Any]) -> None:
        self.data_dir = secure_dir(Path(data_dir))
        self.path = self.data_dir / "team"
        self.key = None
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-write")
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-read")
        self._closed = False
        self._checkpointer = None
        connect = dict(params)
        backend.use_postgres(str(connect.pop("dbname")), connect_timeout=10, **connect)
        try:
            self.started_at_version = self.call_write(lambda: migrations.migrate(database.connection()))
        except BaseException:
            self.close()
            raise

    def close(self, *, checkpoint: bool = False) -> None:
        super().close(checkpoint=False)
