"""The cache opened at start-up off the UI thread, with a window that says
so when it takes long.

Opening runs the cache's migrations, once per new version: one that lists
the search index's words from every message took 14 s on the benchmarks'
million messages (migration 13), and the app showed nothing meanwhile, so
it looked dead. Opening runs on a thread of its own; the UI thread waits
for it, and after ``SHOW_AFTER_S`` shows a small window with a busy bar and
what is going on (an update of the cache, step by step, or just opening:
a slow disk, a keyring that asks for its password). No event loop runs yet
(start-up builds the window before it), so the wait hands Qt its events
itself, a few dozen times a second.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop_inbox.ui import i18n

T = TypeVar("T")

translate = QCoreApplication.translate  # (context "Opening": lupdate finds the calls by this name)

# A start that opens its cache within this shows no window for it.
SHOW_AFTER_S = 0.5
# How often the wait hands Qt its events (the busy bar moves, the window repaints).
TICK_S = 0.03

Step = tuple[int, int, int]  # (the version it started at, the step, the last step)


class OpeningWindow(QWidget):
    """What the user sees while the cache opens: what is happening, and that
    it ends by itself (nothing to click; closing it waits for the opening)."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Window
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint,  # (no close button: nothing can stop a step halfway)
        )
        self.setObjectName("opening")
        self.title = QLabel(translate("Opening", "Opening your conversations…"))
        # Titled by what it says, not the app's name: a window named
        # "Desktop Inbox" is the main window (for scripts and tests too).
        self.setWindowTitle(self.title.text())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: a step's own progress is not known
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.bar)
        self.setMinimumWidth(420)
        self.shown_step: Step | None = None

    def show_step(self, step: Step | None) -> None:
        if step is None or step == self.shown_step:
            return
        self.shown_step = step
        started, version, last = step
        if started == 0:
            return  # a new cache: made in a moment, nothing to explain
        self.title.setText(translate("Opening", "Updating your conversations for this version…"))
        self.setWindowTitle(self.title.text())
        said = translate("Opening", "This happens once, and with many messages it can take a minute.")
        if last - started > 1:
            steps = translate("Opening", "Step %1 of %2.", "%1: this step, %2: the number of steps")
            said += " " + i18n.arg(steps, version - started, last - started)
        self.detail.setText(said)

    def show_centred(self) -> None:
        """Shown in the middle of the screen (no main window yet to sit on)."""
        self.adjustSize()
        screen = self.screen().availableGeometry()
        self.move(screen.center() - self.rect().center())
        self.show()

    def come_forward(self) -> None:
        """A second start asked for the app: this window is what there is."""
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # (the window goes when the cache is open)


def open_showing_progress(
    open_cache: Callable[[Callable[[int, int, int], None]], T],
    *,
    while_shown: Callable[[OpeningWindow], None] | None = None,
) -> T:
    """``open_cache(on_migrate)`` run on a thread of its own; its result, or
    what it raised. Shows an ``OpeningWindow`` if it takes over ``SHOW_AFTER_S``,
    and hands it to ``while_shown`` (the app answers a second start then)."""
    outcome: list[tuple[bool, object]] = []
    step: list[Step] = []  # (the latest, set by the opening thread)
    finished = threading.Event()

    def run() -> None:
        try:
            outcome.append((True, open_cache(lambda *told: step.append(told))))
        except BaseException as exc:  # (re-raised on the UI thread below)
            outcome.append((False, exc))
        finally:
            finished.set()

    thread = threading.Thread(target=run, name="open-cache", daemon=True)
    thread.start()
    if not finished.wait(SHOW_AFTER_S):
        window = OpeningWindow()
        window.show_step(step[-1] if step else None)
        window.show_centred()
        if while_shown is not None:
            while_shown(window)
        app = QCoreApplication.instance()
        try:
            while not finished.wait(TICK_S):
                window.show_step(step[-1] if step else None)
                if app is not None:
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        finally:
            window.hide()
            window.deleteLater()
    thread.join()
    ok, value = outcome[0]
    if not ok:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]
