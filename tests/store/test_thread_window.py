"""A window of a long conversation: the newest page, the page around a
message, and paging from there to either end without a gap or a repeat."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_inbox.errors import NotFound
from desktop_inbox.records import AccountInfo, Direction, Kind, Person, Platform, Post
from desktop_inbox.store import accounts, conversations, ingest
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database

ME = Person(Platform.MASTODON, "https://shop.example/@shop", "1", "@shop@shop.example", "Shop")
ANNA = Person(Platform.MASTODON, "https://m.example/@anna", "7", "@anna@m.example", "Anna")
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
COUNT = 250
PAGE = 40


def post(n: int) -> Post:
    # Pairs of messages share a second, so the (time, id) cursor is what orders them.
    return Post(
        remote_id=f"r{n}", author=ANNA, text=f"message {n}", created_at=T0 + timedelta(seconds=n // 2),
        kind=Kind.PUBLIC, direction=Direction.IN, customer=ANNA,
        in_reply_to=f"r{n - 1}" if n else None, thread_root="r0",
    )


@pytest.fixture
def thread(data_dir: Path, open_cache: Callable[[Path], Cache]):  # type: ignore[no-untyped-def]
    with open_cache(data_dir) as cache:
        account = cache.call_write(
            accounts.create, platform="mastodon", base_url="https://shop.example",
            info=AccountInfo(me=ME, char_limit=500), secret_ref="mastodon:t",
        )
        cache.call_write(
            ingest.store_page, account.id, "history", [post(n) for n in range(COUNT)], cursor="x", exhausted=True,
            unread=False,
        )
        ids = cache.call_read(lambda: [r[0] for r in database.execute_sql(
            "SELECT id FROM message ORDER BY created_at, id").fetchall()])
        conversation_id = cache.call_read(lambda: database.execute_sql("SELECT conversation_id FROM message").fetchone()[0])
        assert len(ids) == COUNT
        yield cache, conversation_id, ids


def cursor(message: conversations.MessageView) -> tuple[int, int]:
    assert message.id is not None
    return round(message.created_at.timestamp() * 1000), message.id


def test_the_newest_page_then_older_pages_reach_the_first_message(thread) -> None:  # type: ignore[no-untyped-def]
    cache, conversation_id, ids = thread
    page = cache.call_read(conversations.get_conversation, conversation_id, limit=PAGE)
    assert [m.id for m in page.messages] == ids[-PAGE:]
    assert page.has_more and not page.has_newer
    seen = [m.id for m in page.messages]
    while page.has_more:
        page = cache.call_read(conversations.get_conversation, conversation_id, limit=PAGE, before=cursor(page.messages[0]))
        assert page.has_newer and len(page.messages) <= PAGE
        seen[:0] = [m.id for m in page.messages]
    assert seen == ids


@pytest.mark.parametrize("at", [0, 1, 7, COUNT // 2, COUNT - 1])
def test_a_window_around_a_message_pages_to_both_ends(thread, at: int) -> None:  # type: ignore[no-untyped-def]
    cache, conversation_id, ids = thread
    page = cache.call_read(conversations.get_conversation, conversation_id, limit=PAGE, around=ids[at])
    window = [m.id for m in page.messages]
    assert ids[at] in window and len(window) == min(PAGE, COUNT)
    assert window == ids[ids.index(window[0]):ids.index(window[0]) + len(window)]  # a contiguous run
    assert page.has_more == (window[0] != ids[0]) and page.has_newer == (window[-1] != ids[-1])
    first = page
    while page.has_newer:
        page = cache.call_read(conversations.get_conversation, conversation_id, limit=PAGE, after=cursor(page.messages[-1]))
        window += [m.id for m in page.messages]
        assert page.has_more
    page = first
    while page.has_more:
        page = cache.call_read(conversations.get_conversation, conversation_id, limit=PAGE, before=cursor(page.messages[0]))
        window[:0] = [m.id for m in page.messages]
    assert window == ids


def test_a_message_of_another_conversation_is_not_found(thread) -> None:  # type: ignore[no-untyped-def]
    cache, conversation_id, ids = thread
    with pytest.raises(NotFound):
        cache.call_read(conversations.get_conversation, conversation_id + 1000, limit=PAGE, around=ids[0])
    with pytest.raises(NotFound):
        cache.call_read(conversations.get_conversation, conversation_id, limit=PAGE, around=ids[-1] + 1000)
