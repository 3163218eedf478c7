"""The sync, as the app and the command line use it: one engine per data
folder, its events, and every account's status.

The engine is built when first needed (the app paints its first page
before the engine's modules load); until then waking it does nothing, and
listeners wait to be attached. Events reach listeners through here, and
every subscription can be undone (a closed dialog leaves nothing behind).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from desktop_inbox.errors import CacheBusy, InboxError
from desktop_inbox.records import AccountStatus
from desktop_inbox.services.events import Unsubscribe
from desktop_inbox.services.status import account_status
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.store.lock import SYNC, FolderLock, acquire_when_free
from desktop_inbox.sync.events import SyncEvent, SyncEventKind
from desktop_inbox.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # (asyncio too: the window builds this service before its first paint,
    # and the event loop's machinery loads after it; bench/, 3.)
    import asyncio

    from desktop_inbox.connectors.base import Connector
    from desktop_inbox.sync.engine import AccountResult, SyncEngine

log = logging.getLogger("desktop_inbox.services")

T = TypeVar("T")
Listener = Callable[[SyncEvent], None]


class SyncService:
    def __init__(self, cache: Cache, engine_source: SyncEngine | Callable[[], SyncEngine]) -> None:
        self.cache = cache
        self._source = engine_source
        self._engine: SyncEngine | None = None
        self._waiting: list[Listener] = []  # subscribed before the engine was built
        self._attached: dict[int, Unsubscribe] = {}
        # The latest word on history limits, per account (shown until the app ends).
        self.history_notes: dict[int, str] = {}
        self._completed: set[int] = set()  # conversations whose thread was fetched (complete_thread)
        if not callable(engine_source):
            self._attach(engine_source)  # an engine made already: it may run from elsewhere

    # -- the engine ---------------------------------------------------------------

    @property
    def built(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> SyncEngine:
        """The engine (built now if it was not): for the composition root and tests."""
        if self._engine is None:
            source = self._source
            self._attach(source() if callable(source) else source)
        assert self._engine is not None
        return self._engine

    def _attach(self, engine: SyncEngine) -> None:
        self._engine = engine
        engine.subscribe(self._remember)
        for listener in self._waiting:
            self._attached[id(listener)] = engine.subscribe(listener)
        self._waiting.clear()

    def _remember(self, event: SyncEvent) -> None:
        if event.kind == SyncEventKind.HISTORY_LIMIT and event.message:
            self.history_notes[event.account_id] = event.message

    # -- listening ------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Unsubscribe:
        """Hear the engine's events (from when it is built) until unsubscribed."""
        if self._engine is not None:
            return self._engine.subscribe(listener)
        self._waiting.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._waiting.remove(listener)
            detach = self._attached.pop(id(listener), None)
            if detach is not None:
                detach()

        return unsubscribe

    # -- status ---------------------------------------------------------------------

    def live(self, account_id: int) -> AccountStatus | None:
        """What the account's sync says right now (None: nothing yet)."""
        return self._engine.status.get(account_id) if self._engine is not None else None

    def status(self, account: Account) -> AccountStatus:
        return account_status(account, self.live(account.id))

    async def statuses(self, accounts: Iterable[Account] | None = None) -> dict[int, AccountStatus]:
        """Every account's status (read from the cache unless given)."""
        if accounts is None:
            accounts = await self.cache.read(store_accounts.all_accounts)
        return {a.id: self.status(a) for a in accounts}

    # -- running --------------------------------------------------------------------

    def wake(self, account_id: int | None = None) -> None:
        """Sync now (a reply was queued, the user asked); nothing before it runs."""
        if self._engine is not None:
            self._engine.wake(account_id)

    def listen_soon(self, account_id: int) -> None:
        """The account's listening terms changed: listen at once, whatever
        the usual interval between two rounds."""
        if self._engine is not None:
            self._engine.listening.soon(account_id)
            self._engine.wake(account_id)

    async def run(self, stop: asyncio.Event, *, on_busy: Callable[[], None] | None = None) -> None:
        """Keep every account in sync until ``stop`` is set. One sync per data
        folder: while another (a command-line sync) holds it, ``on_busy`` is
        told and this one waits its turn."""
        lock = FolderLock(self.cache.data_dir, SYNC)
        if not lock.acquire():
            if on_busy is not None:
                on_busy()
            if not await acquire_when_free(lock, stop):
                return
        try:
            await self.engine.run(stop)
        finally:
            lock.release()

    async def run_until(self, stop: asyncio.Event) -> None:
        """``run`` for the command line: refused while another sync runs."""
        with self._exclusive():
            await self.engine.run(stop)

    async def sync_once(self, account_ids: Iterable[int] | None = None) -> list[AccountResult]:
        """Pull every account and deliver the outbox once, then close the
        connections (refused while another sync runs on the folder)."""
        with self._exclusive():
            try:
                return await self.engine.sync_once(account_ids)
            finally:
                await self.engine.shutdown()

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        lock = FolderLock(self.cache.data_dir, SYNC)
        if not lock.acquire():
            raise CacheBusy(
                QT_TRANSLATE_NOOP(
                    "Errors", "Desktop Inbox is already syncing this data folder (the app or another sync command)."
                )
            )
        try:
            yield
        finally:
            lock.release()

    async def shutdown(self) -> None:
        if self._engine is not None:
            await self._engine.shutdown()

    # -- accounts coming and going (wired by ``services.root``) ------------------------

    async def restart_account(self, account: Account) -> None:
        """Sync ``account`` afresh: it is new, or signed in again."""
        if self._engine is not None:
            await self._engine.restart_account(account.id)

    async def drop_account(self, account: Account) -> None:
        """``account`` was removed: stop its loop and close its connection."""
        self.history_notes.pop(account.id, None)
        if self._engine is not None:
            if self._engine.running:
                await self._engine.refresh_accounts()
            await self._engine.forget_connector(account.id)

    async def complete_thread(self, conversation_id: int) -> bool:
        """Fetch the earlier messages of an opened conversation's thread that
        the sync left for later (at most once per conversation while the app
        runs; the sync's events then tell who shows it). True when any came."""
        if conversation_id in self._completed:
            return False
        self._completed.add(conversation_id)
        try:
            stored = await self.engine.complete_thread(conversation_id)
        except InboxError as exc:
            # Offline, rate-limited, signed out: the next opening tries again.
            self._completed.discard(conversation_id)
            log.info("the thread of conversation %d stays as it is for now: %s", conversation_id, exc)
            return False
        return bool(stored and stored.added)

    async def with_connector(self, account_id: int, action: Callable[[Connector], Awaitable[T]]) -> T:
        """Run a one-off platform call with the account's own connector."""
        result: T = await self.engine.with_connector(account_id, action)
        return result
