"""A stream's next pages, asked for while the pages before them are stored.

A stream is read page after page (each page says where the next starts).
Fetching, parsing and storing them one at a time leaves the server idle
while the cache writes and the cache idle while the server answers: most of
a first sync was that wait (bench/, measurement 7). So a stream being pulled
has a reader of its own that keeps asking ahead, up to ``DEPTH`` pages, and
the engine takes what has arrived in one go (``take``) and stores it in one
transaction, with the last page's cursor: exactly once still holds, and a
big backlog is written in few, larger transactions.

Reading a page (decoding its JSON, parsing its records) is Python work, and
so is most of a store's: done at the same time, on the event loop and on
the cache's writer thread, the two took turns at Python's lock, each waiting
up to its switch interval (5 ms) at every hand-over, and a store took twice
as long as on its own (bench/, measurement 7: a first sync's stores, 0.65 s
alone, 1.3 s beside the reading). So the reader only asks: a connector that
can say where the next page starts before reading a page (``ReadsAhead``:
Mastodon's Link header) has its answers kept unread, and ``take`` reads them,
while the engine waits for their pages anyway and the writer has nothing to
do; while it stores them, the event loop only asks for the next pages (the
server works meanwhile, as it does for a plain client following Link
headers: one request at a time, in order). A page whose records do not lead
where its answer said has what was asked for on that word dropped, never
handed out. An answer that names no next page is read by the reader (only
the page says where the stream goes on).

The pages of the next batch are read while the batch before them commits
(``read_ahead``, called by the writer once its rows are written): the
commit is SQLite's work, done without Python's lock, and the reading needs
that lock only. Until the commit, the writer's Python (building the rows)
and the reading would fight over the lock again, so the reading waits for
it; a batch read ahead is handed out by the ``take`` that asks for it, and
dropped with the stream's reader (a failed store, the cycle's end).

The reader never fetches more pages than its caller said it would take
(``limit``: a cycle's history budget), stops at a stream's end, and is
dropped when the stream moves elsewhere or the cycle ends; a failure
reaches the caller after the pages fetched before it. A stream whose
platform plans its budget (``next_poll``) is never read ahead. A history
cut at a date (``since``) keeps one answer unread ahead, not ``DEPTH``: the
page past the date ends it, and what was asked for after that page would
be budget spent for nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop_inbox.connectors.base import Answer, Connector, ReadsAhead
from desktop_inbox.records import Page

DEPTH = 16  # pages asked for ahead of the ones being stored
# Records taken into one transaction (10 pages of Mastodon's notifications,
# 20 of its statuses). A commit writes every index page the batch touched, and
# in a big cache a batch's rows land all over the indexes: 800 records a
# commit, not 400, wrote a first sync of 10,000 mentions into the million-
# message cache with 0.2 s of commits instead of 0.3 and made the sync 1.45 x
# a plain client's fetching, not 1.6 x (bench/, measurement 7). A user's
# write waits behind at most one batch: ~70 ms here, 125 the longest seen.
BATCH_POSTS = 800


def moves_on(page: Page, cursor: str | None) -> bool:
    """Whether the stream has more after ``page`` (fetched at ``cursor``):
    a cursor that does not move would loop for ever."""
    return not (page.exhausted or page.cursor is None or page.cursor == cursor)


def joined(pages: list[Page], cursor: str | None) -> tuple[Page, bool]:
    """Consecutive pages of a stream (from ``cursor``) as one, stored in one
    transaction with the last one's cursor, and whether the stream goes on."""
    last = pages[-1]
    more = moves_on(last, pages[-2].cursor if len(pages) > 1 else cursor)
    if len(pages) == 1:
        return last, more
    posts = [p for page in pages for p in page.posts]
    skipped = [s for page in pages for s in page.skipped]
    limited = any(page.history_limit_reached for page in pages)
    return Page(posts, last.cursor, last.exhausted, skipped, history_limit_reached=limited), more


@dataclass(eq=False, slots=True)
class _Fetched:
    """A page as the reader has it: asked at ``asked``; either its answer,
    not read yet, which names ``named`` as the next page (asked for on that
    word), or the page, read (its answer named none)."""

    asked: str | None
    named: str | None
    answer: Answer | None
    page: Page | None


