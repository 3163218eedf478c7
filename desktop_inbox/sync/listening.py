"""Listening in the sync: after the inbox, within the platform's budget.

A round asks every listening stream of an account for a few pages (all
of them when asked to sync once): after
its mentions, direct messages, replies and history (the engine calls it
last in a cycle), at most every ``interval`` seconds (search APIs ask to be
polled gently), and only while ``may_listen`` says the rate budget keeps
the inbox's share. The first walk of a stream goes back ``window`` (7
days); later ones down to what was heard already. Nothing here can fail
the account: a term that cannot be heard says why (``ListeningUnavailable``,
kept on the terms and retried later); a passing failure waits for the next
round. Heard posts never notify: they are not messages to us.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop_inbox.connectors.base import Connector, Listening, ListeningUnavailable, ListenStream
from desktop_inbox.errors import MalformedResponse, Rejected, TransientError
from desktop_inbox.store import ingest
from desktop_inbox.store import listening as store_listening
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.events import SyncEvent, SyncEventKind
from desktop_inbox.text.untrusted import one_line

if TYPE_CHECKING:
    from desktop_inbox.sync.engine import AccountResult

log = logging.getLogger("desktop_inbox.sync")

INTERVAL = 300.0  # seconds between two rounds of one account
PAGES = 3  # per stream and round; a longer walk goes on next round
WINDOW = timedelta(days=7)
RETRY_UNAVAILABLE = timedelta(hours=1)


@dataclass
class ListeningRounds:
    cache: Cache
    clock: Callable[[], datetime]
    emit: Callable[[SyncEvent], None]
    interval: float = INTERVAL
    pages: int = PAGES
    window: timedelta = WINDOW
    _last: dict[int, datetime] = field(default_factory=dict)
    _resting: dict[tuple[int, str], datetime] = field(default_factory=dict)

    def soon(self, account_id: int) -> None:
        """Listen at the account's next cycle (its terms changed)."""
        self._last.pop(account_id, None)
        for key in [k for k in self._resting if k[0] == account_id]:
            del self._resting[key]

    async def run(self, account: Account, connector: Connector, result: AccountResult, *, force: bool) -> int:
        """One round for the account (``force``: whatever the interval);
        how many posts were heard."""
        if not isinstance(connector, Listening):
            return 0
        now = self.clock()
        last = self._last.get(account.id)
        if not force and last is not None and (now - last).total_seconds() < self.interval:
            return 0
        terms = await self.cache.read(store_listening.terms, account.id)
        streams = connector.listen_streams(terms) if terms else []
        await self.cache.write(store_listening.drop_stale_cursors, account.id, [s.name for s in streams])
        self._last[account.id] = now
        heard = 0
        for stream in streams:
            heard += await self._pull(account, connector, stream, result, force=force)
        return heard

    async def _pull(
        self, account: Account, connector: Listening, stream: ListenStream, result: AccountResult, *, force: bool
    ) -> int:
        key = (account.id, stream.name)
        resting = self._resting.get(key)
        if not force and resting is not None and resting > self.clock():
            return 0
        self._resting.pop(key, None)
        ids = [t.id for t in stream.terms]
        cursor, _ = await self.cache.read(ingest.get_cursor, account.id, stream.name)
        since = self.clock() - self.window
        heard = 0
        pages = 0
        # Once (the command line's sync --once) the walk goes to its end, as history does.
        while force or pages < self.pages:
            pages += 1
            if not connector.may_listen(stream):
                result.notes.append(f"{account.label}: listening waits; the rate budget left is kept for the inbox.")
                return heard
            try:
                page = await connector.listen(stream, cursor, since=since)
            except ListeningUnavailable as exc:
                self._resting[key] = exc.retry_at or self.clock() + RETRY_UNAVAILABLE
                await self.cache.write(store_listening.set_note, ids, exc.phrase, refused=True, now=self.clock())
                result.notes.append(f"{account.label}: {one_line(str(exc))}")
                return heard
            except (TransientError, MalformedResponse, Rejected) as exc:
                # Including a rate limit: the inbox's next cycle must not wait for listening.
                log.info("%s: listening for %s failed: %s", account.label, stream.name, exc)
                result.notes.append(f"{account.label}: listening is tried again later ({one_line(str(exc))})")
                return heard
            # Heard posts are conversations of their own: a thread is never fetched for them.
            posts = [p if p.thread_root else replace(p, thread_root=p.remote_id) for p in page.posts]
            stored = await self.cache.write(
                store_listening.store_heard, account.id, stream.name, posts,
                cursor=page.cursor, exhausted=page.exhausted, note=page.note,
            )  # fmt: skip
            if stored is None:
                return heard  # a term was removed meanwhile: nothing of it is kept
            if stored.added:
                self.emit(SyncEvent(SyncEventKind.STORED, account.id, conversations=frozenset(stored.conversations)))
            heard += stored.added
            if page.skipped:
                log.warning("%s: listening skipped %d unreadable result(s)", account.label, len(page.skipped))
            if page.exhausted or page.cursor is None or page.cursor == cursor:
                return heard
            cursor = page.cursor
        return heard

