"""A long thread in the window: opened at its oldest message from a search
hit, it shows a page around it, and scrolling reaches every message to the
newest and back, the window never holding more than its bound."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from desktop_inbox.records import Direction, Kind, Person, Platform, Post
from desktop_inbox.store import ingest
from desktop_inbox.store.schema import database
from desktop_inbox.ui.conversation import pane, thread_view
from tests.ui.conftest import until

ANNA = Person(Platform.MASTODON, "https://m.example/@anna", "7", "@anna@m.example", "Anna")
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
COUNT = 400


def post(n: int) -> Post:
    return Post(
        remote_id=f"long{n}", author=ANNA, text=f"line number {n} of the long thread", created_at=T0 + timedelta(minutes=n),
        kind=Kind.PUBLIC, direction=Direction.IN, customer=ANNA,
        in_reply_to=f"long{n - 1}" if n else None, thread_root="long0",
    )


def test_a_long_thread_opens_at_an_old_hit_and_scrolls_to_both_ends(make_ui, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pane, "THREAD_PAGE", 30)
    monkeypatch.setattr(thread_view, "MAX_ROWS", 120)

    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        cache = ui.ctx.cache
        account_id = (await ui.ctx.accounts.list())[0].id
        await cache.write(ingest.store_page, account_id, "history", [post(n) for n in range(COUNT)], cursor="x",
                          exhausted=True, unread=False)
        ids, conversation_id = await cache.read(lambda: (
            [r[0] for r in database.execute_sql("SELECT id FROM message ORDER BY created_at, id").fetchall()],
            database.execute_sql("SELECT conversation_id FROM message").fetchone()[0],
        ))
        w = ui.window
        view = w.conversation.thread_view
        view.resize(600, 400)

        w.open_search_hit(conversation_id, ids[3])
        await until(lambda: view.messages.rowCount() > 0 and view.currentIndex().isValid(), message="the hit shown")
        shown = [m.id for m in view.messages.rows]
        assert ids[3] in shown and len(shown) == 30  # a page, not the whole thread
        assert view.currentIndex().data(thread_view.Roles.MESSAGE).id == ids[3]
        assert view.visualRect(view.currentIndex()).intersects(view.viewport().rect())  # on screen

        seen = set(shown)
        bar = view.verticalScrollBar()
        for _ in range(200):  # scrolling down as the user would, to the newest
            bar.setValue(bar.maximum())
            await until(lambda: not view._asked[1], message="the next page")
            seen.update(m.id for m in view.messages.rows)
            assert view.messages.rowCount() <= 120
            if not view.messages.has_newer:
                break
        assert view.messages.rows[-1].id == ids[-1] and not view.messages.has_newer
        assert view.messages.has_older  # the oldest were given back
        for _ in range(200):  # and up again, to the first
            bar.setValue(0)
            await until(lambda: not view._asked[-1], message="the previous page")
            seen.update(m.id for m in view.messages.rows)
            assert view.messages.rowCount() <= 120
            if not view.messages.has_older:
                break
        assert view.messages.rows[0].id == ids[0]
        assert seen == set(ids)
        rows = [m.id for m in view.messages.rows]
        assert rows == sorted(rows, key=ids.index)  # in order, no gap, no repeat
        assert rows == ids[: len(rows)]

    make_ui.run(body())


def test_a_page_is_laid_out_a_few_bubbles_at_a_time(qloop) -> None:  # type: ignore[no-untyped-def]
    """A page about to be added is laid out before it is: a few bubbles,
    then the loop's other work, then the next few (bench/, 4c: at once, it
    held the loop ~25 ms on a slow machine at each page scrolled)."""
    import asyncio

    from desktop_inbox.store.conversations import MessageView

    view = thread_view.ThreadView()
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # (the bubbles' width stays)
    view.resize(600, 400)
    view.show()
    messages = [
        MessageView(n, f"r{n}", Direction.IN, "@anna", "Anna", f"line number {n} " * (n % 5 + 1), "", "public",
                    T0 + timedelta(minutes=n), None)
        for n in range(12)
    ]
    order: list[object] = []
    laid_out = view.bubbles.row_height
    view.bubbles.row_height = lambda message: order.append(message.id) or laid_out(message)  # type: ignore[method-assign]

    async def body() -> None:
        asyncio.get_running_loop().call_soon(order.append, "the loop's other work")
        await view.lay_out(messages)

    qloop.run_until_complete(body())
    assert order.index("the loop's other work") == thread_view.LAID_OUT_AT_ONCE
    assert [o for o in order if o != "the loop's other work"] == list(range(12))
    # Added, they are not laid out again (forgotten as changed, they were, all at once).
    view.bubbles.row_height = laid_out  # type: ignore[method-assign]
    documents = view.bubbles.document
    again: list[object] = []
    view.bubbles.document = lambda message: again.append(message.id) or documents(message)  # type: ignore[method-assign]
    view.add_older(messages, has_older=False)
    assert view.messages.rowCount() == 12 and again == []
    view.close()
