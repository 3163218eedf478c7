"""What the benchmarks (``bench/run.py``) observe in the running app.

Off unless ``DESKTOP_INBOX_BENCH`` names a report file; the app then appends
JSON lines to it:

* ``first_page``: the window is on screen with the first page of the
  conversation list painted (``t`` is ``time.time()``, so the benchmark can
  measure from before it started the process; ``event_loop_loaded`` says
  whether asyncio had loaded by then);
* ``interactive``: the whole window is built (conversation, composer,
  panels), the event loop runs and a key press (Down, in the list)
  then has been answered and painted: what a user waits for before the
  app does what they ask (``t`` as for ``first_page``; ``cpu_ms``: the
  processor time spent by then, a figure less shaken by other processes'
  load; ``loaded``: the modules loaded by then);
* ``opened``: for each conversation in ``DESKTOP_INBOX_BENCH_OPEN`` (ids,
  comma-separated, opened in turn; ``ID@MESSAGE`` opens it at that message,
  as a search hit does), the milliseconds until it was painted, and the
  longest event-loop stall from the click until 100 ms after;
* ``thread_scrolled``: with ``DESKTOP_INBOX_BENCH_THREAD=ID``, that
  conversation opened at its newest message and its thread scrolled up to
  its first (messages seen, seconds, the longest stall);
* ``scrolled``: with ``DESKTOP_INBOX_BENCH_SCROLL=1``, the "All" view was
  scrolled to its very end (rows loaded, seconds taken, peak resident memory);
* ``loop``: event-loop stalls measured by a 5 ms heartbeat timer (max, p99,
  samples), with the number of customer messages synced so far; with
  ``DESKTOP_INBOX_BENCH_SYNC=N`` the window closes when N new customer
  messages have been stored, and a final ``sync`` line covers exactly the
  time from the first stored page to the N-th message;
* ``memory``: peak and current resident memory (``VmHWM``/``VmRSS``).

With ``DESKTOP_INBOX_BENCH_QUIT=1`` the app quits after the actions above.
Nothing here changes what the app does; it only watches and, when asked,
scrolls and opens conversations the way a user would.
"""

from __future__ import annotations

import bisect
import json
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer

HEARTBEAT_MS = 5


def enabled() -> bool:
    return bool(os.environ.get("DESKTOP_INBOX_BENCH"))


