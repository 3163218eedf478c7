"""The sync engine on a fake connector and a fake clock: pages, cursors,
status, budgets, delivery and listeners. The cache is real; nothing sleeps
to wait for the engine: the tests wait for its events."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import threading
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_inbox.connectors.base import Answer, ReadsAhead
from desktop_inbox.errors import Offline, RateLimited, TransientError
from desktop_inbox.records import AccountState, Connection, OutboxState, Page, Post, State
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store import conversations, ingest, outbox
from desktop_inbox.store.schema import AccountRow, database
from desktop_inbox.sync import prefetch
from desktop_inbox.sync.backoff import Backoff
from desktop_inbox.sync.events import SyncEventKind
from desktop_inbox.sync.result import AccountResult
from tests.helpers.fake_connector import (
    HISTORY,
    NEW,
    T0,
    FakeClock,
    FakeConnector,
    FakePushConnector,
    Rig,
    make_rig,
    mention,
)


@pytest.fixture
async def rig(data_dir: Path) -> AsyncIterator[Rig]:
    made = make_rig(data_dir, poll_interval=3600.0)
    yield made
    await made.engine.shutdown()
    made.cache.close()


async def test_new_pages_are_stored_with_their_cursor_and_not_twice(rig: Rig) -> None:
    rig.connector.pages[NEW] = [
        Page([mention("1", 0), mention("2", 1)], "c1", exhausted=False),
        Page([mention("3", 2)], "c2", exhausted=True),
    ]
    [result] = await rig.engine.sync_once()
    assert result.ok and result.added == 3
    assert await rig.cache.read(ingest.get_cursor, rig.account.id, NEW) == ("c2", True)
    stored = [e for e in rig.events if e.kind == SyncEventKind.STORED]
    assert sum(e.new_inbound for e in stored) == 3
    # The server serves its last page again: nothing new is stored.
    [again] = await rig.engine.sync_once()
    assert again.ok and again.added == 0


async def test_a_history_limit_reaches_listeners_in_the_connectors_words(rig: Rig) -> None:
    rig.connector.history_notes[HISTORY] = "X keeps only your 800 newest mentions."
    rig.connector.pages[HISTORY] = [Page([mention("9", -600)], None, exhausted=True, history_limit_reached=True)]
    [result] = await rig.engine.sync_once()
    [event] = [e for e in rig.events if e.kind == SyncEventKind.HISTORY_LIMIT]
    assert event.message.endswith("X keeps only your 800 newest mentions.")
    assert result.notes == [event.message]


@pytest.mark.parametrize(
    ("failure", "state"),
    [
        (Offline("Cannot reach fake.example (connection refused)."), Connection.OFFLINE),
        (TransientError("fake.example had a server error (502: Bad Gateway)."), Connection.RETRYING),
    ],
)
async def test_a_failure_becomes_a_typed_status_not_text_to_match(rig: Rig, failure: Exception, state: Connection) -> None:
    rig.engine.once_retries = 0
    rig.connector.fail_with = failure
    [result] = await rig.engine.sync_once()
    assert not result.ok
    status = rig.engine.status[rig.account.id]
    assert status.state == state and str(status.reason) == str(failure)
    [event] = [e for e in rig.events if e.kind == SyncEventKind.ACCOUNT]
    assert event.status == status
    # The next good cycle says so.
    [ok] = await rig.engine.sync_once()
    assert ok.ok and rig.engine.status[rig.account.id].state == Connection.OK


async def test_an_unexpected_error_stops_only_this_cycle_and_says_so(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    # (A bug, or a library's error of its own: it went through sync_once.)
    rig.connector.fail_with = KeyError("the server's own words")
    [result] = await rig.engine.sync_once()
    said = "The sync stopped on an unexpected error (KeyError); details are in the log."
    assert not result.ok and result.error == said
    status = rig.engine.status[rig.account.id]
    assert status.state == Connection.ERROR and str(status.reason) == said
    # Logged with its trace (as text once the log's scrubber has read it).
    [record] = [r for r in caplog.records if "unexpected error" in r.getMessage()]
    trace = record.exc_text or logging.Formatter().formatException(record.exc_info)  # type: ignore[arg-type]
    assert trace.startswith("Traceback") and "KeyError" in trace
    [ok] = await rig.engine.sync_once()
    assert ok.ok and rig.engine.status[rig.account.id].state == Connection.OK


async def test_a_rate_limit_says_when_the_next_try_is(rig: Rig) -> None:
    rig.engine.max_rate_wait = 0  # do not wait for it in sync_once
    retry_at = rig.clock() + timedelta(minutes=7)
    rig.connector.fail_with = RateLimited("Too many requests.", retry_at=retry_at)
    await rig.engine.sync_once()
    status = rig.engine.status[rig.account.id]
    assert status.state == Connection.RETRYING and status.next_retry == retry_at


async def test_a_refused_sign_in_is_kept_with_the_account(rig: Rig) -> None:
    from desktop_inbox.errors import NeedsSignIn

    rig.connector.fail_with = NeedsSignIn("The token was revoked.")
    [result] = await rig.engine.sync_once()
    assert result.needs_sign_in and rig.connector.closed
    assert rig.engine.status[rig.account.id].state == Connection.NEEDS_SIGN_IN
    stored = await rig.cache.read(store_accounts.get, rig.account.id)
    assert stored.state == AccountState.NEEDS_SIGN_IN and stored.state_detail == "The token was revoked."


async def test_a_stream_waits_for_its_budget_by_the_engines_clock(rig: Rig) -> None:
    rig.connector.due[NEW] = rig.clock() + timedelta(minutes=15)
    [result] = await rig.engine.sync_once()
    assert NEW not in rig.connector.fetched and result.deferred == {NEW: rig.clock() + timedelta(minutes=15)}
    rig.clock.advance(minutes=15)
    [later] = await rig.engine.sync_once()
    assert NEW in rig.connector.fetched and later.deferred == {}


async def test_unsubscribed_listeners_hear_nothing_more(rig: Rig) -> None:
    heard: list[SyncEventKind] = []
    baseline = rig.engine.listener_count
    unsubscribe = rig.engine.subscribe(lambda e: heard.append(e.kind))
    assert rig.engine.listener_count == baseline + 1
    await rig.engine.sync_once()
    assert heard
    unsubscribe()
    unsubscribe()  # twice is harmless
    assert rig.engine.listener_count == baseline
    heard.clear()
    await rig.engine.sync_once()
    assert heard == []


async def test_a_woken_loop_delivers_a_queued_reply_at_once(rig: Rig) -> None:
    rig.connector.pages[NEW] = [Page([mention("1", 0)], "c1", exhausted=True)]
    async with rig.running():
        [conv] = await rig.cache.read(conversations.list_conversations)
        item = await rig.cache.write(outbox.queue_reply, conv.id, "On its way!", now=rig.clock())
        delivered = rig.wait_for(lambda e: e.kind == SyncEventKind.STORED and conv.id in e.conversations)
        rig.engine.wake(rig.account.id)  # polls are an hour apart: only the wake-up can do it
        await delivered
        assert [r.text for r in rig.connector.sent] == ["On its way!"]
        assert (await rig.cache.read(outbox.get, item.id)).state == OutboxState.SENT
        assert (await rig.cache.read(conversations.get_summary, conv.id)).state == State.WAITING


async def test_a_connector_that_pushes_is_heard_between_polls(data_dir: Path) -> None:
    push = FakePushConnector(FakeClock())
    push.news = asyncio.Event()
    rig = make_rig(data_dir, connector=push, poll_interval=3600.0)
    try:
        async with rig.running():
            push.pages[NEW] = [Page([mention("5", 3)], "c5", exhausted=True)]
            stored = rig.wait_for(lambda e: e.kind == SyncEventKind.STORED and e.new_inbound == 1)
            push.news.set()  # the server says there is news: no wake-up, no poll
            await stored
    finally:
        rig.cache.close()


def history_pages(count: int) -> list[Page]:
    return [Page([mention(str(n), -n)], f"h{n}", exhausted=n == count) for n in range(1, count + 1)]


async def test_later_pages_are_fetched_while_a_page_is_stored(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server works while the cache writes (bench/, measurement 7): the
    first page's write here waits until two more pages have been fetched,
    which never happens if the engine fetches only after each write."""
    monkeypatch.setattr(prefetch, "BATCH_POSTS", 1)  # (a batch of one page: more than one write)
    rig.connector.pages[HISTORY] = history_pages(5)
    first_fetched = asyncio.Event()
    fetch = rig.connector.fetch

    async def gated(stream: str, cursor: str | None, *, since: object = None) -> Page:
        if stream == HISTORY and first_fetched.is_set():
            await asyncio.sleep(0)  # (a later page: after the first is handed out)
        page = await fetch(stream, cursor, since=None)
        if stream == HISTORY:
            first_fetched.set()
        return page

    rig.connector.fetch = gated  # type: ignore[method-assign]
    write = rig.cache.write
    seen_while_writing: list[int] = []

    async def slow_write(fn: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(fn, "__name__", "") == "store_page" and args[1] == HISTORY and args[2]:
            for _ in range(200):  # until two more pages came, or give up
                if rig.connector.fetched.count(HISTORY) >= 3:
                    break
                await asyncio.sleep(0.005)
            seen_while_writing.append(rig.connector.fetched.count(HISTORY))
        return await write(fn, *args, **kwargs)

    rig.cache.write = slow_write  # type: ignore[method-assign]
    [result] = await rig.engine.sync_once()
    assert result.ok and result.added == 5
    assert len(seen_while_writing) == 5 and seen_while_writing[0] >= 3
    assert rig.connector.fetched.count(HISTORY) == 5  # nothing asked beyond the last page
    assert await rig.cache.read(ingest.get_cursor, rig.account.id, HISTORY) == ("h5", True)


async def test_pages_that_arrived_are_stored_in_one_transaction_with_the_last_cursor(rig: Rig) -> None:
    rig.connector.pages[HISTORY] = history_pages(5)
    [result] = await rig.engine.sync_once()
    assert result.ok and result.added == 5
    stored = [e for e in rig.events if e.kind == SyncEventKind.STORED]
    # (The fake serves pages at once: all five had arrived by the first write.)
    assert len(stored) == 1 and len(stored[0].conversations) == 5
    assert await rig.cache.read(ingest.get_cursor, rig.account.id, HISTORY) == ("h5", True)


async def test_a_failure_after_some_pages_keeps_them_and_the_next_sync_goes_on_after_them(rig: Rig) -> None:
    rig.connector.pages[HISTORY] = history_pages(5)
    fetch = rig.connector.fetch
    failing = True

    async def third_fails(stream: str, cursor: str | None, *, since: object = None) -> Page:
        if failing and stream == HISTORY and cursor == "h2":
            raise Offline("Cannot reach fake.example (connection refused).")
        return await fetch(stream, cursor, since=None)

    rig.connector.fetch = third_fails  # type: ignore[method-assign]
    rig.engine.once_retries = 0
    [result] = await rig.engine.sync_once()
    assert not result.ok and "Cannot reach" in result.error
    # The two pages before the failure are stored, with their cursor.
    assert await rig.cache.read(ingest.get_cursor, rig.account.id, HISTORY) == ("h2", False)
    failing = False
    [again] = await rig.engine.sync_once()
    assert again.ok and again.added == 3
    assert await rig.cache.read(ingest.get_cursor, rig.account.id, HISTORY) == ("h5", True)


async def test_a_cycle_asks_no_page_beyond_its_budget(data_dir: Path) -> None:
    rig = make_rig(data_dir, poll_interval=3600.0, history_pages_per_cycle=2)
    try:
        rig.connector.pages[HISTORY] = [Page([mention(str(n), -n)], f"h{n}", exhausted=False) for n in range(1, 6)]
        async with rig.running():
            pass
        assert rig.connector.fetched.count(HISTORY) == 2
        assert await rig.cache.read(ingest.get_cursor, rig.account.id, HISTORY) == ("h2", False)
    finally:
        await rig.engine.shutdown()
        rig.cache.close()


async def test_shutdown_ends_a_loop_whose_cancellation_was_lost(rig: Rig) -> None:
    """asyncio.wait_for (Python 3.11) can swallow a cancellation that comes as
    its inner await ends (the keyring answering as the app quits): the loop
    went on to wait for the next poll, and quitting waited for it for good."""
    entered = asyncio.Event()

    async def cycle(_account: object, result: AccountResult, **_kwargs: object) -> None:
        entered.set()
        with contextlib.suppress(asyncio.CancelledError):  # lost, as wait_for loses it
            await asyncio.sleep(3600)
        result.needs_sign_in = True  # (the keyring had no sign-in: wait for one)

    rig.engine._cycle = cycle  # type: ignore[method-assign]
    stop = asyncio.Event()
    runner = asyncio.create_task(rig.engine.run(stop))
    await asyncio.wait_for(entered.wait(), 10)
    stop.set()
    # (Not wait_for on the runner: the shutdown's own suppression of
    # cancellation would let it return late as if in time.)
    done, _ = await asyncio.wait({runner}, timeout=5)
    assert runner in done, "the loop went on waiting after the shutdown"
    assert not rig.engine._tasks


class ReadingAhead(FakeConnector):
    """A connector whose answers name the next page before they are read
    (``ReadsAhead``, as Mastodon's Link header does), serving the history
    by cursor (``at``). ``names`` overrides what the answer at a cursor
    names; ``read_gate``: a page's read waits until the answer after it has
    been asked for (or gives up)."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(clock)
        self.at: dict[str | None, Page] = {}
        self.names: dict[str | None, str] = {}
        self.asked: list[str | None] = []
        self.read_gate = False
        self.read_failures: set[str | None] = set()
        self.read_waited: dict[str | None, bool] = {}  # cursor asked at -> whether its read waited
        self.on_read: Callable[[str | None], None] = lambda _cursor: None  # (told the cursor of each page read)
        self.answer_delay = 0.0  # how long the server takes to answer

    def serve(self, pages: list[Page]) -> None:
        """The history: each page at the cursor of the one before."""
        cursors = [None] + [p.cursor for p in pages[:-1]]
        self.at = dict(zip(cursors, pages, strict=True))

    async def fetch(self, stream: str, cursor: str | None, *, since: object = None) -> Page:
        if stream != HISTORY:
            return await super().fetch(stream, cursor, since=None)
        self.fetched.append(stream)
        page = self.at[cursor]
        return Page(list(page.posts), page.cursor, page.exhausted)

    async def fetch_answer(self, stream: str, cursor: str | None, *, since: object = None) -> Answer:
        if self.answer_delay:
            await asyncio.sleep(self.answer_delay)
        page = await self.fetch(stream, cursor, since=None)
        if stream == HISTORY:
            self.asked.append(cursor)
        asked_before = len(self.asked)

        async def read() -> Page:
            if stream == HISTORY:
                self.on_read(cursor)
            if self.read_gate and stream == HISTORY:
                for _ in range(500):  # until the next page is asked for, or give up (2.5 s)
                    if len(self.asked) > asked_before or page.exhausted:
                        break
                    await asyncio.sleep(0.005)
                self.read_waited[cursor] = len(self.asked) > asked_before
            if cursor in self.read_failures:
                raise TransientError("The connection to fake.example broke (reset).")
            return page

        named = self.names.get(cursor, page.cursor if not page.exhausted else None)
        return Answer(named, read)


@pytest.fixture
async def ahead(data_dir: Path) -> AsyncIterator[Rig]:
    made = make_rig(data_dir, connector=ReadingAhead(FakeClock()), poll_interval=3600.0)
    yield made
    await made.engine.shutdown()
    made.cache.close()


async def test_the_next_page_is_asked_for_while_a_page_is_read(ahead: Rig) -> None:
    """bench/, measurement 7: reading a page (its JSON, its statuses) took as
    long again as the server's answer; with a Link header naming the next
    page, that page is asked for meanwhile, as a plain client would."""
    connector = ahead.connector
    assert isinstance(connector, ReadingAhead) and isinstance(connector, ReadsAhead)
    connector.read_gate = True
    connector.serve(history_pages(5))
    [result] = await ahead.engine.sync_once()
    assert result.ok and result.added == 5
    # Each of the first four pages was still being read when the next was asked for.
    assert [connector.read_waited[c] for c in (None, "h1", "h2", "h3")] == [True] * 4
    assert connector.fetched.count(HISTORY) == 5  # nothing asked beyond the last page
    assert await ahead.cache.read(ingest.get_cursor, ahead.account.id, HISTORY) == ("h5", True)
    assert await _remote_ids(ahead) == ["1", "2", "3", "4", "5"]


async def test_pages_are_read_while_the_batch_before_them_commits(ahead: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    """bench/, measurement 7: reading a page (its JSON, its records) is
    Python work, and so is building a store's rows on the cache's writer
    thread; side by side they took turns at Python's lock and a first sync's
    stores took twice as long. A commit is SQLite's work, without that lock:
    the next pages are read then (the writer here stays in its commit until
    one is), never while rows are built; and while a page is stored the next
    ones are asked for."""
    monkeypatch.setattr(prefetch, "BATCH_POSTS", 1)  # (a store per page)
    connector = ahead.connector
    assert isinstance(connector, ReadingAhead)
    connector.serve(history_pages(6))
    connector.answer_delay = 0.005  # (pages come one after the other, as from a server)
    building = False
    read_while_building: dict[str | None, bool] = {}
    read_in_commit: list[bool] = []
    a_page_read = threading.Event()
    asked_while_storing: list[int] = []

    def on_read(cursor: str | None) -> None:
        read_while_building[cursor] = building
        a_page_read.set()

    connector.on_read = on_read
    write = ahead.cache.write

    async def slow_write(fn: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal building
        if getattr(fn, "__name__", "") != "store_page" or args[1] != HISTORY or not args[2]:
            return await write(fn, *args, **kwargs)
        before = len(connector.asked)
        for _ in range(200):  # until two more pages were asked for (or all were), or give up (1 s)
            if len(connector.asked) >= min(before + 2, 6):
                break
            await asyncio.sleep(0.005)
        asked_while_storing.append(len(connector.asked) - before)
        committing = kwargs["committing"]

        def commit_slowly() -> None:  # (on the writer's thread, rows written, before the commit)
            nonlocal building
            building = False
            a_page_read.clear()
            committing()
            read_in_commit.append(a_page_read.wait(2))

        building = True
        try:
            return await write(fn, *args, **{**kwargs, "committing": commit_slowly if committing else None})
        finally:
            building = False

    ahead.cache.write = slow_write  # type: ignore[method-assign]
    [result] = await ahead.engine.sync_once()
    assert result.ok and result.added == 6
    assert await _remote_ids(ahead) == ["1", "2", "3", "4", "5", "6"]
    assert connector.fetched.count(HISTORY) == 6  # each page once
    # Each page read outside the building of rows but the last (its answer
    # names no next page: the reader reads it to know that the stream ends there).
    assert set(read_while_building) == {None, "h1", "h2", "h3", "h4", "h5"}
    assert not any(read_while_building[c] for c in (None, "h1", "h2", "h3", "h4"))
    # While each of the first four batches committed, the next was read (the
    # fifth's next, the last page, the reader read as it came; the sixth has none).
    assert len(read_in_commit) == 5 and read_in_commit[:4] == [True] * 4
    assert asked_while_storing[0] >= 2


async def test_a_page_asked_for_on_a_word_its_predecessor_broke_is_never_stored(ahead: Rig) -> None:
    # Page 2's answer names "h2", but its records end the stream (a history
    # cut at the date the user chose): page 3, asked for meanwhile, is dropped.
    connector = ahead.connector
    assert isinstance(connector, ReadingAhead)
    since = T0 - timedelta(minutes=2, seconds=30)  # (pages 1 and 2 are newer)
    ahead.cache.call_write(lambda: AccountRow.update(history_since=since).execute())
    pages = history_pages(5)
    pages[1] = Page(pages[1].posts, "h2", exhausted=True)
    connector.serve(pages)
    connector.names["h1"] = "h2"
    [result] = await ahead.engine.sync_once()
    assert result.ok and result.added == 2
    assert await _remote_ids(ahead) == ["1", "2"]
    assert await ahead.cache.read(ingest.get_cursor, ahead.account.id, HISTORY) == ("h2", True)
    assert connector.fetched.count(HISTORY) <= 3  # (at most the one page asked for ahead)


async def test_a_page_read_elsewhere_than_its_answer_said_goes_on_from_where_it_says(ahead: Rig) -> None:
    connector = ahead.connector
    assert isinstance(connector, ReadingAhead)
    connector.serve(history_pages(4))
    connector.at["elsewhere"] = Page([mention("x", -9)], "hx", exhausted=True)
    connector.names["h1"] = "elsewhere"  # (page 2's answer names a page its records do not lead to)
    [result] = await ahead.engine.sync_once()
    assert result.ok and result.added == 4
    assert connector.asked == [None, "h1", "elsewhere", "h2", "h3"]
    # Each page once, and nothing of what was asked for on the wrong word.
    assert await _remote_ids(ahead) == ["1", "2", "3", "4"]
    assert await ahead.cache.read(ingest.get_cursor, ahead.account.id, HISTORY) == ("h4", True)


async def test_a_read_failing_after_the_next_page_was_asked_for_keeps_the_pages_before(ahead: Rig) -> None:
    connector = ahead.connector
    assert isinstance(connector, ReadingAhead)
    connector.serve(history_pages(5))
    connector.read_failures = {"h2"}  # page 3's read fails (asked at "h2"), after page 4 was asked for
    ahead.engine.once_retries = 0
    [result] = await ahead.engine.sync_once()
    assert not result.ok and "broke" in result.error
    assert await _remote_ids(ahead) == ["1", "2"]
    assert await ahead.cache.read(ingest.get_cursor, ahead.account.id, HISTORY) == ("h2", False)
    connector.read_failures = set()
    [again] = await ahead.engine.sync_once()
    assert again.ok and again.added == 3
    assert await _remote_ids(ahead) == ["1", "2", "3", "4", "5"]


async def _remote_ids(rig: Rig) -> list[str]:
    """The stored messages' remote ids, sorted (duplicates kept)."""

    def read() -> list[str]:
        return sorted(r[0] for r in database.execute_sql("SELECT remote_id FROM message").fetchall())

    return await rig.cache.read(read)


async def test_a_historys_first_pages_are_asked_for_while_the_new_ones_are_stored(ahead: Rig) -> None:
    """A first sync stores the newest page first (into a big cache, a cold
    write): meanwhile the history's pages are already on their way."""
    connector = ahead.connector
    assert isinstance(connector, ReadingAhead)
    connector.pages[NEW] = [Page([mention("new-1", 1)], "n1", exhausted=True)]
    connector.serve(history_pages(3))
    write = ahead.cache.write
    history_asked_while_storing_new: list[bool] = []

    async def slow_write(fn: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(fn, "__name__", "") == "store_page" and args[1] == NEW:
            for _ in range(400):  # until the history was asked for, or give up (2 s)
                if HISTORY in connector.fetched:
                    break
                await asyncio.sleep(0.005)
            history_asked_while_storing_new.append(HISTORY in connector.fetched)
        return await write(fn, *args, **kwargs)

    ahead.cache.write = slow_write  # type: ignore[method-assign]
    [result] = await ahead.engine.sync_once()
    assert result.ok and result.added == 4
    assert history_asked_while_storing_new == [True]
    assert connector.fetched.count(HISTORY) == 3  # each page once
    assert await _remote_ids(ahead) == ["1", "2", "3", "new-1"]


async def test_a_connector_without_independent_requests_reads_its_history_after_the_new_pages(rig: Rig) -> None:
    # (One IMAP connection: the new stream and the history take turns.)
    rig.connector.pages[NEW] = [Page([mention("new-1", 1)], "n1", exhausted=True)]
    rig.connector.pages[HISTORY] = history_pages(2)
    [result] = await rig.engine.sync_once()
    assert result.ok and result.added == 3
    assert rig.connector.fetched[:2] == [NEW, HISTORY]
    assert rig.connector.fetched.index(HISTORY) > rig.connector.fetched.index(NEW)


async def test_a_sync_that_failed_after_storing_pages_and_was_retried_counts_them(data_dir: Path) -> None:
    """The messages a failed attempt stored stay stored (and are not stored
    again): "N new messages" counts them (a history's page that hit a 429
    while the newest page was being stored reported 0 new)."""
    rig = make_rig(data_dir, poll_interval=3600.0, backoff=Backoff(minimum=0.0, rng=lambda: 0.0))
    try:
        rig.connector.pages[HISTORY] = history_pages(5)
        fetch = rig.connector.fetch
        failing = True

        async def third_fails_once(stream: str, cursor: str | None, *, since: object = None) -> Page:
            nonlocal failing
            if failing and stream == HISTORY and cursor == "h2":
                failing = False
                raise Offline("Cannot reach fake.example (connection refused).")
            return await fetch(stream, cursor, since=None)

        rig.connector.fetch = third_fails_once  # type: ignore[method-assign]
        [result] = await rig.engine.sync_once()
        assert result.ok and result.added == 5
        assert await _remote_ids(rig) == ["1", "2", "3", "4", "5"]
    finally:
        await rig.engine.shutdown()
        rig.cache.close()


class OnDemandThreads(FakeConnector):
    """A connector whose threads come on demand (``threads_on_demand``: Mastodon)."""

    threads_on_demand = True


async def test_threads_on_demand_are_worked_out_as_the_batch_is_stored(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reply joins the thread of the message it answers when that was
    stored by an earlier batch, or is threaded under it until it comes; the
    roots are looked up on the writer's thread, with the store (bench/, 7:
    no trip to the reader's thread between a batch read and its store)."""
    monkeypatch.setattr(prefetch, "BATCH_POSTS", 1)  # (a store per page)
    rig = make_rig(data_dir, connector=OnDemandThreads(FakeClock()), poll_interval=3600.0)
    try:

        def reply(remote_id: str, minutes: float, to: str) -> Post:
            return dataclasses.replace(mention(remote_id, minutes), thread_root=None, in_reply_to=to)

        rig.connector.pages[HISTORY] = [
            Page([dataclasses.replace(mention("1", -9), thread_root=None)], "h1", exhausted=False),
            Page([reply("2", -8, "1")], "h2", exhausted=False),
            Page([reply("3", -7, "2"), reply("4", -6, "99")], "h3", exhausted=True),
        ]
        read = rig.cache.read
        reads: list[str] = []

        async def noted_read(fn: Any, *args: Any, **kwargs: Any) -> Any:
            reads.append(getattr(fn, "__name__", ""))
            return await read(fn, *args, **kwargs)

        rig.cache.read = noted_read  # type: ignore[method-assign]
        [result] = await rig.engine.sync_once()
        assert result.ok and result.added == 4
        assert "thread_roots" not in reads

        def roots() -> dict[str, str]:
            return dict(database.execute_sql("SELECT remote_id, thread_root FROM message").fetchall())

        assert await read(roots) == {"1": "1", "2": "1", "3": "1", "4": "99"}
    finally:
        await rig.engine.shutdown()
        rig.cache.close()


async def test_a_store_whose_event_loop_has_closed_still_commits(rig: Rig) -> None:
    """The read-ahead's hand-over runs inside the store's transaction, on
    the writer's thread: an event loop that closed meanwhile (the app
    quitting) does not fail the store, nor roll it back."""

    def on_a_loop_that_then_closes() -> Callable[[], None]:
        loop = asyncio.new_event_loop()

        async def made() -> Callable[[], None]:
            return rig.engine._meanwhile(rig.account, rig.connector, HISTORY, "h1", None, None)

        try:
            return loop.run_until_complete(made())
        finally:
            loop.close()

    committing = await asyncio.to_thread(on_a_loop_that_then_closes)
    stored = await rig.cache.write(
        ingest.store_page, rig.account.id, HISTORY, [mention("1", -1)], cursor="h1", exhausted=False, unread=False,
        committing=committing,
    )
    assert stored.added == 1
    assert await rig.cache.read(ingest.get_cursor, rig.account.id, HISTORY) == ("h1", False)
