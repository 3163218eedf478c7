"""What the windows need: the services, built once by the application."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.events import Unsubscribe
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.services.root import Services

if TYPE_CHECKING:
    from desktop_inbox.services.accounts import AccountService
    from desktop_inbox.services.assignment import AssignmentService
    from desktop_inbox.services.backup import BackupService
    from desktop_inbox.services.composer import ComposerService
    from desktop_inbox.services.contacts import ContactService
    from desktop_inbox.services.export import ExportService
    from desktop_inbox.services.followups import FollowUpService
    from desktop_inbox.services.listening import ListeningService
    from desktop_inbox.services.live import LiveService
    from desktop_inbox.services.media import MediaService
    from desktop_inbox.services.message_requests import MessageRequests
    from desktop_inbox.services.metrics import StatsService
    from desktop_inbox.services.presence import PresenceService
    from desktop_inbox.services.replies import ReplyService
    from desktop_inbox.services.search import SearchService
    from desktop_inbox.services.storage import StorageService
    from desktop_inbox.services.sync import SyncService
    from desktop_inbox.services.team_copy import TeamCopyService
    from desktop_inbox.services.values import Cache, SyncEvent


def _nothing() -> None:
    pass


def _render_pdf(html: str, title: str) -> bytes:
    """``ui.pdf``'s, loaded when an export is first printed."""
    from desktop_inbox.ui.pdf import render_pdf

    return render_pdf(html, title)


class AppContext:
    """The window's way to the cache and the services. (A plain class: a
    dataclass is built from generated code at import, ~0.6 ms of the start;
    bench/, 3.)"""

    def __init__(
        self,
        data_dir: Path,
        cache: Cache,
        secrets: Secrets,
        inbox: Inbox,
        engine_source: object | None = None,
        sync_settings: dict[str, float] | None = None,
        demo: bool = False,
        demo_server: object | None = None,
        extras: dict[str, object] | None = None,
        request_quit: Callable[[], None] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.cache = cache
        self.secrets = secrets
        self.inbox = inbox
        # The sync engine, or what builds it when first used (``services.sync``):
        # the application paints the first page before the engine's modules load.
        self.engine_source = engine_source
        # The engine's settings when it is built here (poll interval, history pages per cycle).
        self.sync_settings: dict[str, float] = sync_settings if sync_settings is not None else {}
        self.demo = demo
        # The demo's local Mastodon server (None outside the demo).
        self.demo_server = demo_server
        self.extras: dict[str, object] = extras if extras is not None else {}
        # Ends the app cleanly (set by the application: it lets the shutdown run
        # inside the event loop instead of stopping the loop under it).
        self.request_quit: Callable[[], None] = request_quit if request_quit is not None else _nothing

    @functools.cached_property
    def services(self) -> Services:
        return Services(
            cache=self.cache,
            secrets=self.secrets,
            engine=self.engine_source,  # type: ignore[arg-type]
            engine_settings=self.sync_settings,
            inbox=self.inbox,
            pdf=_render_pdf,
        )

    # Each service is built when first used: the window shows its first page
    # before their modules load (bench/, measurement 3).

    @property
    def sync(self) -> SyncService:
        return self.services.sync

    def subscribe_sync(self, listener: Callable[[SyncEvent], None]) -> Unsubscribe:
        """Hear the sync's events (from when the engine runs) until
        unsubscribed; the sync service is built when first used, not here."""
        return self.services.subscribe_sync(listener)

    @property
    def replies(self) -> ReplyService:
        return self.services.replies

    @property
    def media(self) -> MediaService:
        return self.services.media

    @property
    def listening(self) -> ListeningService:
        return self.services.listening

    @property
    def followups(self) -> FollowUpService:
        return self.services.followups

    @property
    def requests(self) -> MessageRequests:
        return self.services.requests

    @property
    def accounts(self) -> AccountService:
        return self.services.accounts

    @property
    def composer(self) -> ComposerService:
        return self.services.composer

    @property
    def contacts(self) -> ContactService:
        return self.services.contacts

    @property
    def search(self) -> SearchService:
        return self.services.search

    @property
    def storage(self) -> StorageService:
        return self.services.storage

    @property
    def stats(self) -> StatsService:
        return self.services.stats

    @property
    def backups(self) -> BackupService:
        return self.services.backups

    @property
    def team_copy(self) -> TeamCopyService:
        return self.services.team_copy

    @property
    def exporter(self) -> ExportService:
        return self.services.export

    @property
    def assignment(self) -> AssignmentService:
        return self.services.assignment

    @property
    def presence(self) -> PresenceService:
        return self.services.presence

    @property
    def live(self) -> LiveService:
        return self.services.live
