"""WAL checkpoints on a thread of their own, so that writes never wait for one.

In WAL mode a commit appends pages to the ``-wal`` file; a checkpoint copies
them back into the database file and syncs both to disk: tens of
milliseconds, far more on a busy laptop disk. SQLite runs it inside the
commit that crosses ``wal_autocheckpoint``, so the next write waits behind it,
be it a sync's page or the user's "Done".

Here a thread with its own connection runs PASSIVE checkpoints (which never
wait for, nor block, a writer or a reader) while writes go on: a long write
(an import: every ``WRITING_INTERVAL``), or a run of ``BURST`` of them (a
sync storing pages). The writer's automatic checkpoint stays as the bound on
the WAL's size, well above what piles up between two of the thread's; when it
comes, most pages are already copied and synced. A lone write (a click on
"Done") does not start one: that would sync the disk once per click.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Iterator

from desktop_inbox.store.handle import database

log = logging.getLogger("desktop_inbox.store")


class Checkpointer:
    INTERVAL = 0.25  # seconds: long enough to gather a burst of commits
    # While a long write goes on (an import), sooner: the WAL it piles up
    # between two checkpoints must stay well below the writer's own bound
    # (``wal_autocheckpoint``), or the writer checkpoints inside a commit.
    WRITING_INTERVAL = 0.1
    BURST = 8  # write jobs since the last checkpoint

    def __init__(self) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._writing = False
        self._jobs = 0
        self._failed = False
        self.checkpoints = 0
        self._thread = threading.Thread(target=self._run, name="db-checkpoint", daemon=True)
        self._thread.start()

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Around each job of the (single) writer thread."""
        self._writing = True
        self._jobs += 1
        self._wake.set()
        try:
            yield
        finally:
            self._writing = False
            self._wake.set()  # (a burst that just ended still gets its checkpoint)

    def stop(self) -> None:
        """End the thread (a PASSIVE checkpoint under way takes milliseconds)."""
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=2)
        if self._thread.is_alive():
            # Never hold up quitting for it: the writer's close folds the WAL.
            frame = sys._current_frames().get(self._thread.ident or 0)
            where = "".join(traceback.format_stack(frame)) if frame else "?"
            log.warning("the checkpoint thread did not end in time; it was at:\n%s", where)

    def _run(self) -> None:
        try:
            while True:
                self._wake.wait()
                if self._stop.wait(self.WRITING_INTERVAL if self._writing else self.INTERVAL):
                    return
                self._wake.clear()
                if self._writing or self._jobs >= self.BURST:
                    self._jobs = 0
                    self._checkpoint()
                if self._writing:
                    self._wake.set()  # a long write (an import) goes on
        finally:
            with contextlib.suppress(Exception):
                database.close()

    def _checkpoint(self) -> None:
        try:
            database.connect(reuse_if_open=True)
            database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
            self.checkpoints += 1
        except Exception as exc:
            if not self._failed:
                log.info("background checkpoint failed (the writer's own checkpoints go on): %s", exc)
            self._failed = True
