"""A member's copy of the team's inbox on this computer, for the plane.

While the team server answers, the copy follows it (``refresh``: what
changed since its last look, every minute); when the server cannot be
reached, at start or while the app runs, the app reads the copy instead
(``open_offline``; ``TeamSwitch``): reading and searching work, and replies
written there wait in it until the server is back (``hand_over``, as soon as
the app is back on the team's database). One mechanism,
``store.pg.local_copy``; nothing else replicates the team's data.
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
from desktop_inbox.services.events import Hook
from desktop_inbox.store.db import Cache
from desktop_inbox.store.pg import local_copy
from desktop_inbox.store.pg.switch import TeamOrCopy

log = logging.getLogger("desktop_inbox.services")

REFRESH_SECONDS = 60.0
# While the copy is read: how often the app looks whether the server is
# back (besides the live listener, which tells at once when it connects).
PROBE_SECONDS = 10.0


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
        seconds until cancelled; a server away for a while is tried again
        (while the app reads the copy, ``TeamSwitch`` does both)."""
        if cache.shared and not getattr(cache, "offline", False):
            with contextlib.suppress(InboxError, OSError):
                await asyncio.to_thread(self.hand_over_now, _team_side(cache))
        while True:
            if getattr(cache, "offline", False):
                await asyncio.sleep(every)
                continue
            try:
                await asyncio.to_thread(self.refresh_now)
            except (InboxError, OSError) as exc:
                log.info("team copy not refreshed: %s", exc)
            except Exception:  # a driver's error: logged, tried again next time
                log.exception("team copy not refreshed")
            await asyncio.sleep(every)


def _team_side(cache: Cache) -> Cache:
    return cache.team if isinstance(cache, TeamOrCopy) and cache.team is not None else cache


def open_switching(data_dir: Path, secrets: Secrets) -> TeamOrCopy | None:
    """The app's team inbox (None: not in a team): the team's database, or
    this computer's copy when its server cannot be reached now; the app
    switches between them while it runs (``TeamSwitch``). Raises
    TeamUnreachable when the server is away and there is no copy yet."""
    from desktop_inbox.errors import TeamUnreachable

    params = team.connection_params(data_dir, secrets)
    if params is None:
        return None
    try:
        shared = team.open_team_cache(data_dir, secrets)
    except TeamUnreachable:
        if not local_copy.copy_path(data_dir).exists():
            raise
        log.warning("team server unreachable: reading the copy on this computer")
        return TeamOrCopy(data_dir, params)
    from desktop_inbox.store.pg.cache import TeamCache

    assert isinstance(shared, TeamCache)
    return TeamOrCopy(data_dir, params, team=shared)


class TeamSwitch:
    """Moves the app between the team's database and this computer's copy
    of it as the server goes away and comes back.

    Told the server went away (a query that lost its connection, the live
    listener's connection lost; on whichever thread noticed), it checks
    once that the server really does not answer, then reads the copy; while
    on the copy it looks every ``probe_every`` seconds (and at once when the
    live listener connects again) whether the server is back, then goes
    back to the team's database and hands over the replies written on the
    copy, once. The switches run off the caller's thread (asyncio's), so a
    dead server never holds up the window. ``switched`` says ``True``
    (reading the copy now) or ``False`` (the team's database again), on the
    event loop's thread."""

    def __init__(self, cache: TeamOrCopy, copies: TeamCopyService, *, probe_every: float = PROBE_SECONDS) -> None:
        self.cache = cache
        self.copies = copies
        self.probe_every = probe_every
        self.switched: Hook[bool] = Hook("team switched")
        self.handed_over: Hook[int] = Hook("offline replies handed over")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._nudge: asyncio.Event | None = None
        self._online = asyncio.Event()
        if not cache.offline:
            self._online.set()
        cache.on_lost = self.server_lost

    @property
    def offline(self) -> bool:
        return self.cache.offline

    def server_lost(self) -> None:
        """The server seems gone (any thread)."""
        self._poke()

    def live_connection(self, up: bool) -> None:
        """The live listener's connection is in place (``up``) or lost (any thread)."""
        if up == self.cache.offline:
            self._poke()

    def _poke(self) -> None:
        loop, nudge = self._loop, self._nudge
        if loop is not None and nudge is not None and not loop.is_closed():
            loop.call_soon_threadsafe(nudge.set)

    async def until_team(self) -> None:
        """Return once the team's database is in use (at once if it is)."""
        await self._online.wait()

    async def run(self) -> None:
        """Follow the server until cancelled."""
        self._loop = asyncio.get_running_loop()
        self._nudge = asyncio.Event()
        if self.cache.offline:
            self.switched.emit(True)
        while True:
            wait = self.probe_every if self.cache.offline else None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._nudge.wait(), wait)
            self._nudge.clear()
            try:
                if self.cache.offline:
                    await self._try_team()
                elif not await asyncio.to_thread(self.cache.probe):
                    await self._to_copy()
            except asyncio.CancelledError:
                raise
            except Exception:  # a switch that failed: the next nudge or probe tries again
                log.exception("switching between the team's database and the copy failed")

    async def _to_copy(self) -> None:
        if await asyncio.to_thread(self.cache.to_copy):
            self._online.clear()
            self.switched.emit(True)

    async def _try_team(self) -> None:
        if not await asyncio.to_thread(self.cache.to_team):
            return
        self._online.set()
        self.switched.emit(False)
        assert self.cache.team is not None
        handed = await asyncio.to_thread(self.copies.hand_over_now, self.cache.team)
        if handed:
            self.handed_over.emit(handed)
        with contextlib.suppress(InboxError, OSError):
            await asyncio.to_thread(self.copies.refresh_now)
