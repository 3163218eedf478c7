"""Who works on a data folder: advisory locks held while a process lives.

``APP`` is held by the running desktop app (a second app hands over to it),
``SYNC`` by whoever runs the sync engine (the app or ``desktop-inbox sync``):
two engines on one cache could deliver the same reply twice on platforms
without idempotency keys. The operating system drops a lock when its process
ends, even on a crash or kill -9, so a lock never goes stale.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

APP = "app.lock"
SYNC = "sync.lock"


class FolderLock:
    def __init__(self, data_dir: Path, name: str) -> None:
        self.path = Path(data_dir) / name
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> bool:
        """Take the lock if nobody has it; never waits."""
        if self._file is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        f = os.fdopen(fd, "r+b", buffering=0)
        try:
            _lock(f)
        except OSError:
            f.close()
            return False
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()).encode())
        self._file = f
        return True

    def release(self) -> None:
        if self._file is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._file)
        self._file.close()
        self._file = None

    def taken_by_other(self) -> bool:
        """True if another process holds the lock right now."""
        if self._file is not None:
            return False
        if self.acquire():
            self.release()
            return False
        return True

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


async def acquire_when_free(folder_lock: FolderLock, stop: asyncio.Event, *, poll: float = 2.0) -> bool:
    """Wait for ``folder_lock`` (checking every ``poll`` s); False if stopped first."""
    import asyncio  # (not at the top: the app paints its first page before asyncio loads)

    while not folder_lock.acquire():
        try:
            await asyncio.wait_for(stop.wait(), timeout=poll)
            return False
        except TimeoutError:
            continue
    return True


if sys.platform == "win32":
    import msvcrt

    def _lock(f: IO[bytes]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(f: IO[bytes]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
