"""A stream's next pages, fetched while the pages before them are stored.

A stream is read page after page (each page says where the next starts).
Fetching, parsing and storing them one at a time leaves the server idle
while the cache writes and the cache idle while the server answers: most of
a first sync was that wait (bench/, measurement 7). So a stream being pulled
has a reader of its own that keeps fetching ahead, up to ``DEPTH`` pages,
and the engine takes what has arrived in one go (``take``) and stores it in
one transaction, with the last page's cursor: exactly once still holds, and
a big backlog is written in few, larger transactions.

Reading a page (decoding its JSON, parsing its records) takes about as long
again as the server takes to answer. A connector that can say where the
next page starts before reading a page (``ReadsAhead``: Mastodon's Link
header) has the next page asked for while it reads this one, as a plain
client following Link headers would: still one request at a time and in
order, and a page whose records do not lead where its answer said has the
page asked for on that word dropped, never handed out.

The reader never fetches more pages than its caller said it would take
(``limit``: a cycle's history budget), stops at a stream's end, and is
dropped when the stream moves elsewhere or the cycle ends; a failure
reaches the caller after the pages fetched before it. A stream whose
platform plans its budget (``next_poll``) is never read ahead.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime

from desktop_inbox.connectors.base import Answer, Connector, ReadsAhead
from desktop_inbox.records import Page

DEPTH = 8  # pages fetched ahead of the one being stored
BATCH_POSTS = 400  # records taken into one transaction (5 Mastodon pages)


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


@dataclass(eq=False)
class _Reader:
    connector: Connector
    stream: str
    since: datetime | None
    cursor: str | None  # where the next page to fetch starts
    limit: int | None  # pages it may still fetch
    ready: deque[tuple[str | None, Page]] = field(default_factory=deque)  # (asked at, page)
    # A page being read (decoded, parsed) while the next one is asked for:
    # (asked at, the reading, the cursor its answer named).
    reading: tuple[str | None, asyncio.Future[Page], str] | None = None
    ended: bool = False  # a page read ahead was the stream's last
    error: BaseException | None = None
    done: bool = False
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    room: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None

    def position(self) -> str | None:
        """The cursor the next page it hands out was asked at."""
        if self.ready:
            return self.ready[0][0]
        return self.reading[0] if self.reading is not None else self.cursor

    async def _answer(self, asked: str | None) -> Answer:
        if isinstance(self.connector, ReadsAhead):
            return await self.connector.fetch_answer(self.stream, asked, since=self.since)
        page = await self.connector.fetch(self.stream, asked, since=self.since)
        return Answer(None, lambda: _already(page))

    def _hand(self, asked: str | None, page: Page) -> None:
        self.ready.append((asked, page))
        self.arrived.set()

    async def _settle(self) -> bool:
        """Hand out the page being read; whether the stream goes on where
        its answer said (else the reader goes on from where the page says,
        or stops: ``ended``). Its read's failure is raised."""
        assert self.reading is not None
        asked, reading, named = self.reading
        try:
            page = await reading
        finally:
            self.reading = None
        self._hand(asked, page)
        if page.cursor == named and moves_on(page, asked):
            return True
        self.ended = not moves_on(page, asked)
        self.cursor = page.cursor
        return False

    async def _room(self) -> bool:
        """Wait until fewer than ``DEPTH`` pages are out (a page being read
        is settled first: the caller may be waiting for it); False when
        settling it turned the stream elsewhere."""
        while len(self.ready) + (self.reading is not None) >= DEPTH:
            if self.reading is not None:
                if not await self._settle():
                    return False
                continue
            self.room.clear()
            await self.room.wait()
        return True

    async def run(self) -> None:
        try:
            while (self.limit is None or self.limit > 0) and not self.ended:
                if not await self._room():
                    continue
                asked = self.cursor
                answer = await self._answer(asked)
                self.limit = None if self.limit is None else self.limit - 1
                if self.reading is not None and not await self._settle():
                    # (The page before named a next page its records did not
                    # lead to: what was asked for on that word is dropped.)
                    continue
                budgeted = self.connector.next_poll(self.stream) is not None
                if answer.next_cursor is None or budgeted or self.limit == 0:
                    page = await answer.read()
                    self._hand(asked, page)
                    if not moves_on(page, asked) or budgeted:
                        # (An answer that sets a budget, Meta's usage: pages only when due, no more ahead.)
                        break
                    self.cursor = page.cursor
                    continue
                # The answer names the next page: ask for it while this one is read.
                self.reading = (asked, asyncio.ensure_future(answer.read()), answer.next_cursor)
                self.cursor = answer.next_cursor
            if self.reading is not None:
                await self._settle()
        except asyncio.CancelledError:
            if self.reading is not None:
                self.reading[1].cancel()
            raise
        except Exception as exc:  # (handed to the caller, after the pages before it)
            self.error = exc
            if self.reading is not None:
                try:
                    await self._settle()
                except Exception as earlier:  # (the earlier page's failure is the one to report)
                    self.error = earlier
        finally:
            self.done = True
            self.arrived.set()


async def _already(page: Page) -> Page:
    return page


class Prefetch:
    def __init__(self) -> None:
        self._readers: dict[tuple[int, str], _Reader] = {}

    async def take(
        self, account_id: int, connector: Connector, stream: str, cursor: str | None, since: datetime | None,
        *, limit: int | None = None,
    ) -> list[Page]:
        """The pages from ``cursor`` on: a batch of ``BATCH_POSTS`` records
        (or ``DEPTH`` pages), fewer where the stream (or ``limit``, the pages
        the caller will take from here on at most) ends first.

        Waiting for a whole batch costs nothing while the one before is
        written (the reader goes on meanwhile), and each transaction then
        carries several pages."""
        most = BATCH_POSTS
        key = (account_id, stream)
        reader = self._readers.get(key)
        if reader is not None and reader.position() != cursor:
            self.drop(account_id, stream)
            reader = None
        if reader is None:
            if connector.next_poll(stream) is not None or limit == 1:
                # A planned budget (a page only when it is due), or one page wanted.
                return [await connector.fetch(stream, cursor, since=since)]
            reader = self._start(key, connector, cursor, since, limit)
        while not reader.done and (
            not reader.ready or (len(reader.ready) < DEPTH and sum(len(p.posts) for _a, p in reader.ready) < most)
        ):
            reader.arrived.clear()
            await reader.arrived.wait()
        if not reader.ready:
            self._readers.pop(key, None)
            if reader.error is not None:
                raise reader.error
            raise RuntimeError(f"the reader of {stream} ended without a page")  # (it ends after a last page only)
        pages: list[Page] = []
        count = 0
        while reader.ready and (not pages or count + len(reader.ready[0][1].posts) <= most):
            _asked, page = reader.ready.popleft()
            pages.append(page)
            count += len(page.posts)
        reader.room.set()
        if reader.done and not reader.ready and reader.error is None:
            self._readers.pop(key, None)  # (its stream ended: nothing more to hand out)
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
        """Forget what was fetched ahead for the account (or one stream of it)."""
        for key in [k for k in self._readers if k[0] == account_id and stream in (None, k[1])]:
            task = self._readers.pop(key).task
            if task is not None:
                task.cancel()
                if task.done() and not task.cancelled():
                    with contextlib.suppress(BaseException):
                        task.exception()  # (retrieved: no "never retrieved" warning)
