"""Listening to the sync before its service is built (the window subscribes
before its first paint; the sync's modules load when it first runs): the
listener hears the engine once it is built, and unsubscribing works before
and after."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_inbox.secrets import SandboxSecrets
from desktop_inbox.services.root import Services
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.events import SyncEvent, SyncEventKind


class Engine:
    """Just what the sync service asks of an engine to hear it."""

    def __init__(self) -> None:
        self.listeners: list[Callable[[SyncEvent], None]] = []

    def subscribe(self, listener: Callable[[SyncEvent], None]) -> Callable[[], None]:
        self.listeners.append(listener)
        return lambda: self.listeners.remove(listener)

    def emit(self, event: SyncEvent) -> None:
        for listener in list(self.listeners):
            listener(event)


@pytest.fixture
def cache(data_dir: Path) -> Iterator[Cache]:
    c = Cache(data_dir)
    yield c
    c.close()


EVENT = SyncEvent(SyncEventKind.CYCLE, 7)


def test_a_listener_that_came_before_the_sync_hears_it_once_built(cache: Cache) -> None:
    engine = Engine()
    services = Services(cache=cache, secrets=SandboxSecrets(), engine=lambda: engine)
    heard: list[SyncEvent] = []
    services.subscribe_sync(heard.append)
    assert "sync" not in services.__dict__  # (subscribing built nothing)
    services.sync.engine.emit(EVENT)  # type: ignore[attr-defined]
    assert heard == [EVENT]
    # Subscribed after the sync is built: straight to it.
    later: list[SyncEvent] = []
    services.subscribe_sync(later.append)
    engine.emit(EVENT)
    assert heard == [EVENT, EVENT] and later == [EVENT]


def test_unsubscribing_before_or_after_the_sync_is_built(cache: Cache) -> None:
    engine = Engine()
    services = Services(cache=cache, secrets=SandboxSecrets(), engine=lambda: engine)
    gone: list[SyncEvent] = []
    stays: list[SyncEvent] = []
    leaves_later: list[SyncEvent] = []
    services.subscribe_sync(gone.append)()  # unsubscribed at once, before the sync exists
    services.subscribe_sync(stays.append)
    unsubscribe = services.subscribe_sync(leaves_later.append)
    services.sync.engine.emit(EVENT)  # type: ignore[attr-defined]
    unsubscribe()
    engine.emit(EVENT)
    assert gone == []
    assert stays == [EVENT, EVENT]
    assert leaves_later == [EVENT]
