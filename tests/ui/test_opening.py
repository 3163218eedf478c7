"""Start-up opens the cache off the UI thread and says what it does when
that takes long (an update of an old cache), with Qt's events handled."""

from __future__ import annotations

import functools
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, QTimer
from PySide6.QtWidgets import QApplication

from desktop_inbox.errors import CacheDamaged
from desktop_inbox.secrets import Secrets
from desktop_inbox.services.opening import open_cache
from desktop_inbox.store import migrations
from desktop_inbox.store.schema import database
from desktop_inbox.ui import opening
from tests.store.test_migrations import _v1_cache


def _windows() -> list[opening.OpeningWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, opening.OpeningWindow) and w.isVisible()]


def _every(ms: int, look: Callable[[], None]) -> QTimer:
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(ms)
    return timer


def test_an_old_cache_is_updated_behind_a_window_that_says_so(qapp, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    _v1_cache(data_dir / "cache.sqlite3")
    steps: list[tuple[int, int, int]] = []
    seen: list[tuple[str, str, bool]] = []
    seen_at: list[QRect] = []

    def slow_open(on_migrate):  # type: ignore[no-untyped-def]
        def step(started: int, version: int, last: int) -> None:
            steps.append((started, version, last))
            on_migrate(started, version, last)
            if version == last:
                time.sleep(1.0)  # the last step takes long, as migration 13 does on a big cache

        return open_cache(data_dir, Secrets(), on_migrate=step)

    def look() -> None:  # (a timer of the UI thread: it fires only if Qt gets its events)
        for w in _windows():
            now = (w.windowTitle(), w.detail.text(), w.bar.maximum() == 0)
            if not seen or seen[-1] != now:
                seen.append(now)
                seen_at.append(w.frameGeometry())

    looking = _every(50, look)
    cache = opening.open_showing_progress(slow_open)
    looking.stop()
    try:
        assert [s[1] for s in steps] == list(range(2, migrations.LATEST + 1))
        last = migrations.LATEST - 1
        # (What it said before the last step depends on the machine's speed.)
        assert seen[-1] == (
            "Updating your conversations for this version…",
            f"This happens once, and with many messages it can take a minute. Step {last} of {last}.",
            True,
        )
        assert all(title == "Updating your conversations for this version…" for title, _, _ in seen[1:])
        assert seen_at[-1].contains(QApplication.primaryScreen().availableGeometry().center())
        assert _windows() == []  # gone once the cache is open
        words = cache.call_read(lambda: [r[0] for r in database.execute_sql("SELECT word FROM index_word")])
        assert "shipped" in words and "parcel" in words
    finally:
        cache.close()


def test_a_one_step_update_says_no_step(qapp) -> None:  # type: ignore[no-untyped-def]
    window = opening.OpeningWindow()
    window.show_step((12, 13, 13))
    assert window.detail.text() == "This happens once, and with many messages it can take a minute."
    window.show_step((0, 1, 13))  # a new cache: nothing to explain
    assert window.detail.text() == "This happens once, and with many messages it can take a minute."
    window.deleteLater()


def test_a_quick_open_shows_nothing(qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[object] = []
    monkeypatch.setattr(opening.OpeningWindow, "show", lambda self: shown.append(self))
    cache = opening.open_showing_progress(lambda on_migrate: open_cache(data_dir, Secrets(), on_migrate=on_migrate))
    try:
        assert shown == []
        assert cache.call_read(lambda: database.execute_sql("PRAGMA user_version").fetchone()[0]) == migrations.LATEST
    finally:
        cache.close()


def test_a_slow_open_of_a_damaged_cache_raises_on_the_ui_thread(qapp, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    (data_dir / "cache.sqlite3").write_bytes(b"not a database at all" * 100)
    seen: list[str] = []

    def slow_open(on_migrate):  # type: ignore[no-untyped-def]
        time.sleep(opening.SHOW_AFTER_S + 0.5)  # a slow disk
        return open_cache(data_dir, Secrets(), on_migrate=on_migrate)

    looking = _every(50, lambda: seen.extend(w.windowTitle() for w in _windows() if w.windowTitle() not in seen))
    with pytest.raises(CacheDamaged):
        opening.open_showing_progress(slow_open)
    looking.stop()
    assert seen == ["Opening your conversations…"]  # (not "Desktop Inbox": that names the main window)
    assert _windows() == []


_SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from desktop_inbox.ui.single_instance import SingleInstance
second = SingleInstance(Path(sys.argv[1]))
print(second.claim(), second.hand_over(timeout=8))
"""


def test_a_second_start_during_a_slow_opening_is_answered(  # type: ignore[no-untyped-def]
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It used to wait 8 s and say the first one "does not answer"."""
    from desktop_inbox.ui.application import _answer_while_opening
    from desktop_inbox.ui.single_instance import SingleInstance

    data_dir.mkdir(parents=True)
    came_forward: list[object] = []
    monkeypatch.setattr(opening.OpeningWindow, "come_forward", lambda self: came_forward.append(self))
    first = SingleInstance(data_dir)
    assert first.claim()
    said: list[str] = []

    def slow_open(on_migrate):  # type: ignore[no-untyped-def]
        time.sleep(opening.SHOW_AFTER_S + 0.2)  # the window shows, the first instance listens
        second = subprocess.run(
            [sys.executable, "-c", _SECOND_START, str(data_dir)], capture_output=True, text=True, timeout=60
        )
        said.append(second.stdout.strip() or second.stderr[-500:])
        return open_cache(data_dir, Secrets(), on_migrate=on_migrate)

    try:
        cache = opening.open_showing_progress(slow_open, while_shown=functools.partial(_answer_while_opening, first))
        cache.close()
        assert said == ["False True"]  # the lock was taken, and the first one answered
        assert len(came_forward) == 1
    finally:
        first.close()
        first.lock.release()
        # (Its server and the second start's socket go now, while their
        # events can still be handled, not when Python drops them.)
        first.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
