"""The sync engine: per-account pull loops and exactly-once delivery.

For every account, a cycle is: deliver due replies, pull each "new" stream
until caught up, then import history a few pages at a time, then listen
(``sync.listening``: posts that name the business without @), and last
bring back the follow-ups whose time has come and that the customer has not
answered (what they wrote is in by then). Pages (a batch of those fetched ahead,
``sync.prefetch``) are stored in one transaction with the last one's cursor
(``store.ingest``): a crash never skips or duplicates anything. Errors stay with
their account: a revoked token marks it "needs sign-in", a flaky network
backs off with jitter, and the other accounts go on.

Runs on any asyncio loop (the GUI runs it on qasync); it never blocks the loop:
database work goes to the cache's threads, keyring calls to a thread."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop_inbox.connectors.base import (
    Connector,
    InstanceLimits,
    KnowsLimits,
    PushConnector,
    StreamSpec,
    StreamUnavailable,
)
from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.registry import ConnectorSettings, build_connector
from desktop_inbox.errors import (
    ConnectorError,
    InboxError,
    KeyringUnavailable,
    MalformedResponse,
    NeedsSignIn,
    RateLimited,
    StoreError,
    TransientError,
)
from desktop_inbox.records import AccountState, AccountStatus, Post, Skipped
from desktop_inbox.secrets import Secrets, off_thread
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store import followups, ingest, threads
from desktop_inbox.store import outbox as store_outbox
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.backoff import Backoff
from desktop_inbox.sync.delivery import Delivery
from desktop_inbox.sync.events import Listener, SyncEvent, SyncEventKind, Unsubscribe
from desktop_inbox.sync.listening import ListeningRounds
from desktop_inbox.sync.media import MediaKeeper
from desktop_inbox.sync.prefetch import Prefetch, joined
from desktop_inbox.sync.result import AccountResult
from desktop_inbox.sync.status import OK, status_for
from desktop_inbox.sync.threads import resolve_threads, rooted_on_demand
from desktop_inbox.words import QT_TRANSLATE_NOOP

__all__ = ["AccountResult", "SyncEngine", "SyncEvent", "SyncEventKind"]

log = logging.getLogger("desktop_inbox.sync")

KEYRING_TIMEOUT = 10.0
# How often a server that says its own limits (post length, picture size) is
# asked them again: they change seldom, and the budget is the inbox's.
LIMITS_EVERY = timedelta(days=1)

ConnectorFactory = Callable[[ConnectorSettings], Connector]


class SyncEngine:
    def __init__(
        self,
        *,
        cache: Cache,
        secrets: Secrets,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        backoff: Backoff | None = None,
        poll_interval: float = 60.0,
        history_pages_per_cycle: int = 5,
        once_retries: int = 3,
        max_rate_wait: float = 60.0,
        listen_interval: float = 300.0,
        transport_factory: Callable[[Account], Any] | None = None,
        connector_factory: ConnectorFactory = build_connector,
    ) -> None:
        self.cache = cache
        self.secrets = secrets
        self.clock = clock
        self.backoff = backoff or Backoff()
        self.poll_interval = poll_interval
        self.history_pages_per_cycle = history_pages_per_cycle
        self.once_retries = once_retries
        self.max_rate_wait = max_rate_wait
        self.transport_factory = transport_factory
        self.connector_factory = connector_factory
        self._listeners: list[Listener] = []
        self._connectors: dict[int, Connector] = {}
        self._wake: dict[int, asyncio.Event] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._account_locks: dict[int, asyncio.Lock] = {}
        self._stopping = False
        self._running = False
        self.status: dict[int, AccountStatus] = {}  # how each account's sync goes (none yet: unknown)
        self.next_sync: dict[int, datetime] = {}
        # account id -> stream -> when its rate budget next allows a poll.
        self.stream_due: dict[int, dict[str, datetime]] = {}
        self._prefetch = Prefetch()
        self._delivery = Delivery(cache=cache, clock=lambda: self.clock(), backoff=self.backoff, emit=self._emit)
        self._media = MediaKeeper(cache=cache, clock=lambda: self.clock(), emit=self._emit)
        self.listening = ListeningRounds(cache, lambda: self.clock(), self._emit, interval=listen_interval)

    # -- listeners -------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Unsubscribe:
        """Hear every event until the returned function is called."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    @property
    def listener_count(self) -> int:
        return len(self._listeners)

    def _emit(self, event: SyncEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("sync listener failed")

    # -- connectors ------------------------------------------------------------

    async def _connector(self, account: Account) -> Connector:
        connector = self._connectors.get(account.id)
        if connector is not None:
            return connector
        credentials = await asyncio.wait_for(
            off_thread(self.secrets.load, account.secret_ref), KEYRING_TIMEOUT
        )
        if not credentials:
            sign_in = QT_TRANSLATE_NOOP("Errors", "The sign-in for {handle} is not in the keyring. Please sign in again.")
            raise NeedsSignIn(sign_in, handle=account.handle)

        async def save(new: dict[str, Any]) -> None:
            # Rotated tokens must be in the keyring before they are used.
            await asyncio.wait_for(off_thread(self.secrets.save, account.secret_ref, new), KEYRING_TIMEOUT)

        connector = self.connector_factory(
            ConnectorSettings(
                platform=account.platform,
                base_url=account.base_url,
                me=account.me,
                credentials=credentials,
                save_credentials=save,
                # The account's reply signature, for connectors that add it
                # to the message itself (e-mail).
                extra={**account.extra, **({"signature": account.signature} if account.signature else {})},
                transport=self.transport_factory(account) if self.transport_factory else None,
                clock=self.clock,
            )
        )
        self._connectors[account.id] = connector
        return connector

    async def with_connector(self, account_id: int, action: Callable[[Connector], Awaitable[Any]]) -> Any:
        """Run ``action`` with the account's own connector, between its sync
        cycles: a one-off platform call (e.g. accepting a chat request) must
        use the session the engine keeps, or two clients would race to
        refresh it."""
        account = await self.cache.read(store_accounts.get, account_id)
        async with self._lock(account_id):
            return await action(await self._connector(account))

    async def complete_thread(self, conversation_id: int) -> ingest.IngestResult | None:
        """Fetch what the cache lacks of a conversation's thread (its earlier
        messages), for a connector whose threads come on demand (the user
        opened it). None: nothing was missing, or it is not fetched on demand.

        Not between sync cycles (a first sync may take a while): these
        connectors hold a plain token that no concurrent call refreshes.
        """
        gap = await self.cache.read(threads.thread_gap, conversation_id)
        if gap is None:
            return None
        account = await self.cache.read(store_accounts.get, gap.account_id)
        connector = await self._connector(account)
        if not getattr(connector, "threads_on_demand", False):
            return None
        posts = await resolve_threads(self.cache, account.id, connector, await connector.fetch_thread(gap.post))
        stored = await self.cache.write(ingest.store_posts, account.id, posts)
        if stored.conversations:
            self._emit(SyncEvent(SyncEventKind.STORED, account.id, conversations=frozenset(stored.conversations)))
        return stored

    async def forget_connector(self, account_id: int) -> None:
        """Drop a cached connector (after a new sign-in or removal)."""
        connector = self._connectors.pop(account_id, None)
        if connector is not None:
            with contextlib.suppress(Exception):
                await connector.aclose()

    # -- one cycle -----------------------------------------------------------------

    def _lock(self, account_id: int) -> asyncio.Lock:
        return self._account_locks.setdefault(account_id, asyncio.Lock())

    async def sync_once(self, account_ids: Iterable[int] | None = None) -> list[AccountResult]:
        """Pull every account and deliver the outbox, then return.

        Transient failures are retried a few times with short back-off; the
        result says, per account, what happened.
        """
        accounts = await self.cache.read(store_accounts.all_accounts)
        wanted = set(account_ids) if account_ids is not None else None
        chosen = [a for a in accounts if wanted is None or a.id in wanted]
        return list(await asyncio.gather(*(self._cycle_with_retries(a) for a in chosen)))

    async def _cycle_with_retries(self, account: Account) -> AccountResult:
        failures = 0
        earlier = AccountResult(account.id, account.label)  # (what failed attempts stored)
        while True:
            result = AccountResult(account.id, account.label)
            retry = await self._cycle(account, result, once=True)
            result.carry(earlier)
            earlier = result
            if retry is None or failures >= self.once_retries:
                return result
            delay = retry if retry > 0 else min(5.0, self.backoff.delay(failures) / 10)
            if delay > self.max_rate_wait:
                return result
            failures += 1
            log.info("%s: retrying in %.1fs (%s)", account.label, delay, result.error)
            await asyncio.sleep(delay)

    async def _cycle(self, account: Account, result: AccountResult, *, once: bool) -> float | None:
        """One cycle for one account. Returns None when done (success or a
        failure retrying will not fix), else how long to wait before a retry
        (0: use back-off)."""
        async with self._lock(account.id):
            try:
                return await self._cycle_locked(account, result, once=once)
            finally:
                self._prefetch.drop(account.id)  # (a page asked ahead is for this cycle only)

    async def _cycle_locked(self, account: Account, result: AccountResult, *, once: bool) -> float | None:
        try:
            connector = await self._connector(account)
            result.sent += await self._delivery.deliver(account, connector, result, ignore_backoff=once)
            await self._histories_ahead(account, connector, once=once)
            for spec in connector.streams:
                if spec.direction == StreamDirection.NEW:
                    await self._pull_new(account, connector, spec, result)
            await self._pull_histories(account, connector, result, once=once)
            # Last: listening never takes the budget the inbox needs.
            result.heard += await self.listening.run(account, connector, result, force=once)
            await self._note_parts(account, connector, result)
            await self._refresh_limits(account, connector)
            result.media += await self._media.keep(account, connector)
            await self._wake_follow_ups(account)
            now = self.clock()
            await self.cache.write(store_accounts.mark_synced, account.id, now)
            self._set_status(account, OK)
            return None
        except NeedsSignIn as exc:
            result.fail(str(exc))
            result.needs_sign_in = True
            await self.forget_connector(account.id)
            await self.cache.write(store_accounts.set_state, account.id, AccountState.NEEDS_SIGN_IN, str(exc))
            self._set_status(account, status_for(exc))
            return None
        except (KeyringUnavailable, StoreError) as exc:
            result.fail(str(exc))
            self._set_status(account, status_for(exc))
            return None
        except RateLimited as exc:
            result.fail(str(exc))
            self._set_status(account, status_for(exc))
            wait = (exc.retry_at - self.clock()).total_seconds()
            return max(wait, 0.0) + 0.05
        except (TransientError, MalformedResponse, TimeoutError) as exc:
            status = status_for(exc)
            result.fail(str(status.reason))
            self._set_status(account, status)
            return 0.0
        except ConnectorError as exc:
            result.fail(str(exc))
            await self.cache.write(store_accounts.set_state, account.id, AccountState.ERROR, str(exc))
            self._set_status(account, status_for(exc))
            return None
        except Exception as exc:
            # A bug, or a library's error of its own: logged with its trace;
            # this account says so and tries again later, the others go on
            # (in ``sync_once`` it went through every account's sync).
            log.exception("%s: the sync stopped on an unexpected error", account.label)
            stopped = InboxError(
                QT_TRANSLATE_NOOP("Errors", "The sync stopped on an unexpected error ({name}); details are in the log."),
                name=type(exc).__name__,
            )
            result.fail(str(stopped))
            self._set_status(account, status_for(stopped))
            return None

    async def _wake_follow_ups(self, account: Account) -> None:
        came_back = await self.cache.write(followups.wake_due, now=self.clock(), account_id=account.id)
        if came_back:
            self._emit(SyncEvent(SyncEventKind.STORED, account.id, conversations=frozenset(came_back)))

    def _set_status(self, account: Account, status: AccountStatus) -> None:
        before = self.status.get(account.id)
        self.status[account.id] = status
        if before is None or (before.state, before.reason) != (status.state, status.reason):
            self._emit(SyncEvent(SyncEventKind.ACCOUNT, account.id, message=str(status.reason), status=status))

    def _retry_at(self, account_id: int, when: datetime) -> None:
        """Say in a failing account's status when the next attempt comes
        (read by whoever shows it after the cycle's event)."""
        status = self.status.get(account_id)
        if status is not None and not status.working and status.next_retry is None:
            self.status[account_id] = AccountStatus(status.state, status.reason, when)

    # -- pulling -----------------------------------------------------------------

    async def _store(
        self, account: Account, connector: Connector, stream: str, posts: list[Post], page_cursor: str | None,
        exhausted: bool, unread: bool, committing: Callable[[], None] | None = None,
    ) -> ingest.IngestResult:
        if account.history_since is not None:
            # Nothing older than the history the user chose, from any stream.
            posts = [p for p in posts if p.created_at >= account.history_since]
        if getattr(connector, "threads_on_demand", False):
            # (Threaded on the writer's thread, in the same hand-over: no request to make.)
            chosen = posts

            def thread_and_store() -> ingest.IngestResult:
                rooted = rooted_on_demand(account.id, chosen)
                return ingest.store_page(
                    account.id, stream, rooted, cursor=page_cursor, exhausted=exhausted, unread=unread,
                    committing=committing,
                )

            stored = await self.cache.write(thread_and_store)
        else:
            posts = await resolve_threads(self.cache, account.id, connector, posts)
            stored = await self.cache.write(
                ingest.store_page, account.id, stream, posts, cursor=page_cursor, exhausted=exhausted, unread=unread,
                committing=committing,
            )
        if stored.added:
            self._emit(
                SyncEvent(
                    SyncEventKind.STORED,
                    account.id,
                    conversations=frozenset(stored.conversations),
                    new_inbound=stored.new_inbound if unread else 0,
                    new_inbound_conversations=frozenset(stored.new_inbound_conversations),
                )
            )
        return stored

    def _meanwhile(
        self, account: Account, connector: Connector, stream: str, cursor: str | None, since: datetime | None,
        limit: int | None,
    ) -> Callable[[], None]:
        """What the writer calls as a batch commits: the stream's next batch
        (from ``cursor``) read meanwhile, on the event loop (``Prefetch.read_ahead``)."""
        loop = asyncio.get_running_loop()
        start = functools.partial(
            self._prefetch.read_ahead, account.id, connector, stream, cursor, since, limit=limit
        )

        def meanwhile() -> None:
            # (Inside the store's transaction: a loop already closed, as the app
            # quits, must not fail the store; reading ahead is only a head start.)
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(start)

        return meanwhile

    async def _pull_new(self, account: Account, connector: Connector, spec: StreamSpec, result: AccountResult) -> None:
        """A "new" stream until caught up; what is stored counts in ``result``
        at once (a failure later in the cycle leaves it stored, and counted)."""
        cursor, _ = await self.cache.read(ingest.get_cursor, account.id, spec.name)
        while True:
            if self._deferred(account, connector, spec, result):
                return
            try:
                pages = await self._prefetch.take(account.id, connector, spec.name, cursor, None)
            except StreamUnavailable as exc:
                result.unavailable[exc.part] = str(exc)
                return
            page, more = joined(pages, cursor)
            self._note_skipped(account, result, page.skipped)
            meanwhile = self._meanwhile(account, connector, spec.name, page.cursor, None, None) if more else None
            stored = await self._store(
                account, connector, spec.name, page.posts, page.cursor, page.exhausted, True, meanwhile
            )
            result.added += stored.added
            if not more:
                return
            cursor = page.cursor

    async def _pull_histories(self, account: Account, connector: Connector, result: AccountResult, *, once: bool) -> None:
        """Import history a few pages of each stream at a time, in turns.

        Taking turns matters: the customers' old messages and our old replies
        come from different streams, and importing all of one first would show
        long-answered conversations as waiting until the other caught up.
        A cycle takes at most ``history_pages_per_cycle`` pages of each
        stream (all of them for ``sync_once``).
        """
        active = [s for s in connector.streams if s.direction == StreamDirection.HISTORY]
        left: dict[str, int | None] = {s.name: None if once else self.history_pages_per_cycle for s in active}
        # Where each stream stands: read once, then known from what was stored.
        where = {s.name: await self.cache.read(ingest.get_cursor, account.id, s.name) for s in active}
        cursors = {name: cursor for name, (cursor, exhausted) in where.items() if not exhausted}
        active = [s for s in active if s.name in cursors]
        while active:
            still = []
            for spec in active:
                taken, cursor = await self._pull_history(
                    account, connector, spec, result, cursors[spec.name], left[spec.name]
                )
                budget = left[spec.name]
                left[spec.name] = None if budget is None else budget - taken
                if cursor is not None and left[spec.name] != 0:
                    cursors[spec.name] = cursor
                    still.append(spec)
            active = still

    async def _histories_ahead(self, account: Account, connector: Connector, *, once: bool) -> None:
        """The histories' first pages asked for while the new ones are stored (``Prefetch.start``)."""
        for spec in [s for s in connector.streams if s.direction == StreamDirection.HISTORY]:
            cursor, exhausted = await self.cache.read(ingest.get_cursor, account.id, spec.name)
            if not exhausted:
                limit = None if once else self.history_pages_per_cycle
                self._prefetch.start(account.id, connector, spec.name, cursor, account.history_since, limit=limit)

    async def _pull_history(
        self, account: Account, connector: Connector, spec: StreamSpec, result: AccountResult, cursor: str | None,
        limit: int | None,
    ) -> tuple[int, str | None]:
        """The pages of one history stream from ``cursor`` that have arrived
        (at most ``limit``), stored in one transaction and counted in
        ``result``: (pages taken, the cursor to go on from; None: no more for now)."""
        if self._deferred(account, connector, spec, result):
            return 0, None  # its budget is spent for now
        try:
            pages = await self._prefetch.take(
                account.id, connector, spec.name, cursor, account.history_since, limit=limit
            )
        except StreamUnavailable as exc:
            result.unavailable[exc.part] = str(exc)
            return 0, None  # next cycle, from where it stands
        page, more = joined(pages, cursor)
        self._note_skipped(account, result, page.skipped)
        left = None if limit is None else limit - len(pages)
        meanwhile = None
        if more and left != 0:
            meanwhile = self._meanwhile(account, connector, spec.name, page.cursor, account.history_since, left)
        stored = await self._store(
            account, connector, spec.name, page.posts, page.cursor, page.exhausted, False, meanwhile
        )
        result.added += stored.added
        oldest = min((p.created_at for p in page.posts), default=None)
        self._emit(SyncEvent(SyncEventKind.PROGRESS, account.id, oldest=oldest, message=spec.name))
        if page.history_limit_reached:
            # A connector may word it (``history_notes``: stream -> text).
            worded = getattr(connector, "history_notes", {}).get(spec.name)
            note = f"{account.label}: " + (
                worded or f"the platform keeps no older {spec.name.replace('_', ' ')}; the import stopped at its limit."
            )
            result.notes.append(note)
            self._emit(SyncEvent(SyncEventKind.HISTORY_LIMIT, account.id, message=note, oldest=oldest))
        if not more and not page.exhausted:
            # A cursor that does not move would loop for ever: mark done.
            await self.cache.write(
                ingest.store_page, account.id, spec.name, [], cursor=page.cursor, exhausted=True, unread=False
            )
        return len(pages), page.cursor if more else None

    async def _note_parts(self, account: Account, connector: Connector, result: AccountResult) -> None:
        """Keep on the account why a part of it could not be reached (shown
        with the account), and drop the note once the part works again."""
        parts = {s.part for s in connector.streams if s.part}
        if not parts:
            return
        known = (await self.cache.read(store_accounts.get, account.id)).unavailable
        for part in sorted(parts):
            reason = result.unavailable.get(part, "")
            if reason:
                result.notes.append(f"{account.label}: {part.replace('_', ' ')} unavailable: {reason}")
            if known.get(part, "") != reason:
                await self.cache.write(store_accounts.set_unavailable, account.id, part, reason)
                status = self.status.get(account.id, AccountStatus())
                self._emit(SyncEvent(SyncEventKind.ACCOUNT, account.id, message=str(status.reason), status=status))

    async def _refresh_limits(self, account: Account, connector: Connector) -> None:
        """Ask the server its limits again once ``LIMITS_EVERY`` has passed
        since they were last asked (at sign-in, or here), and keep them with
        the account; an answer that cannot be read keeps what was known
        (until the next day's ask: a server without the endpoint is not
        asked at every cycle)."""
        if not isinstance(connector, KnowsLimits):
            return
        now = self.clock()
        checked = account.limits_checked_at
        if checked is not None and timedelta(0) <= now - checked < LIMITS_EVERY:
            return
        said = await connector.read_instance_limits()
        limits = said or InstanceLimits(account.char_limit, account.url_length, account.picture_limit)
        changed = await self.cache.write(
            store_accounts.set_limits, account.id, char_limit=limits.char_limit, url_length=limits.url_length,
            picture_limit=limits.picture_limit, checked_at=now,
        )  # fmt: skip
        if changed:
            log.info("%s: the server's limits are now %s", account.label, limits)
            status = self.status.get(account.id, AccountStatus())
            self._emit(SyncEvent(SyncEventKind.ACCOUNT, account.id, message=str(status.reason), status=status))

    def _deferred(self, account: Account, connector: Connector, spec: StreamSpec, result: AccountResult) -> bool:
        """True when the platform's rate budget says: not this stream, not yet.

        Some budgets are tiny (X: 15 direct-message reads per 15 minutes), so
        the connector plans them and the engine waits instead of hitting 429.
        """
        due = connector.next_poll(spec.name)
        dues = self.stream_due.setdefault(account.id, {})
        if due is None or due <= self.clock():
            dues.pop(spec.name, None)
            return False
        dues[spec.name] = due
        result.deferred[spec.name] = due
        return True

    def _next_stream_due(self, account_id: int) -> datetime | None:
        """The soonest time a budget-limited stream may be polled again (for
        the loop, and ``stream_due`` for the UI: "next check at …")."""
        connector = self._connectors.get(account_id)
        if connector is None:
            return None
        now = self.clock()
        dues = {s.name: connector.next_poll(s.name) for s in connector.streams}
        future = {name: due for name, due in dues.items() if due is not None and due > now}
        self.stream_due[account_id] = future
        return min(future.values(), default=None)

    def _note_skipped(self, account: Account, result: AccountResult, skipped: list[Skipped]) -> None:
        for item in skipped:
            if item.remote_id and item.remote_id in result.skipped_ids:
                continue  # the same record seen by two streams
            if item.remote_id:
                result.skipped_ids.add(item.remote_id)
            log.warning("%s: skipped a record %s: %s", account.label, item.remote_id or "", item.reason)
            result.skipped += 1
            result.skipped_reasons.append(item.reason)

    # -- running for ever -----------------------------------------------------------

    def wake(self, account_id: int | None = None) -> None:
        """Sync now (a reply was queued, the network came back, the user asked)."""
        for aid, event in self._wake.items():
            if account_id is None or aid == account_id:
                event.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Keep every account in sync until ``stop`` is set."""
        self._stopping = False
        self._running = True
        await self.refresh_accounts()
        await stop.wait()
        await self.shutdown()

    @property
    def running(self) -> bool:
        """Inside ``run``: the accounts' loops are kept in step with the cache."""
        return self._running

    async def refresh_accounts(self) -> None:
        """Start loops for new accounts and stop those of removed ones."""
        accounts = {a.id: a for a in await self.cache.read(store_accounts.all_accounts)}
        for account_id in list(self._tasks):
            if account_id not in accounts:
                self._tasks.pop(account_id).cancel()
                self.status.pop(account_id, None)
                await self.forget_connector(account_id)
        for account_id in accounts:
            if account_id not in self._tasks or self._tasks[account_id].done():
                self._wake[account_id] = asyncio.Event()
                self._tasks[account_id] = asyncio.create_task(
                    self._account_loop(account_id), name=f"sync-account-{account_id}"
                )

    def _waits_for_sign_in(self, account: Account) -> bool:
        """Whether the account's loop waits for a new sign-in before syncing."""
        return account.state == AccountState.NEEDS_SIGN_IN

    async def restart_account(self, account_id: int) -> None:
        """Sync an account afresh with its new sign-in (or a new account)."""
        await self.forget_connector(account_id)
        self.status.pop(account_id, None)
        if self._running:
            await self.refresh_accounts()
            self.wake(account_id)

    async def _account_loop(self, account_id: int) -> None:
        failures = 0
        while not self._stopping:
            try:
                account = await self.cache.read(store_accounts.get, account_id)
            except InboxError:
                return
            result = AccountResult(account.id, account.label)
            if self._waits_for_sign_in(account):
                delay: float | None = None  # until the user signs in again
            else:
                retry = await self._cycle(account, result, once=False)
                self._emit(SyncEvent(SyncEventKind.CYCLE, account.id, message=result.error, skipped=result.skipped))
                if result.needs_sign_in:
                    delay = None
                elif retry is None and result.ok:
                    failures = 0
                    delay = self.poll_interval
                    due = self._next_stream_due(account.id)
                    if due is not None:
                        # A stream waits for its rate budget: come back when it is due.
                        delay = min(delay, max((due - self.clock()).total_seconds(), 0.05))
                elif retry is None:
                    failures += 1
                    delay = self.backoff.delay(failures)
                elif retry > 0:
                    delay = retry
                else:
                    delay = self.backoff.delay(failures)
                    failures += 1
            if delay is not None:
                # A reply whose undo window (or back-off) ends sooner wakes us then.
                due = await self.cache.read(store_outbox.next_due, account.id)
                if due is not None:
                    delay = min(delay, max(0.05, (due - self.clock()).total_seconds()))
                self.next_sync[account.id] = self.clock() + timedelta(seconds=delay)
                self._retry_at(account.id, self.next_sync[account.id])
            event = self._wake[account_id]
            try:
                if delay is None:
                    await event.wait()
                else:
                    # (Awaited here, not in a task of its own as wait_for
                    # made it: a loop closed before that task ever ran left
                    # its coroutine never awaited.)
                    async with asyncio.timeout(delay):
                        await self._wait_for_news(account_id, event, delay)
                failures = 0  # woken on purpose (or pushed): try at once
            except TimeoutError:
                pass
            event.clear()

    async def _wait_for_news(self, account_id: int, event: asyncio.Event, delay: float) -> None:
        """Until woken, or until a connector that can push (``PushConnector``:
        e-mail's IMAP IDLE) reports new items; the caller bounds the wait."""
        connector = self._connectors.get(account_id)
        if not isinstance(connector, PushConnector):
            await event.wait()
            return
        push = connector

        async def pushed_news() -> bool:
            try:
                return bool(await push.wait_for_new(delay))
            except (ConnectorError, OSError) as exc:
                log.info("account %d: no push, polling instead (%s)", account_id, exc)
                return False

        woken = asyncio.ensure_future(event.wait())
        pushed = asyncio.ensure_future(pushed_news())
        try:
            await asyncio.wait({woken, pushed}, return_when=asyncio.FIRST_COMPLETED)
            if not woken.done() and not pushed.result():
                await woken  # no news by push: wait for a wake-up or the timeout
        finally:
            woken.cancel()
            pushed.cancel()

    async def shutdown(self) -> None:
        self._stopping = True
        self._running = False
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        # A cancellation lost by asyncio.wait_for (3.11: as its inner await
        # ends) left a loop waiting for its next poll: woken, it sees it stops.
        self.wake()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        for account_id in list(self._connectors):
            await self.forget_connector(account_id)

