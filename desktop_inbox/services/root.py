"""Every service, built once and wired to the sync once.

The app (``ui.context``) and the command line (``cli.context``) each build
one ``Services`` on their cache. Each service is made when first used (the
window paints its first page before most of their modules load); when one
is made, its hooks are connected to what follows from them:

* a reply is queued (or retried, edited, moved) -> the account's sync wakes;
* an account is added or signed in again     -> its sync starts afresh;
* an account is removed                      -> its sync stops, its connection closes;
* an account's listening terms change         -> it listens at its next sync, at once.

Nothing else calls the engine: the front ends go through ``sync``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.db import Cache

if TYPE_CHECKING:
    import httpx

    from desktop_inbox.services.accounts import AccountService
    from desktop_inbox.services.assignment import AssignmentService
    from desktop_inbox.services.attachments import AttachmentService
    from desktop_inbox.services.backup import BackupService
    from desktop_inbox.services.composer import ComposerService
    from desktop_inbox.services.contacts import ContactService
    from desktop_inbox.services.events import Unsubscribe
    from desktop_inbox.services.export import ExportService, PdfRenderer
    from desktop_inbox.services.followups import FollowUpService
    from desktop_inbox.services.listening import ListeningService
    from desktop_inbox.services.live import LiveService
    from desktop_inbox.services.media import MediaService
    from desktop_inbox.services.message_requests import MessageRequests
    from desktop_inbox.services.metrics import StatsService
    from desktop_inbox.services.presence import PresenceService
    from desktop_inbox.services.recent import RecentReplies
    from desktop_inbox.services.replies import ReplyService
    from desktop_inbox.services.search import SearchService
    from desktop_inbox.services.storage import StorageService
    from desktop_inbox.services.sync import SyncService
    from desktop_inbox.services.team_copy import TeamCopyService, TeamSwitch
    from desktop_inbox.sync.engine import SyncEngine
    from desktop_inbox.sync.events import SyncEvent


# How often (seconds) an app of a team tries to take over an account whose
# leader went away (tests set it short).
TAKEOVER_ENV = "DESKTOP_INBOX_TAKEOVER_SECONDS"


class Services:
    def __init__(
        self,
        *,
        cache: Cache,
        secrets: Secrets,
        engine: SyncEngine | Callable[[], SyncEngine] | None = None,
        engine_settings: Mapping[str, float] | None = None,
        inbox: Inbox | None = None,
        pdf: PdfRenderer | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """``engine``: the sync engine, or what builds it when first needed
        (default: one built with ``engine_settings``, e.g. ``poll_interval``).
        ``pdf``: how the front end prints an export to PDF. ``transport``:
        HTTP for sign-ins (tests). ``clock``: the time the replies, the
        follow-ups and the default engine go by (tests move it on)."""
        self.cache = cache
        self.secrets = secrets
        self._engine_source = engine
        self._engine_settings = dict(engine_settings or {})
        self._clock = clock
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        self.inbox = inbox or Inbox(cache, clock=self.clock)
        self._pdf = pdf
        self._transport = transport
        # Listeners of the sync's events that came before the sync service
        # was built, each with the unsubscribe it gets once it is (see
        # ``subscribe_sync``).
        self._sync_listeners: list[tuple[Callable[[SyncEvent], None], list[Unsubscribe]]] = []

    @property
    def data_dir(self) -> Path:
        return self.cache.data_dir

    def _default_engine(self) -> SyncEngine:
        from desktop_inbox.sync.engine import SyncEngine

        timed = {"clock": self._clock} if self._clock is not None else {}
        # A team's inbox the app may read from this computer's copy for a
        # while (``store.pg.switch``): the engine works on the team's side only.
        cache = getattr(self.cache, "team", None) or self.cache
        if hasattr(cache, "to_copy"):  # (started on the copy; the server is not back yet)
            from desktop_inbox.errors import TeamUnreachable
            from desktop_inbox.words import QT_TRANSLATE_NOOP

            raise TeamUnreachable(
                QT_TRANSLATE_NOOP("Errors", "Team server unreachable ({where}): {reason}"),
                where=getattr(cache, "where", ""),
                reason="nothing syncs until it is back",
            )
        if getattr(cache, "shared", False):
            # A team database: each account synced by the one app that leads it.
            from desktop_inbox.store.leadership import for_cache
            from desktop_inbox.sync.leadership import LeadingSyncEngine

            try:
                interval = min(max(float(os.environ.get(TAKEOVER_ENV, "") or 15.0), 0.1), 60.0)
            except ValueError:
                interval = 15.0
            return LeadingSyncEngine(
                leadership=for_cache(cache), takeover_interval=interval, cache=cache, secrets=self.secrets,
                **timed, **self._engine_settings,
            )
        return SyncEngine(cache=cache, secrets=self.secrets, **timed, **self._engine_settings)  # type: ignore[arg-type]

    @functools.cached_property
    def team_copy(self) -> TeamCopyService:
        from desktop_inbox.services.team_copy import TeamCopyService

        return TeamCopyService(self.data_dir, self.secrets)

    @functools.cached_property
    def team_switch(self) -> TeamSwitch | None:
        """What moves a team's app to this computer's copy and back (None:
        not a team's inbox the app can switch)."""
        if not hasattr(self.cache, "to_copy"):
            return None
        from desktop_inbox.services.team_copy import TeamSwitch

        switch = TeamSwitch(self.cache, self.team_copy)  # type: ignore[arg-type]
        self.live.connection.subscribe(switch.live_connection)
        switch.handed_over.subscribe(lambda _n: self.sync.wake())
        return switch

    @functools.cached_property
    def sync(self) -> SyncService:
        from desktop_inbox.services.sync import SyncService

        service = SyncService(self.cache, self._engine_source or self._default_engine)
        for listener, detach in self._sync_listeners:
            detach.append(service.subscribe(listener))
        self._sync_listeners.clear()
        return service

    @property
    def sync_built(self) -> bool:
        """Whether the sync service was built (``sync`` builds it when first asked)."""
        return "sync" in self.__dict__

    def subscribe_sync(self, listener: Callable[[SyncEvent], None]) -> Unsubscribe:
        """Hear the sync's events until unsubscribed, without building the
        sync service (and loading its modules) before something uses it: the
        window subscribes before its first paint (bench/, 3)."""
        if self.sync_built:
            return self.sync.subscribe(listener)
        detach: list[Unsubscribe] = []
        entry = (listener, detach)
        self._sync_listeners.append(entry)

        def unsubscribe() -> None:
            if entry in self._sync_listeners:
                self._sync_listeners.remove(entry)
            for end in detach:
                end()
            detach.clear()

        return unsubscribe

    @functools.cached_property
    def _recent(self) -> RecentReplies:
        from desktop_inbox.services.recent import RecentReplies

        return RecentReplies(self.cache)

    @functools.cached_property
    def replies(self) -> ReplyService:
        from desktop_inbox.services.replies import ReplyService

        service = ReplyService(
            self.cache, self.inbox, recent=self._recent, statuses=self.sync.statuses, clock=self.clock
        )
        service.queued.subscribe(lambda item: self.sync.wake(item.account_id))
        return service

    @functools.cached_property
    def followups(self) -> FollowUpService:
        from desktop_inbox.services.followups import FollowUpService

        return FollowUpService(self.cache, self.inbox, clock=self.clock)

    @functools.cached_property
    def accounts(self) -> AccountService:
        from desktop_inbox.services.accounts import AccountService

        service = AccountService(self.cache, self.secrets, transport=self._transport)
        service.added.subscribe(self.sync.restart_account)
        service.signed_in_again.subscribe(self.sync.restart_account)
        service.removed.subscribe(self.sync.drop_account)
        service.removed.subscribe(lambda _account: self.media.sweep())  # its kept media go with it
        return service

    @functools.cached_property
    def composer(self) -> ComposerService:
        from desktop_inbox.services.composer import ComposerService

        return ComposerService(self.cache, recent=self._recent)

    @functools.cached_property
    def contacts(self) -> ContactService:
        from desktop_inbox.services.contacts import ContactService

        return ContactService(self.cache, self.inbox)

    @functools.cached_property
    def search(self) -> SearchService:
        from desktop_inbox.services.search import SearchService

        return SearchService(self.cache)

    @functools.cached_property
    def storage(self) -> StorageService:
        from desktop_inbox.services.storage import StorageService

        return StorageService(self.cache, self.inbox)

    @functools.cached_property
    def stats(self) -> StatsService:
        from desktop_inbox.services.metrics import StatsService

        return StatsService(self.cache)

    @functools.cached_property
    def backups(self) -> BackupService:
        from desktop_inbox.services.backup import BackupService

        return BackupService(self.cache)

    @functools.cached_property
    def export(self) -> ExportService:
        from desktop_inbox.services.export import ExportService

        return ExportService(self.cache, pdf=self._pdf)

    @functools.cached_property
    def attachments(self) -> AttachmentService:
        from desktop_inbox.services.attachments import AttachmentService

        return AttachmentService(self.cache, self.sync)

    @functools.cached_property
    def media(self) -> MediaService:
        from desktop_inbox.services.media import MediaService

        return MediaService(self.cache)

    @functools.cached_property
    def listening(self) -> ListeningService:
        from desktop_inbox.services.listening import ListeningService

        service = ListeningService(self.cache, self.inbox)
        service.changed.subscribe(self.sync.listen_soon)
        return service

    @functools.cached_property
    def requests(self) -> MessageRequests:
        from desktop_inbox.services.message_requests import MessageRequests

        return MessageRequests(self.cache, self.sync)

    # -- a team: assignment, presence, live changes (issue 27) ----------------------------

    @functools.cached_property
    def assignment(self) -> AssignmentService:
        from desktop_inbox.services.assignment import AssignmentService

        return AssignmentService(self.cache, self.inbox)

    @functools.cached_property
    def presence(self) -> PresenceService:
        from desktop_inbox.services.presence import PresenceService

        return PresenceService(self.cache, self.inbox)

    @functools.cached_property
    def live(self) -> LiveService:
        from desktop_inbox.services.live import LiveService

        return LiveService(self.cache)
