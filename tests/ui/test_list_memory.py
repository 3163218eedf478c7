"""The conversation list scrolled to its end holds every row's place but only
a window of summaries (bench/, item 6), reads a dropped chunk again when it
is seen, and stays in step with the cache when it is refreshed while pages
are still arriving."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from bench.make_cache import build
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.services.values import ConversationSummary
from desktop_inbox.store.db import Cache
from desktop_inbox.ui import conversation_list
from desktop_inbox.ui.conversation_list import ConversationListModel, Roles
from desktop_inbox.ui.tasks import cancel_all
from tests.ui.conftest import until

CONVERSATIONS = 1_500


@pytest.fixture(scope="module")
def spread_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("spread")
    build(data, messages=3_000, seed=3, conversations=CONVERSATIONS)
    return data


def listed_ids(cache: Cache) -> list[int]:
    """The "All" view's order, straight from the store."""
    from desktop_inbox.store import conversations

    return [row.id for row in cache.call_read(conversations.list_conversations, limit=10**6)]


def summaries_alive() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, ConversationSummary))


async def scroll_to_end(model: ConversationListModel, *, refreshing: bool = False) -> None:
    model.set_filter(state=None)
    while True:
        await until(lambda: not model.loading)
        if not model.canFetchMore():
            return
        model.fetchMore()
        if refreshing:
            model.refresh()  # (a sync's refresh while the next page is on its way)


def test_scrolled_to_the_end_the_list_keeps_places_not_every_summary(  # type: ignore[no-untyped-def]
    qloop, qapp, spread_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(conversation_list, "CHUNK", 100, raising=False)
    monkeypatch.setattr(conversation_list, "KEPT_CHUNKS", 3, raising=False)
    cache = Cache(spread_cache)
    expected = listed_ids(cache)
    assert len(expected) > 1_000
    model = ConversationListModel(Inbox(cache))

    async def body() -> None:
        await scroll_to_end(model)
        assert model.rowCount() == len(expected)
        assert [model.data(model.index(n, 0), Roles.ID) for n in range(model.rowCount())] == expected
        # Every place is known; a few hundred summaries are held, not 1,500.
        assert summaries_alive() <= 3 * 100 + 10  # (and the few this test holds)
        # The top, dropped long ago, is read again when seen, and is right.
        assert model.summary(0) is None
        first = await until(lambda: model.summary(0))
        assert first.id == expected[0]
        for n in range(0, len(expected), 97):
            row = await until(lambda n=n: model.summary(n))
            assert row.id == expected[n]
        assert summaries_alive() <= 3 * 100 + 10  # (and the few this test holds)
        await cancel_all()

    try:
        qloop.run_until_complete(body())
    finally:
        cache.close()


def test_a_refresh_while_pages_arrive_loses_no_row(qloop, qapp, spread_cache: Path) -> None:  # type: ignore[no-untyped-def]
    cache = Cache(spread_cache)
    expected = listed_ids(cache)
    model = ConversationListModel(Inbox(cache))

    async def body() -> None:
        await scroll_to_end(model, refreshing=True)
        listed = lambda: [model.data(model.index(n, 0), Roles.ID) for n in range(model.rowCount())]  # noqa: E731
        await until(lambda: listed() == expected, timeout=10, message=f"{len(expected)} rows in the store's order")
        await cancel_all()

    try:
        qloop.run_until_complete(body())
    finally:
        cache.close()
