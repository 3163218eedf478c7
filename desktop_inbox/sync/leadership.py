"""The sync engine of one member's app on a team database.

Each platform account is synced, and its outbox delivered, by exactly one
app at a time: the one that leads it (``store.leadership``: an advisory lock
on the team server). An app leads only accounts whose token its own keyring
holds (tokens never leave a member's keyring); an account led elsewhere
waits in its loop and tries again every ``takeover_interval`` seconds, so
when its leader goes away (closed, killed: the server frees the lock)
another member's app takes over within that time. Delivery stays exactly
once: a new leader finds a reply its predecessor was sending in doubt and
looks for it before sending (``sync.delivery``), and a leader that lost its
lock sends nothing more.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from desktop_inbox.errors import InboxError, KeyringUnavailable, StoreError, TeamUnreachable
from desktop_inbox.records import AccountStatus, Connection
from desktop_inbox.secrets import off_thread
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store import outbox as store_outbox
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.leadership import Leadership
from desktop_inbox.sync.engine import KEYRING_TIMEOUT, SyncEngine
from desktop_inbox.sync.events import SyncEvent, SyncEventKind
from desktop_inbox.sync.result import AccountResult
from desktop_inbox.sync.status import status_for

log = logging.getLogger("desktop_inbox.sync")

T = TypeVar("T")

ELSEWHERE = "Synced by another member's app."
NO_TOKEN = "Synced by another member's app (this keyring has no sign-in for it)."


class LeadingSyncEngine(SyncEngine):
    def __init__(self, *, leadership: Leadership, takeover_interval: float = 15.0, **settings: Any) -> None:
        super().__init__(**settings)
        self.leadership = leadership
        self.takeover_interval = takeover_interval
        self._leader_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-leader")
        self._delivery.may_send = self.still_leads
        self._watcher: asyncio.Task[None] | None = None
        # Accounts whose sign-in this app's keyring holds was refused: this
        # app waits for the user to sign in again, and leads them no more.
        self._refused_here: set[int] = set()

    async def _on_leader_thread(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._leader_thread, functools.partial(fn, *args))

    async def leads(self, account: Account) -> bool:
        """Lead ``account`` now if this app may (its token here) and can
        (no other app leads it); its status says so when not."""
        if account.id not in self._connectors and not await self._token_here(account):
            self._set_status(account, AccountStatus(Connection.OK, NO_TOKEN))
            return False
        try:
            if await self._on_leader_thread(self.leadership.try_lead, account.id):
                return True
        except StoreError as exc:
            self._set_status(account, status_for(exc))
            return False
        self._set_status(account, AccountStatus(Connection.OK, ELSEWHERE))
        return False

    async def still_leads(self, account_id: int) -> bool:
        """Checked before each reply goes out: a leader whose lock went (its
        connection to the team server dropped) sends nothing more."""
        try:
            return bool(await self._on_leader_thread(self.leadership.try_lead, account_id))
        except StoreError:
            return False

    async def _token_here(self, account: Account) -> bool:
        try:
            found = await asyncio.wait_for(off_thread(self.secrets.load, account.secret_ref), KEYRING_TIMEOUT)
        except (KeyringUnavailable, TimeoutError):
            return False
        return bool(found)

    async def _cycle(self, account: Account, result: AccountResult, *, once: bool) -> float | None:
        while not await self.leads(account):
            if once:
                result.notes.append(f"{account.label}: {self.status[account.id].reason}")
                return None
            # Led elsewhere: try again in a while (jittered: members' apps
            # started together do not all ask at once).
            await asyncio.sleep(self.takeover_interval * random.uniform(0.8, 1.0))
            try:
                account = await self.cache.read(store_accounts.get, account.id)
            except InboxError:
                return None
        retry = await super()._cycle(account, result, once=once)
        if result.needs_sign_in:
            # This member's sign-in was refused, not the account: let go, so
            # that another member whose keyring holds a good one takes over
            # (their app ignores the shared "needs sign-in", see below).
            self._refused_here.add(account.id)
            with contextlib.suppress(Exception):
                await self._on_leader_thread(self.leadership.release, account.id)
        return retry

    def _waits_for_sign_in(self, account: Account) -> bool:
        # The shared account says "needs sign-in" when any member's sign-in
        # was refused; only the app whose own sign-in was refused waits.
        return account.id in self._refused_here

    async def restart_account(self, account_id: int) -> None:
        self._refused_here.discard(account_id)
        await super().restart_account(account_id)

    async def _account_loop(self, account_id: int) -> None:
        """The account's loop, kept going while the team server is away (it
        ends when reading the account fails: removed, or unreachable)."""
        while not self._stopping:
            try:
                await super()._account_loop(account_id)
                await self.cache.read(store_accounts.get, account_id)
                return  # stopped
            except TeamUnreachable as exc:
                self._unreachable(account_id, exc)
                await asyncio.sleep(self.takeover_interval)
            except InboxError:
                return  # removed

    def _unreachable(self, account_id: int, exc: TeamUnreachable) -> None:
        status = status_for(exc)
        before = self.status.get(account_id)
        self.status[account_id] = status
        if before is None or (before.state, before.reason) != (status.state, status.reason):
            self._emit(SyncEvent(SyncEventKind.ACCOUNT, account_id, message=str(status.reason), status=status))
            # (As a failed cycle: what shows each account's status redraws.)
            self._emit(SyncEvent(SyncEventKind.CYCLE, account_id, message=str(status.reason)))

    async def run(self, stop: asyncio.Event) -> None:
        self._watcher = asyncio.create_task(self._watch(), name="sync-leadership")
        await super().run(stop)

    async def _watch(self) -> None:
        """Every ``takeover_interval``: a reply another member queued for an
        account this app leads is due: wake that account's loop (it may be
        waiting for its next poll). The team server gone: every account's
        status says so now; back: sync at once. And accounts another member
        added (or removed) get (or lose) their loop here too."""
        while True:
            await asyncio.sleep(self.takeover_interval)
            with contextlib.suppress(InboxError):
                await self.refresh_accounts()
            for account_id in list(self._tasks):
                try:
                    due = await self.cache.read(store_outbox.next_due, account_id)
                except TeamUnreachable as exc:
                    self._unreachable(account_id, exc)
                    continue
                except InboxError:
                    continue
                was = self.status.get(account_id)
                back = was is not None and was.state == Connection.TEAM_UNREACHABLE
                waiting = account_id in self.leadership.led() and due is not None and due <= self.clock()
                if back or waiting:
                    self.wake(account_id)

    async def shutdown(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
            self._watcher = None
        await super().shutdown()
        # Let go at once: another member's app takes over at its next try.
        with contextlib.suppress(Exception):
            await self._on_leader_thread(self.leadership.close)
