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
