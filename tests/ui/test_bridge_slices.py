"""The sync's events reach the window in slices: a big sync stores many
pages a second, and each ``stored`` makes the window re-read its list, its
counts, a notification and the open conversation (bench/, measurement 5)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.engine import SyncEngine, SyncEvent, SyncEventKind
from desktop_inbox.ui.bridge import SLICE_MS, EngineBridge
from desktop_inbox.ui.context import AppContext


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    cache = Cache(tmp_path / "data")
    secrets = Secrets()
    engine = SyncEngine(cache=cache, secrets=secrets)
    yield AppContext(data_dir=tmp_path / "data", cache=cache, secrets=secrets, inbox=Inbox(cache), engine_source=engine)
    cache.close()


def stored(account_id: int, conversations: set[int], new: int) -> SyncEvent:
    return SyncEvent(
        SyncEventKind.STORED, account_id, conversations=frozenset(conversations), new_inbound=new,
        new_inbound_conversations=frozenset(conversations),
    )


def test_pages_stored_within_a_slice_reach_the_window_as_one_event(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    bridge = EngineBridge(ctx)
    seen: list[SyncEvent] = []
    bridge.stored.connect(seen.append)
    emit = ctx.sync.engine._emit
    emit(stored(1, {1}, 1))
    assert [e.conversations for e in seen] == [{1}]  # the first at once
    for n in range(2, 102):  # a hundred pages within the slice
        emit(stored(1, {n}, 2))
    emit(stored(2, {500}, 1))
    assert len(seen) == 1
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5 * SLICE_MS)
    one, two = seen[1:]
    assert (one.account_id, one.conversations, one.new_inbound) == (1, frozenset(range(2, 102)), 200)
    assert one.new_inbound_conversations == one.conversations
    assert (two.account_id, two.conversations, two.new_inbound) == (2, {500}, 1)
    qtbot.wait(2 * SLICE_MS)
    assert len(seen) == 3  # nothing twice
    # After a quiet slice, the next page goes at once again.
    emit(stored(1, {7}, 1))
    assert len(seen) == 4


def test_other_events_keep_their_order_after_what_was_held(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    bridge = EngineBridge(ctx)
    kinds: list[str] = []
    bridge.sync_event.connect(lambda e: kinds.append(f"{e.kind}:{sorted(e.conversations)}{e.oldest or ''}"))
    emit = ctx.sync.engine._emit
    emit(stored(1, {1}, 1))
    emit(stored(1, {2}, 1))
    emit(SyncEvent(SyncEventKind.PROGRESS, 1, oldest=datetime(2024, 3, 5, tzinfo=UTC)))
    emit(SyncEvent(SyncEventKind.PROGRESS, 1, oldest=datetime(2024, 3, 1, tzinfo=UTC)))
    emit(SyncEvent(SyncEventKind.CYCLE, 1))
    # The cycle's end comes after the page and the progress held before it
    # (the latest progress only), not before them.
    assert kinds == ["stored:[1]", "stored:[2]", "progress:[]2024-03-01 00:00:00+00:00", "cycle:[]"]
