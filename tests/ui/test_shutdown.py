"""A quitting app does not wait forever for a step that never ends."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from desktop_inbox.ui import application


async def test_a_step_that_never_ends_is_cut_short_and_named(monkeypatch: pytest.MonkeyPatch, caplog) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(application, "SHUTDOWN_STEP_SECONDS", 0.2)
    never = asyncio.get_running_loop().create_future()
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="desktop_inbox.ui"):
        await application._bounded("closing a connection that never answers", never)
    assert time.monotonic() - started < 2
    assert never.cancelled()
    assert "closing a connection that never answers took over" in caplog.text


async def test_a_failing_or_cancelled_step_does_not_stop_the_shutdown() -> None:
    async def fails() -> None:
        raise OSError("disk gone")

    task = asyncio.create_task(asyncio.sleep(60))
    task.cancel()
    await application._bounded("a failing step", fails())
    await application._bounded("a cancelled task", task)
    assert task.cancelled()


def test_a_quit_asked_for_before_the_event_loop_runs_is_not_lost(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The window shows before the event loop runs; Ctrl+Q or closing it then
    (or bench/run.py's quit, 200 ms after the first paint, on a loaded
    machine) must still end the app: it was once lost, and the app stayed in
    its event loop for good."""
    from PySide6.QtCore import QSettings

    from desktop_inbox import watchdog
    from desktop_inbox.secrets import Secrets
    from desktop_inbox.services.backup import open_cache
    from desktop_inbox.ui.settings import Settings
    from desktop_inbox.ui.single_instance import SingleInstance

    data_dir = tmp_path / "data"
    args = application.parse_args(["--data-dir", str(data_dir)])
    quit_request = application._QuitRequest()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    start = application._Start(data_dir, Secrets(), settings, SingleInstance(data_dir), None, quit_request)
    cache = open_cache(data_dir, start.secrets)
    try:
        _ctx, window = application._window(args, start, cache, rest_later=True)
        window.show_first_page()  # as the start does (not shown: hiding the last window would quit the next test's loop)
        window.quit()  # no event loop yet
        stop = asyncio.Event()
        quit_request.attach(stop)  # what the app does once its loop runs
        assert stop.is_set()
        window.deleteLater()
    finally:
        watchdog.done(application.QUIT_WATCH)  # (the quit watch of this process)
        cache.close()
