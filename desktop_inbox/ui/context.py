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
from desktop_inbox.sync.engine import SyncEngine

if TYPE_CHECKING:
    from desktop_inbox.services.accounts import AccountService
    from desktop_inbox.services.composer import ComposerService
    from desktop_inbox.services.export import ExportService
    from desktop_inbox.services.storage import StorageService


@dataclass
class AppContext:
    data_dir: Path
    cache: Cache
    secrets: Secrets
    inbox: Inbox
    engine: SyncEngine
    demo: bool = False
    # The demo's local Mastodon server (None outside the demo).
    demo_server: object | None = None
    extras: dict[str, object] = field(default_factory=dict)
    # Ends the app cleanly (set by the application: it lets the shutdown run
    # inside the event loop instead of stopping the loop under it).
    request_quit: Callable[[], None] = lambda: None

    # Built when first used: the window shows its first page before their
    # modules load (the composer's personal-data patterns, csv, zip and JSON
    # writers; bench/, measurement 3).
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
