"""Quitting cancels the app's tasks and waits for them, and for those their
ending starts (issue 21's CI: a D-Bus router left half-opened)."""

from __future__ import annotations

import asyncio

from desktop_inbox.ui import tasks


def test_cancel_all_ends_the_tasks_that_ending_ones_start(qapp) -> None:  # type: ignore[no-untyped-def]
    later: list[asyncio.Task[None]] = []

    async def forever() -> None:
        await asyncio.sleep(60)

    async def reading() -> None:
        try:
            await asyncio.sleep(60)
        finally:  # (as a notice's listener wakes the notice waiting for it)
            later.append(tasks.spawn(forever(), name="started-while-ending"))

    async def quit_while_reading() -> None:
        tasks.spawn(reading(), name="reading")
        await asyncio.sleep(0)  # (it is waiting)
        await tasks.cancel_all()

    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(quit_while_reading())
        assert len(later) == 1 and later[0].done() and later[0].cancelled()
        assert not tasks._running
    finally:
        loop.close()
