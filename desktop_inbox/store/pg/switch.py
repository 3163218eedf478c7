"""A team member's inbox as the app holds it: the team's database while the
server answers, this computer's copy of it (``local_copy.OfflineCopy``)
while it does not, switched while the app runs.

Every service keeps the one ``TeamOrCopy`` it was given; each call goes to
whichever side is in use when it is made. The store's one ``database`` is
re-bound for the side in use (``store.backend``), so the two are never open
for work at once: going to the copy parks the team's cache first (its
calls end, later ones are refused before they reach a connection), and
going back closes the copy before the team's database is bound again. A
call that meets a side just switched away from is made again on the other
when nothing of it ran (a refused or unscheduled call; a read always), so
the window's reads and a reply written at that moment are not lost.

The sync engine works on ``team`` itself, never on the copy: it waits
(``Team server unreachable``) while the server is away, and nothing it
fetches meanwhile lands in the copy. Blocking: the switches are made off the
UI thread (``services.team_copy.TeamSwitch``).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from desktop_inbox.errors import TeamUnreachable
from desktop_inbox.store.db import Cache
from desktop_inbox.store.pg import local_copy
from desktop_inbox.store.pg.cache import Parked, TeamCache

log = logging.getLogger("desktop_inbox.store")

P = ParamSpec("P")
T = TypeVar("T")

# How long a call waits for a switch under way to end (it takes a moment:
# the in-flight calls of one side end, the other side opens).
SWITCH_WAIT_S = 30.0
# How long the server has to answer a check that it is back.
PROBE_TIMEOUT_S = 5


class TeamOrCopy(Cache):
    """The team's database (``team``) or this computer's copy (``copy``)."""

    shared = True  # (a team's inbox, on either side)

    def __init__(self, data_dir: Path, params: dict[str, Any], *, team: TeamCache | None = None) -> None:
        # (No Cache.__init__: the two sides open their own.)
        self.data_dir = Path(data_dir)
        self.params = dict(params)
        self.path = self.data_dir / "team"
        self.key = None
        self.where = f"{params.get('host') or 'localhost'}:{params.get('port', 5432)}/{params.get('dbname', '')}"
        self.team: TeamCache | None = None
        self.copy: local_copy.OfflineCopy | None = None
        self._closed = False
        self._steady = threading.Event()
        self._switching = threading.Lock()
        # Told (on whichever thread noticed it) that the server went away.
        self.on_lost: Callable[[], None] | None = None
        if team is not None:
            self._adopt(team)
            self._on: Cache = team
        else:
            self.copy = local_copy.OfflineCopy(self.data_dir)
            self._on = self.copy
        self._steady.set()

    # -- which side ----------------------------------------------------------------------

    @property
    def offline(self) -> bool:
        """Reading this computer's copy (the team server is away)."""
        return self._on is not self.team

    @property
    def refreshed_at(self) -> float | None:
        """When the copy in use was last brought up to date (None: online, or never)."""
        return self.copy.refreshed_at if self.copy is not None and self.offline else None

    def _adopt(self, team: TeamCache) -> None:
        self.team = team
        team.on_lost = self._lost

    def _lost(self) -> None:
        if self.on_lost is not None:
            self.on_lost()

    def probe(self) -> bool:
        """The team server answers now (a connection of its own; blocking, bounded)."""
        import psycopg

        try:
            psycopg.connect(**self.params, connect_timeout=PROBE_TIMEOUT_S).close()
        except psycopg.Error:
            return False
        return True

    def to_copy(self) -> bool:
        """Read this computer's copy from now on (blocking). False when there
        is no copy yet (this folder never had one): the team's side stays."""
        with self._switching:
            if self.offline or self._closed:
                return self.offline
            if not local_copy.copy_path(self.data_dir).exists():
                return False
            self._steady.clear()
            try:
                assert self.team is not None
                self.team.park()
                self.copy = local_copy.OfflineCopy(self.data_dir)
                self._on = self.copy
            except BaseException:
                if self.team is not None and self.copy is None:
                    self.team.resume()
                raise
            finally:
                self._steady.set()
        log.warning("team server unreachable: reading the copy on this computer")
        return True

    def to_team(self) -> bool:
        """The team's database again, if its server answers (blocking); the
        copy is closed first. False: still away (the copy stays in use)."""
        with self._switching:
            if not self.offline or self._closed:
                return not self.offline
            if not self.probe():
                return False
            self._steady.clear()
            copy = self.copy
            try:
                if copy is not None:
                    copy.close(checkpoint=True)
                if self.team is None:
                    self._adopt(TeamCache(self.data_dir, self.params))
                else:
                    self.team.resume()
                assert self.team is not None
                self._on = self.team
                self.copy = None
            except Exception as exc:
                # Away again already: the copy once more.
                log.warning("team server not back after all: %s", exc)
                if self.team is not None:
                    self.team.park(drain_s=0.5)
                self.copy = local_copy.OfflineCopy(self.data_dir)
                self._on = self.copy
                return False
            finally:
                self._steady.set()
        log.warning("team server back: the team's database is read again")
        return True

    # -- running work on the side in use -------------------------------------------------

    async def _side(self) -> Cache:
        if not self._steady.is_set():
            import asyncio

            await asyncio.to_thread(self._steady.wait, SWITCH_WAIT_S)
        return self._on

    def _again(self, side: Cache, exc: BaseException, *, write: bool) -> bool:
        """Make the call again on the other side: the side switched under it
        and nothing of it ran (a read may always be read again)."""
        if self._on is side and self._steady.is_set():
            return False
        if isinstance(exc, Parked) or _unscheduled(exc):
            return True
        return not write and isinstance(exc, TeamUnreachable)

    async def read(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._run(False, fn, *args, **kwargs)

    async def write(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._run(True, fn, *args, **kwargs)

    async def _run(self, write: bool, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        for _ in range(3):
            side = await self._side()
            run = side.write if write else side.read
            try:
                return await run(fn, *args, **kwargs)
            except (TeamUnreachable, RuntimeError) as exc:
                if not self._again(side, exc, write=write):
                    raise
        return await (self._on.write if write else self._on.read)(fn, *args, **kwargs)

    def call_read(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        self._steady.wait(SWITCH_WAIT_S)
        return self._on.call_read(fn, *args, **kwargs)

    def call_write(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        self._steady.wait(SWITCH_WAIT_S)
        return self._on.call_write(fn, *args, **kwargs)

    def close(self, *, checkpoint: bool = True) -> None:
        if self._closed:
            return
        self._closed = True
        with self._switching:
            for side in (self.copy, self.team):
                if side is not None:
                    with contextlib.suppress(Exception):
                        side.close()


def _unscheduled(exc: BaseException) -> bool:
    """A call handed to a side's thread after that side was closed."""
    return isinstance(exc, RuntimeError) and "after shutdown" in str(exc)