@dataclass(eq=False)
class _Reader:
    connector: Connector
    stream: str
    since: datetime | None
    cursor: str | None  # where the next page to fetch starts
    limit: int | None  # pages it may still fetch
    ready: deque[_Fetched] = field(default_factory=deque)
    error: BaseException | None = None
    done: bool = False
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    room: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None

    def position(self) -> str | None:
        """The cursor the next page it hands out was asked at."""
        return self.ready[0].asked if self.ready else self.cursor

    def ahead(self) -> int:
        """How many pages may wait to be taken (see the module's notes)."""
        return DEPTH if self.since is None else 1

    async def _answer(self, asked: str | None) -> Answer:
        if isinstance(self.connector, ReadsAhead):
            return await self.connector.fetch_answer(self.stream, asked, since=self.since)
        page = await self.connector.fetch(self.stream, asked, since=self.since)
        return Answer(None, lambda: _already(page))

    def _hand(self, fetched: _Fetched) -> None:
        self.ready.append(fetched)
        self.arrived.set()

    async def run(self) -> None:
        try:
            while (self.limit is None or self.limit > 0) and not self.done:
                while len(self.ready) >= self.ahead():
                    self.room.clear()
                    await self.room.wait()
                asked = self.cursor
                answer = await self._answer(asked)
                self.limit = None if self.limit is None else self.limit - 1
                # (An answer that sets a budget, Meta's usage: pages only when due, no more ahead.)
                budgeted = self.connector.next_poll(self.stream) is not None
                if answer.next_cursor is not None:
                    # Kept unread (``take`` reads it); the next page is asked for on its word.
                    self._hand(_Fetched(asked, answer.next_cursor, answer, None))
                    self.cursor = answer.next_cursor
                    if budgeted:
                        break
                    continue
                page = await answer.read()  # (only the page says where the stream goes on)
                self._hand(_Fetched(asked, page.cursor, None, page))
                if not moves_on(page, asked) or budgeted:
                    break
                self.cursor = page.cursor
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # (handed to the caller, after the pages before it)
            self.error = exc
        finally:
            self.done = True
            self.arrived.set()

    def discard(self) -> None:
        """Let go of the answers not read (their bodies may be on their way)."""
        for fetched in self.ready:
            if fetched.answer is not None:
                fetched.answer.discard()
        self.ready.clear()

    def fail(self, fetched: _Fetched, exc: BaseException) -> None:
        """A page read by ``take`` failed: nothing after it is handed out;
        the failure is, after the pages before it."""
        if self.task is not None:
            self.task.cancel()
        self.discard()
        self.cursor = fetched.asked
        self.error = exc
        self.done = True


async def _already(page: Page) -> Page:
    return page


