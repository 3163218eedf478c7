"""What the windows need: the services, built once by the application."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.db import Cache

if TYPE_CHECKING:
    from desktop_inbox.services.accounts import AccountService
    from desktop_inbox.services.composer import ComposerService
    from desktop_inbox.services.export import ExportService
    from desktop_inbox.services.message_requests import MessageRequests
    from desktop_inbox.services.storage import StorageService
    from desktop_inbox.sync.engine import SyncEngine, SyncEvent


@dataclass
class AppContext:
    data_dir: Path
    cache: Cache
    secrets: Secrets
    inbox: Inbox
    # The sync engine, or what builds it when first used: the application
    # paints the first page before the engine's modules (and asyncio) load.
    engine_source: SyncEngine | Callable[[], SyncEngine]
    demo: bool = False
    # The demo's local Mastodon server (None outside the demo).
    demo_server: object | None = None
    extras: dict[str, object] = field(default_factory=dict)
    _sync_listeners: list[Callable[[SyncEvent], None]] = field(default_factory=list, repr=False)
    # Ends the app cleanly (set by the application: it lets the shutdown run
    # inside the event loop instead of stopping the loop under it).
    request_quit: Callable[[], None] = lambda: None

    # Built when first used: the window shows its first page before their
    # modules load (the composer's personal-data patterns, csv, zip and JSON
    # writers; bench/, measurement 3).
    @functools.cached_property
    def engine(self) -> SyncEngine:
        source = self.engine_source
        engine = source() if callable(source) else source
        for listener in self._sync_listeners:
            engine.subscribe(listener)
        self._sync_listeners.clear()
        return engine

    def subscribe_sync(self, listener: Callable[[SyncEvent], None]) -> None:
        """Hear the sync engine's events, without building it before it is needed."""
        if "engine" in self.__dict__:
            self.engine.subscribe(listener)
        else:
            self._sync_listeners.append(listener)

    @functools.cached_property
    def requests(self) -> MessageRequests:
        from desktop_inbox.services.message_requests import MessageRequests

        return MessageRequests(self.cache, self.engine)

    @functools.cached_property
    def accounts(self) -> AccountService:
        from desktop_inbox.services.accounts import AccountService

        return AccountService(self.cache, self.secrets)

    @functools.cached_property
    def composer(self) -> ComposerService:
        from desktop_inbox.services.composer import ComposerService

        return ComposerService(self.cache)

    @functools.cached_property
    def storage(self) -> StorageService:
        from desktop_inbox.services.storage import StorageService

        return StorageService(self.cache)

    @functools.cached_property
    def exporter(self) -> ExportService:
        from desktop_inbox.services.export import ExportService

        return ExportService(self.cache)
