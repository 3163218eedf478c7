"""A conversation's aggregate in one place: queued replies count as our
answer until they are taken back, and a rebuild agrees with the sync's
incremental count."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_inbox.records import Direction, Kind, Person, Platform, Post, State
from desktop_inbox.store import aggregate, conversations, ingest, ordering, outbox
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database, to_ms
from tests.helpers.shop import ME, T0, shop_cache

ANNA = Person(Platform.MASTODON, "https://m.example/@anna", "a1", "@anna@m.example", "Anna Lambrou")
COLUMNS = "state, sort_key, last_message_at, last_inbound_at, last_outbound_at, waiting_since, message_count, snippet, reply_to"


def post(rid: str, minutes: int, direction: Direction = Direction.IN, *, root: str = "t") -> Post:
    author = ANNA if direction == Direction.IN else ME
    return Post(
        rid, author, f"text {rid}", T0 + timedelta(minutes=minutes), Kind.PUBLIC, direction, ANNA, thread_root=root
    )


@pytest.fixture
def cache(data_dir: Path, open_cache: Callable[[Path], Cache]) -> Iterator[Cache]:
    yield from shop_cache(data_dir, open_cache)


def columns(cache: Cache, conversation_id: int) -> tuple[object, ...]:
    return cache.call_read(
        lambda: database.execute_sql(f"SELECT {COLUMNS} FROM conversation WHERE id = ?", (conversation_id,)).fetchone()
    )


@pytest.mark.parametrize("take_back", ["cancel", "cancel after a failure"])
def test_a_reply_taken_back_leaves_the_conversation_as_it_was(cache: Cache, take_back: str) -> None:
    # Anna wrote twice; the clock runs from her first message.
    cache.call_write(ingest.store_page, 1, "s", [post("1", 0), post("2", 5)], cursor="x", exhausted=True, unread=True)
    [before] = cache.call_read(conversations.list_conversations)
    assert before.state == State.NEEDS_REPLY and before.waiting_since == T0
    stored_before = columns(cache, before.id)

    item = cache.call_write(outbox.queue_reply, before.id, "On its way, Anna", now=T0 + timedelta(minutes=30))
    queued = cache.call_read(conversations.get_summary, before.id)
    assert queued.state == State.WAITING and queued.waiting_since is None
    if take_back == "cancel after a failure":
        cache.call_write(outbox.mark_failed, item.id, "refused")
        assert cache.call_read(conversations.get_summary, before.id).state == State.WAITING

    cache.call_write(outbox.cancel, item.id, now=T0 + timedelta(minutes=31))
    after = cache.call_read(conversations.get_summary, before.id)
    assert after.state == State.NEEDS_REPLY and after.waiting_since == T0
    assert columns(cache, before.id) == stored_before
    # The inbox shows Anna first again, as before.
    assert [c.id for c in cache.call_read(conversations.list_conversations, state=State.NEEDS_REPLY)] == [before.id]


def test_cancelling_one_of_two_queued_replies_keeps_the_other_as_the_answer(cache: Cache) -> None:
    cache.call_write(ingest.store_page, 1, "s", [post("1", 0)], cursor="x", exhausted=True, unread=True)
    [conv] = cache.call_read(conversations.list_conversations)
    first = cache.call_write(outbox.queue_reply, conv.id, "Public note", now=T0 + timedelta(minutes=1))
    cache.call_write(outbox.queue_reply, conv.id, "The answer", now=T0 + timedelta(minutes=2))
    cache.call_write(outbox.cancel, first.id)
    assert cache.call_read(conversations.get_summary, conv.id).state == State.WAITING


def test_an_earlier_answer_still_counts_after_a_cancel(cache: Cache) -> None:
    cache.call_write(
        ingest.store_page, 1, "s", [post("1", 0), post("2", 10, Direction.OUT), post("3", 20)],
        cursor="x", exhausted=True, unread=True,
    )  # fmt: skip
    [conv] = cache.call_read(conversations.list_conversations)
    assert conv.waiting_since == T0 + timedelta(minutes=20)
    item = cache.call_write(outbox.queue_reply, conv.id, "Sure", now=T0 + timedelta(minutes=30))
    cache.call_write(outbox.cancel, item.id)
    after = cache.call_read(conversations.get_summary, conv.id)
    assert after.state == State.NEEDS_REPLY and after.waiting_since == T0 + timedelta(minutes=20)


def test_a_rebuild_agrees_with_the_sync_count(cache: Cache) -> None:
    """The write path counts page by page; ``recompute`` reads it all again:
    both must store the same aggregate, whatever order messages come in."""
    rng = random.Random(20)
    posts = [
        post(str(n), rng.randrange(0, 600), Direction.OUT if rng.random() < 0.4 else Direction.IN, root=f"t{n % 3}")
        for n in range(60)
    ]
    rng.shuffle(posts)
    for start in range(0, len(posts), 7):
        cache.call_write(
            ingest.store_page, 1, "s", posts[start : start + 7], cursor=str(start), exhausted=False, unread=True
        )
    ids = [c.id for c in cache.call_read(conversations.list_conversations)]
    assert len(ids) == 3
    counted = {cid: columns(cache, cid) for cid in ids}
    for cid in ids:
        cache.call_write(aggregate.recompute, cid, now=T0 + timedelta(days=1))
    assert {cid: columns(cache, cid) for cid in ids} == counted


def test_a_page_that_leaves_a_conversation_in_place_does_not_rewrite_its_order(data_dir: Path) -> None:
    """A conversation whose state and sort key stay as they are is saved
    without them (their indexes untouched); one that moves gets both. Either
    way the stored aggregate is what a rebuild makes of it, and the inbox
    lists it where it belongs."""
    opened = shop_cache(data_dir)  # (SQLite: its statements are traced)
    cache = next(opened)
    updates: list[str] = []

    def trace(sql: str) -> None:
        if sql.lstrip().startswith("UPDATE conversation SET"):
            updates.append(" ".join(sql.split()))

    try:
        cache.call_write(lambda: database.connection().set_trace_callback(trace))
        pages = [
            ([post("1", 10)], True),  # new: needs a reply, waiting since 10
            ([post("2", 5)], True),  # older: waits since 5 now
            ([post("3", 20)], False),  # newer, while waiting since 5: same place
            ([post("4", 30, Direction.OUT)], True),  # answered: waiting
            ([post("5", 25, Direction.OUT)], False),  # an older answer: same place
        ]
        for n, (page, moves) in enumerate(pages):
            updates.clear()
            cache.call_write(ingest.store_page, 1, "s", page, cursor=str(n), exhausted=False, unread=True)
            [conv] = cache.call_read(conversations.list_conversations)
            if n:
                assert len(updates) == 1, updates
                assert ("SET state =" in updates[0]) == moves, updates
            stored = columns(cache, conv.id)
            cache.call_write(aggregate.recompute, conv.id, now=T0 + timedelta(days=1))
            assert columns(cache, conv.id) == stored
            listed = cache.call_read(conversations.list_conversations, state=State(str(stored[0])))
            assert [c.id for c in listed] == [conv.id]
        assert stored[:2] == (
            State.WAITING.value,
            ordering.sort_key_ms(State.WAITING, None, to_ms(T0 + timedelta(minutes=30))),
        )
        assert stored[6] == 5
        assert cache.call_read(lambda: database.execute_sql("PRAGMA integrity_check").fetchone()[0]) == "ok"
    finally:
        opened.close()
