"""A refresh of the conversation list (after each page a sync stores) paints
again only what changed: the same rows in the same order repaint nothing, a
changed summary repaints its row alone, and rows that moved relay the list
out (bench/, measurement 5: a layout change at every stored batch repainted
every row on screen, 20-50 ms of the event loop each time)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.make_cache import build
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database
from desktop_inbox.ui.conversation_list import ConversationListModel, Roles
from desktop_inbox.ui.tasks import cancel_all
from tests.ui.conftest import until


@pytest.fixture
def cache(tmp_path: Path) -> Any:
    build(tmp_path, messages=400, seed=7, conversations=80)
    cache = Cache(tmp_path)
    yield cache
    cache.close()


class Signals:
    """What the model told its views."""

    def __init__(self, model: ConversationListModel) -> None:
        self.layouts = 0
        self.resets = 0
        self.changed: list[tuple[int, int]] = []
        self.loaded = 0
        model.layoutChanged.connect(self._layout)
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(lambda first, last, *_: self.changed.append((first.row(), last.row())))
        model.loaded.connect(self._loaded)

    def _layout(self, *_: object) -> None:
        self.layouts += 1

    def _reset(self) -> None:
        self.resets += 1

    def _loaded(self) -> None:
        self.loaded += 1

    def clear(self) -> None:
        self.layouts = self.resets = 0
        self.changed.clear()


def ids(model: ConversationListModel) -> list[int]:
    return [model.data(model.index(n, 0), Roles.ID) for n in range(model.rowCount())]


def test_a_refresh_repaints_only_the_rows_that_changed(qloop, qapp, cache: Cache) -> None:  # type: ignore[no-untyped-def]
    model = ConversationListModel(Inbox(cache))
    seen = Signals(model)

    async def refreshed() -> None:
        before = seen.loaded
        model.refresh()
        await until(lambda: seen.loaded > before, message="the refresh")

    async def body() -> None:
        model.set_filter(state=None)
        await until(lambda: model.rowCount() > 0 and not model.loading)
        listed = ids(model)
        assert len(listed) == 80

        # Nothing changed: nothing to paint, and each row keeps its summary
        # (the delegate keeps each row's picture by it).
        before = [model.summary(n) for n in range(model.rowCount())]
        seen.clear()
        await refreshed()
        assert (seen.layouts, seen.resets, seen.changed) == (0, 0, [])
        assert all(model.summary(n) is before[n] for n in range(model.rowCount()))

        # One conversation's snippet changed, in place: its row alone.
        row = 17
        cache.call_write(
            lambda: database.execute_sql("UPDATE conversation SET snippet = 'Where is my parcel?' WHERE id = ?", (listed[row],))
        )
        seen.clear()
        await refreshed()
        assert (seen.layouts, seen.resets, seen.changed) == (0, 0, [(row, row)])
        assert model.summary(row).snippet == "Where is my parcel?"
        assert model.summary(row + 1) is before[row + 1]

        # The last conversation moved to the top: the rows moved, the list is laid out again.
        cache.call_write(
            lambda: database.execute_sql(
                "UPDATE conversation SET sort_key = (SELECT min(sort_key) - 1 FROM conversation) WHERE id = ?",
                (listed[-1],),
            )
        )
        seen.clear()
        await refreshed()
        assert seen.layouts == 1 and seen.resets == 0
        assert ids(model) == [listed[-1], *listed[:-1]]
        await cancel_all()

    qloop.run_until_complete(body())
