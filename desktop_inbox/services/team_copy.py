"""A member's copy of the team's inbox on this computer, for the plane.

While the team server answers, the copy follows it (``refresh``: what
changed since its last look, every minute); when the server cannot be
reached at start, the app opens the copy instead (``open_offline``): reading
and searching work, and replies written there wait in it until the server is
back (``hand_over``, at the next start that reaches the server). One
mechanism, ``store.pg.local_copy``; nothing else replicates the team's data.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import Any

from desktop_inbox.errors import InboxError
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import team
from desktop_inbox.store.db import Cache
from desktop_inbox.store.pg import local_copy

log = logging.getLogger("desktop_inbox.services")

REFRESH_SECONDS = 60.0


def open_offline(data_dir: Path, secrets: Secrets) -> local_copy.OfflineCopy | None:
    """The copy as the store's cache, or None when there is none yet."""
    if not local_copy.copy_path(data_dir).exists():
        return None
    log.warning("team server unreachable: reading the copy on this computer")
    return local_copy.OfflineCopy(data_dir)


class TeamCopyService:
    """Keeps this folder's copy of the team's inbox up to date."""

    def __init__(self, data_dir: Path, secrets: Secrets) -> None:
        self.data_dir = Path(data_dir)
        self.secrets = secrets
        self.path = local_copy.copy_path(data_dir)

    def _connect(self) -> Any:
        params = team.connection_params(self.data_dir, self.secrets)
        if params is None:
            return None
        return local_copy.connect(params)

    def refresh_now(self) -> local_copy.Refreshed | None:
        """One refresh (blocking: run it off the UI thread); None when not in a team."""
        conn = self._connect()
        if conn is None:
            return None
        try:
            return local_copy.refresh(conn, self.path)
        finally:
            conn.close()

    def hand_over_now(self, cache: Cache) -> int:
        """Replies written offline into the team's outbox on ``cache`` (the
        team database, reachable again; blocking)."""
        return local_copy.hand_over(cache, self.path)

    async def keep_fresh(self, cache: Cache, every: float = REFRESH_SECONDS) -> None:
        """Hand over what was written offline, then refresh every ``every``
        seconds until cancelled; a server away for a while is tried again."""
        if cache.shared:
            with contextlib.suppress(InboxError, OSError):
                await asyncio.to_thread(self.hand_over_now, cache)
        while True:
            try:
                await asyncio.to_thread(self.refresh_now)
            except (InboxError, OSError) as exc:
                log.info("team copy not refreshed: %s", exc)
            except Exception:  # a driver's error: logged, tried again next time
                log.exception("team copy not refreshed")
            await asyncio.sleep(every)