def memory() -> dict[str, int]:
    """Peak and current resident set size in bytes (Linux /proc; else ru_maxrss)."""
    values: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(("VmHWM:", "VmRSS:")):
                    name, amount, _unit = line.split()
                    values["peak_rss" if name == "VmHWM:" else "rss"] = int(amount) * 1024
    except OSError:
        import resource

        values["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return values


# Packages whose modules are listed one by one (of the others: the package's name).
LISTED_WHOLE = ("desktop_inbox.", "PySide6.", "logging.")


def loaded_modules() -> list[str]:
    """The app's own modules loaded so far, Qt's and logging's, and the other packages' names."""
    return sorted({name.split(".")[0] for name in sys.modules} | {n for n in sys.modules if n.startswith(LISTED_WHOLE)})


class Stalls:
    """Lateness of a periodic timer: how long the loop could not run it."""

    def __init__(self) -> None:
        self.samples: list[float] = []  # sorted milliseconds

    def add(self, late_ms: float) -> None:
        bisect.insort(self.samples, late_ms)

    def summary(self) -> dict[str, float]:
        if not self.samples:
            return {"samples": 0, "max_ms": 0.0, "p99_ms": 0.0}
        n = len(self.samples)
        return {
            "samples": n,
            "max_ms": round(self.samples[-1], 2),
            "p99_ms": round(self.samples[min(n - 1, int(n * 0.99))], 2),
            "median_ms": round(self.samples[n // 2], 2),
        }


class BenchHook(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.path = os.environ["DESKTOP_INBOX_BENCH"]
        self.to_open = [x.strip() for x in os.environ.get("DESKTOP_INBOX_BENCH_OPEN", "").split(",") if x.strip()]
        self.thread_conversation = int(os.environ.get("DESKTOP_INBOX_BENCH_THREAD") or 0)
        self.scroll = os.environ.get("DESKTOP_INBOX_BENCH_SCROLL") == "1"
        self.quit_after = os.environ.get("DESKTOP_INBOX_BENCH_QUIT") == "1"
        self.sync_target = int(os.environ.get("DESKTOP_INBOX_BENCH_SYNC") or 0)
        self.stalls = Stalls()
        self.sync_stalls: Stalls | None = None
        self.inbound = 0
        self._last_beat = 0.0
        self._beat = QTimer(self)
        self._beat.setTimerType(Qt.TimerType.PreciseTimer)
        self._beat.setInterval(HEARTBEAT_MS)
        self._beat.timeout.connect(self._on_beat)
        self._report_timer = QTimer(self)
        self._report_timer.setInterval(500)
        self._report_timer.timeout.connect(self._report_loop)
        self._opening: tuple[int, float] | None = None
        self._open_stalls: Stalls | None = None  # from a click on a conversation until 100 ms after it showed
        self._opened: dict[str, Any] = {}
        self._key_posted = 0.0
        self._hit: int | None = None
        self._thread_stalls: Stalls | None = None
        self._thread_seen: set[int] = set()
        self._thread_started = 0.0
        window.first_page_shown.connect(self._on_first_page)
        window.conversation_shown.connect(self._on_conversation_shown)
        window.bridge.stored.connect(self._on_sync_event)

    def write(self, event: str, **data: Any) -> None:
        with open(self.path, "a", encoding="utf-8") as report:
            report.write(json.dumps({"event": event, "t": time.time(), **data}) + "\n")

    # -- start-up ---------------------------------------------------------------------

    def _on_first_page(self) -> None:
        self._wait_exposed()

    def _wait_exposed(self) -> None:
        handle = self.window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(1, self._wait_exposed)
            return
        self.window.list_pane.view.viewport().repaint()
        # (Whether the event loop's machinery had loaded before: it should not.)
        loop_loaded = "asyncio" in sys.modules
        self.write("first_page", rows=self.window.list_pane.model.rowCount(), event_loop_loaded=loop_loaded, **memory())
        self._last_beat = time.perf_counter()
        self._beat.start()
        self._report_timer.start()
        self._wait_interactive()

    def _wait_interactive(self) -> None:
        # (asyncio as the app loaded it: the hook loads nothing for it.)
        asyncio = sys.modules.get("asyncio")
        built = getattr(self.window, "_rest_started", False) and hasattr(self.window, "conversation")
        if not built or asyncio is None or asyncio._get_running_loop() is None:
            QTimer.singleShot(1, self._wait_interactive)
            return
        # A key press behind whatever the loop has queued by now.
        self._key_posted = time.perf_counter()
        QTimer.singleShot(0, self._press)

    def _press(self) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(self.window.list_pane.view, Qt.Key.Key_Down)
        QTimer.singleShot(0, lambda: self._answered(self._key_posted))

    def _answered(self, posted: float) -> None:
        self.window.list_pane.view.viewport().repaint()
        self.write(
            "interactive",
            waited_ms=round((time.perf_counter() - posted) * 1000, 2),
            cpu_ms=round(time.process_time() * 1000),  # (every thread's, since the process started)
            loaded=loaded_modules(),
            **memory(),
        )
        QTimer.singleShot(200, self._next_action)

    # -- actions ----------------------------------------------------------------------

    def _next_action(self) -> None:
        if self._opened:
            assert self._open_stalls is not None
            self.write("opened", **self._opened, stall_max_ms=self._open_stalls.summary()["max_ms"])
            self._opened, self._open_stalls = {}, None
        if self.to_open:
            conversation_id, _, message_id = self.to_open.pop(0).partition("@")
            self._opening = (int(conversation_id), time.perf_counter())
            self._open_stalls = Stalls()
            self._hit = int(message_id) if message_id else None
            if self._hit is not None:
                self.window.open_search_hit(int(conversation_id), self._hit)
            else:
                self.window.open_conversation(int(conversation_id))
            return
        if self.thread_conversation:
            self._opening = (self.thread_conversation, time.perf_counter())
            self.window.open_conversation(self.thread_conversation)
            return
        if self.scroll:
            self.scroll = False
            self._scroll_started = time.perf_counter()
            # The whole list: every conversation, not only those needing a reply.
            self.window.sidebar.select_view("all")
            self.window.on_view_changed(self.window.sidebar.current_filter())
            self.window.list_pane.model.loaded.connect(self._scroll_step)
            self._scroll_step()
            return
        if self.quit_after and not self.sync_target:
            self._quit()

    def _on_conversation_shown(self, conversation_id: int) -> None:
        if self._opening is None or self._opening[0] != conversation_id:
            return
        self.window.conversation.thread_view.viewport().repaint()
        elapsed = (time.perf_counter() - self._opening[1]) * 1000
        self._opening = None
        if self.thread_conversation == conversation_id and self._open_stalls is None:
            self._scroll_thread()
            return
        detail = self.window.conversation.current
        view = self.window.conversation.thread_view
        current = view.currentIndex().data(Qt.ItemDataRole.UserRole + 1) if view.currentIndex().isValid() else None
        self._opened = {
            "conversation": conversation_id,
            "hit": self._hit,
            "ms": round(elapsed, 2),
            "messages_shown": len(detail.messages) if detail else 0,
            "message_count": detail.summary.message_count if detail else 0,
            # The hit is the current row and on screen: what the user was to see.
            "hit_on_screen": bool(current is not None and current.id == self._hit
                               and view.visualRect(view.currentIndex()).intersects(view.viewport().rect())),
        }
        QTimer.singleShot(100, self._next_action)

    # -- the thread of a long conversation, scrolled to its first message ---------------

    def _scroll_thread(self) -> None:
        self._thread_stalls = Stalls()
        self._thread_seen = set()
        self._thread_started = time.perf_counter()
        self._thread_step()

    def _thread_step(self) -> None:
        view = self.window.conversation.thread_view
        self._thread_seen.update(m.id for m in view.messages.rows if m.id is not None)
        bar = view.verticalScrollBar()
        if view.messages.has_older or bar.value() > 0:
            bar.setValue(bar.value() - max(bar.pageStep(), 1))  # a page up, as PageUp would
            QTimer.singleShot(1, self._thread_step)
            return
        detail = self.window.conversation.current
        stalls, self._thread_stalls = self._thread_stalls or Stalls(), None
        self.write(
            "thread_scrolled",
            conversation=self.thread_conversation,
            seen=len(self._thread_seen),
            message_count=detail.summary.message_count if detail else 0,
            seconds=round(time.perf_counter() - self._thread_started, 2),
            rows_held=view.messages.rowCount(),
            **{f"stall_{k}": v for k, v in stalls.summary().items()},
        )
        self.thread_conversation = 0
        QTimer.singleShot(0, self._next_action)

    def _scroll_step(self) -> None:
        model = self.window.list_pane.model
        view = self.window.list_pane.view
        view.scrollToBottom()
        if model.canFetchMore():
            model.fetchMore()
        elif not model.loading:
            model.loaded.disconnect(self._scroll_step)
            view.viewport().repaint()
            self.write(
                "scrolled",
                rows=model.rowCount(),
                seconds=round(time.perf_counter() - self._scroll_started, 2),
                **memory(),
            )
            QTimer.singleShot(0, self._next_action)

    # -- the event loop while syncing --------------------------------------------------

    def _on_beat(self) -> None:
        now = time.perf_counter()
        late = max(0.0, (now - self._last_beat) * 1000 - HEARTBEAT_MS)
        self._last_beat = now
        self.stalls.add(late)
        for window in (self._open_stalls, self._thread_stalls):
            if window is not None:
                window.add(late)
        if self.sync_stalls is not None:
            self.sync_stalls.add(late)

    def _on_sync_event(self, event: Any) -> None:
        from desktop_inbox.services.values import SyncEventKind  # (not at the start it measures)

        if event.kind != SyncEventKind.STORED or not event.new_inbound:
            return
        if self.sync_target and self.sync_stalls is None and self.inbound < self.sync_target:
            self.sync_stalls = Stalls()
            self._sync_started = time.perf_counter()
        self.inbound += event.new_inbound
        if self.sync_target and self.inbound >= self.sync_target and self.sync_stalls is not None:
            stalls, self.sync_stalls = self.sync_stalls, None
            self.write(
                "sync",
                inbound=self.inbound,
                seconds=round(time.perf_counter() - self._sync_started, 2),
                **stalls.summary(),
                **memory(),
            )
            self.sync_target = 0
            if self.quit_after:
                QTimer.singleShot(0, self._quit)

    def _report_loop(self) -> None:
        self.write("loop", inbound=self.inbound, **self.stalls.summary(), **memory())

    def _quit(self) -> None:
        self._report_loop()
        self.write("memory", **memory())
        self.window.quit()


def install(window: Any) -> BenchHook | None:
    return BenchHook(window) if enabled() else None
