"""The real main window on a qasync loop, against the local Mastodon server."""

from __future__ import annotations

import asyncio
import contextlib
import io
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import qasync
import shiboken6
from PySide6.QtCore import QSettings

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.services.values import ConversationSummary
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.backoff import Backoff
from desktop_inbox.sync.engine import SyncEngine
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.conversation_list import ConversationListModel
from desktop_inbox.ui.mainwindow import MainWindow
from desktop_inbox.ui.settings import Settings
from tests.helpers.mastodon import World, make_world


@pytest.fixture
def qloop(qapp) -> Iterator[qasync.QEventLoop]:  # type: ignore[no-untyped-def]
    # Garbage is collected on the main thread only (tests/conftest.py, and
    # ui/gc_guard.py in the app).
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()  # joins the default executor's threads
    asyncio.set_event_loop(None)


async def until(condition: Callable[[], Any], *, timeout: float = 15.0, message: str = "") -> Any:
    """Let the app run until ``condition()`` is truthy."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting: {message or condition}")
        await asyncio.sleep(0.02)


def listed(model: ConversationListModel) -> list[ConversationSummary]:
    """The list's rows as it holds them now (a row whose summary is being
    read again is left out)."""
    rows = (model.summary(n) for n in range(model.rowCount()))
    return [row for row in rows if row is not None]


@dataclass
class Ui:
    world: World
    ctx: AppContext
    window: MainWindow
    sync_task: asyncio.Task[None] | None = None
    stop: asyncio.Event | None = None

    async def started(self) -> None:
        """Until the window's start-up is done (the sidebar and status bar
        read once), so that a short test does not end in the middle of it."""
        await until(lambda: self.window.status_bar.connection.text(), message="start-up done")

    async def start_sync(self) -> None:
        self.stop = asyncio.Event()
        self.sync_task = asyncio.create_task(self.ctx.sync.engine.run(self.stop))

    async def close(self) -> None:
        if shiboken6.isValid(self.window):
            self.window.close()
        if self.stop is not None:
            self.stop.set()
        await self.ctx.sync.engine.shutdown()
        if self.sync_task is not None:
            self.sync_task.cancel()
            with contextlib.suppress(BaseException):
                await self.sync_task
        from desktop_inbox.ui.tasks import cancel_all

        await cancel_all()
        self.ctx.cache.close()


# Closing a test's app takes well under a second; a close that never ends
# (CI hung here twice, ~1 run in 8, with the event loop idle: pytest-timeout's
# signal never ran) fails the test with where it waits, instead of waiting
# for CI's own limit with nothing to read.
CLOSE_TIMEOUT_S = 60


async def _closed(ui: Ui) -> None:
    closing = asyncio.ensure_future(ui.close())
    done, _ = await asyncio.wait({closing}, timeout=CLOSE_TIMEOUT_S)
    if done:
        closing.result()
        return
    where = io.StringIO()
    closing.print_stack(file=where)
    for task in asyncio.all_tasks():
        if task is not closing and task is not asyncio.current_task():
            task.print_stack(file=where)
    pytest.fail(f"closing the app did not end in {CLOSE_TIMEOUT_S} s:\n{where.getvalue()}")


@pytest.fixture
def make_ui(qloop, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """``make_ui(prepare)`` runs ``prepare(world)`` (post messages…), then builds
    the app with one account and returns a Ui, all inside the qasync loop."""
    made: list[Ui] = []
    worlds: list[World] = []

    async def build(*, sync: bool = True, history: str = "all") -> Ui:
        world = make_world()
        worlds.append(world)
        return await attach(world, sync=sync, history=history)

    async def attach(world: World, *, sync: bool = True, history: str = "all") -> Ui:
        cache = Cache(tmp_path / f"data{len(made)}")
        secrets = Secrets()
        engine = SyncEngine(
            cache=cache, secrets=secrets, poll_interval=0.5, backoff=Backoff(base=0.1, cap=0.5, minimum=0.05)
        )
        ctx = AppContext(
            data_dir=tmp_path / "data", cache=cache, secrets=secrets, inbox=Inbox(cache), engine_source=engine
        )
        await ctx.accounts.add_mastodon_token(world.url, world.token, history=history)
        # Most tests send at once; the undo window has its own test.
        await ctx.composer.set_preference("undo_seconds", 0)
        settings = Settings(QSettings(str(tmp_path / f"settings{len(made)}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(ctx, settings)
        qtbot.addWidget(window)
        window.show()
        ui = Ui(world, ctx, window)
        made.append(ui)
        if sync:
            await engine.sync_once()
        window.start()
        return ui

    def run(coro: Coroutine[Any, Any, Any]) -> Any:
        return qloop.run_until_complete(asyncio.wait_for(coro, 120))

    make = type("MakeUi", (), {"build": staticmethod(build), "attach": staticmethod(attach), "run": staticmethod(run)})
    yield make
    for ui in made:
        qloop.run_until_complete(_closed(ui))
    for world in worlds:
        world.server.stop()
