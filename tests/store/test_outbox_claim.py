"""A reply is claimed for sending once: two senders that read it at the
same time (two apps of a team, or a crash's leftover and a new attempt)
cannot both start an attempt; on both backends."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_inbox.records import Direction, Kind, OutboxState, Post
from desktop_inbox.store import conversations, ingest, outbox
from desktop_inbox.store.db import Cache
from tests.helpers.shop import T0, shop_cache
from tests.store.test_ingest_pages import person


@pytest.fixture
def cache(data_dir: Path, open_cache: Callable[[Path], Cache]) -> Iterator[Cache]:
    yield from shop_cache(data_dir, open_cache)


def test_two_senders_that_read_the_same_reply_claim_it_once(cache: Cache) -> None:
    anna = person("Anna")
    cache.call_write(ingest.store_posts, 1, [Post("1", anna, "where is it?", T0, Kind.DIRECT, Direction.IN, anna)])
    [conv] = cache.call_read(conversations.list_conversations)
    item = cache.call_write(outbox.queue_reply, conv.id, "On its way", now=T0 + timedelta(minutes=1))
    [seen_by_one] = cache.call_read(outbox.due, now=T0 + timedelta(hours=1))
    [seen_by_two] = cache.call_read(outbox.due, now=T0 + timedelta(hours=1))
    first = cache.call_write(outbox.mark_sending, seen_by_one.id, attempts=seen_by_one.attempts)
    second = cache.call_write(outbox.mark_sending, seen_by_two.id, attempts=seen_by_two.attempts)
    assert first is not None and first.state == OutboxState.SENDING and first.attempts == 1
    assert second is None  # the other one's attempt: not this sender's
    # In doubt later (the first sender went away): the next claim, from what it reads now, is one.
    [in_doubt] = cache.call_read(outbox.due, now=T0 + timedelta(hours=1))
    assert in_doubt.id == item.id and in_doubt.state == OutboxState.SENDING
    again = cache.call_write(outbox.mark_sending, in_doubt.id, attempts=in_doubt.attempts)
    assert again is not None and again.attempts == 2
