"""Python's cyclic garbage collector, run on the Qt thread only.

The collector runs in whichever thread happens to allocate when a threshold
is crossed; with worker threads (the cache's, the HTTP servers' of the demo)
it can free a QObject outside the thread that owns it, leaving a dangling
timer that crashes the event loop later. As qutebrowser does, we switch the
automatic collector off and collect from a timer on the Qt thread instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGarbageCollector(QObject):
    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        # Collect the youngest generation that crossed its threshold, as the
        # automatic collector would have done.
        counts = gc.get_count()
        generation = -1
        for gen in range(3):
            if counts[gen] > self.thresholds[gen]:
                generation = gen
        if generation >= 0:
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        gc.enable()
