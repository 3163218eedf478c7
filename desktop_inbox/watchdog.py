"""Every thread's stack in the log when a start or a quit takes too long.

A hang that nobody can reproduce on a quiet machine (an app that stays in its
event loop after it was asked to quit, a start that never reports) leaves
nothing to read unless the process says where each thread was. ``faulthandler``
does that from a C thread of its own, without the interpreter's lock, so the
stacks come even when the main thread is stuck in Qt or in a C call:

* ``watch(what, seconds)``: unless ``done(what)`` comes first, every thread's
  stack goes to the log after ``seconds`` (one phase is watched at a time: a
  new ``watch`` replaces the last one);
* ``SIGUSR1`` writes every thread's stack at any time (the benchmarks send it
  before they give up on the app; ``kill -USR1 PID`` by hand);
* a crash (a segmentation fault, an abort) writes them too.

The dumps hold file names, line numbers and function names only: no values,
so no secret can reach the log this way.
"""

from __future__ import annotations

import faulthandler
import logging
import signal
import sys
import time
from pathlib import Path
from typing import TextIO

log = logging.getLogger("desktop_inbox.watchdog")

_file: TextIO | None = None
_watching: tuple[str, float, float] | None = None  # (what, seconds, started)


def install(log_file: Path) -> None:
    """Send the dumps to ``log_file`` (appended to, beside the logging records)."""
    global _file
    if _file is not None:
        if Path(_file.name) == log_file:
            return
        _file.close()
    # Kept open for the life of the process: faulthandler writes to its
    # descriptor whenever a dump comes.
    _file = open(log_file, "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(file=_file, all_threads=True)
    if hasattr(signal, "SIGUSR1"):  # (not on Windows)
        faulthandler.register(signal.SIGUSR1, file=_file, all_threads=True, chain=False)


def watch(what: str, seconds: float) -> None:
    """Dump every thread's stack to the log unless ``done(what)`` comes within ``seconds``."""
    global _watching
    target = _file if _file is not None else sys.stderr
    _watching = (what, seconds, time.monotonic())
    log.debug("watchdog: %s, stacks in %.0f s", what, seconds)
    faulthandler.dump_traceback_later(seconds, file=target)


def done(what: str) -> None:
    """``what`` ended: no dump for it (and a word in the log if it ended late)."""
    global _watching
    if _watching is None or _watching[0] != what:
        return
    _, seconds, started = _watching
    _watching = None
    faulthandler.cancel_dump_traceback_later()
    took = time.monotonic() - started
    if took > seconds:
        log.warning("%s took %.0f s (the stacks at %.0f s are in the log above)", what, took, seconds)