class Prefetch:
    def __init__(self) -> None:
        self._readers: dict[tuple[int, str], _Reader] = {}
        # A stream's next batch being read ahead: (the cursor it starts at, its reading).
        self._ahead: dict[tuple[int, str], tuple[str | None, asyncio.Task[list[Page]]]] = {}

    async def take(
        self, account_id: int, connector: Connector, stream: str, cursor: str | None, since: datetime | None,
        *, limit: int | None = None,
    ) -> list[Page]:
        """The pages from ``cursor`` on, read: a batch of ``BATCH_POSTS``
        records (or ``DEPTH`` pages), fewer where the stream (or ``limit``,
        the pages the caller will take from here on at most) ends first.

        Reading a page lets the reader ask for the next ones meanwhile (its
        records are read a few at a time between the event loop's turns)."""
        key = (account_id, stream)
        ahead = self._ahead.get(key)
        if ahead is not None:
            if ahead[0] == cursor:
                del self._ahead[key]
                return await ahead[1]
            self.drop(account_id, stream)  # (the stream went elsewhere: what was read is not for here)
        return await self._take(key, connector, cursor, since, limit)

    def read_ahead(
        self, account_id: int, connector: Connector, stream: str, cursor: str | None, since: datetime | None,
        *, limit: int | None = None,
    ) -> None:
        """Start reading the batch a later ``take`` (with the same cursor
        and limit) will ask for: only where the stream's pages are being
        asked for ahead anyway, and one batch ahead at most."""
        key = (account_id, stream)
        reader = self._readers.get(key)
        if reader is None or key in self._ahead or reader.position() != cursor or limit == 0:
            return
        self._ahead[key] = (cursor, asyncio.ensure_future(self._take(key, connector, cursor, since, limit)))

    async def _take(
        self, key: tuple[int, str], connector: Connector, cursor: str | None, since: datetime | None,
        limit: int | None,
    ) -> list[Page]:
        account_id, stream = key
        reader = self._readers.get(key)
        if reader is not None and reader.position() != cursor:
            self._drop_readers(account_id, stream)
            reader = None
        if reader is None:
            if connector.next_poll(stream) is not None or limit == 1:
                # A planned budget (a page only when it is due), or one page wanted.
                return [await connector.fetch(stream, cursor, since=since)]
            reader = self._start(key, connector, cursor, since, limit)
        pages: list[Page] = []
        count = 0
        elsewhere = False  # the stream ended, or goes on elsewhere than the reader asked
        while len(pages) < DEPTH and count < BATCH_POSTS:
            if not reader.ready:
                if reader.done:
                    break
                reader.arrived.clear()
                await reader.arrived.wait()
                continue
            fetched = reader.ready.popleft()
            reader.room.set()
            page = fetched.page
            if page is None:
                assert fetched.answer is not None
                try:
                    page = await fetched.answer.read()
                except Exception as exc:
                    reader.fail(fetched, exc)
                    break
            pages.append(page)
            count += len(page.posts)
            if not moves_on(page, fetched.asked) or page.cursor != fetched.named:
                # (Nothing was asked for after it, or what was, on its
                # answer's word, is not where its records lead: dropped.)
                elsewhere = True
                break
        if elsewhere:
            self._drop_readers(account_id, stream)
        elif reader.done and not reader.ready and (reader.error is None or not pages):
            self._readers.pop(key, None)  # (nothing more to hand out; a failure is raised below)
        if not pages:
            if reader.error is not None:
                raise reader.error
            raise RuntimeError(f"the reader of {stream} ended without a page")  # (it ends after a last page only)
        return pages

    def _start(
        self, key: tuple[int, str], connector: Connector, cursor: str | None, since: datetime | None, limit: int | None
    ) -> _Reader:
        reader = _Reader(connector, key[1], since, cursor, limit)
        reader.task = asyncio.ensure_future(reader.run())
        self._readers[key] = reader
        return reader

    def start(
        self, account_id: int, connector: Connector, stream: str, cursor: str | None, since: datetime | None,
        *, limit: int | None = None,
    ) -> None:
        """Have a stream's pages asked for from ``cursor`` on now, for the
        ``take`` (with the same cursor and limit) that comes later in the
        cycle: a history's first pages arrive while the new pages are stored.
        Only for a connector whose requests are independent (``ReadsAhead``:
        HTTP; not one IMAP connection) and a stream read ahead anyway."""
        key = (account_id, stream)
        if key in self._readers or not isinstance(connector, ReadsAhead):
            return
        if connector.next_poll(stream) is not None or limit in (0, 1):
            return
        self._start(key, connector, cursor, since, limit)

    def drop(self, account_id: int, stream: str | None = None) -> None:
        """Forget what was fetched and read ahead for the account (or one stream of it)."""
        for key in [k for k in self._ahead if k[0] == account_id and stream in (None, k[1])]:
            _cancel(self._ahead.pop(key)[1])
        self._drop_readers(account_id, stream)

    def _drop_readers(self, account_id: int, stream: str | None) -> None:
        for key in [k for k in self._readers if k[0] == account_id and stream in (None, k[1])]:
            reader = self._readers.pop(key)
            reader.discard()
            if reader.task is not None:
                _cancel(reader.task)


def _cancel(task: asyncio.Task[Any]) -> None:
    task.cancel()
    if task.done() and not task.cancelled():
        with contextlib.suppress(BaseException):
            task.exception()  # (retrieved: no "never retrieved" warning)
