"""The dashboard (issue 22): a clickable table of who waits now, the key
figures in their units, and a chart whose lines stay inside its axes."""

from __future__ import annotations

from desktop_inbox.records import State
from desktop_inbox.ui.dialogs.dashboard import TICKS, axis_top
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until


def test_waiting_now_is_a_table_a_click_opens_and_the_figures_count_conversations(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        first = world.server.post(world.anna, "@shop where is my parcel?")
        world.server.post(world.anna, "@shop hello?? still waiting", in_reply_to=first)
        world.server.post(world.bob, "@shop do you ship to Crete?")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        rows = {c.customer_name: c for c in await ui.ctx.inbox.page()}
        dialog = w.dialogs.dashboard()
        table = dialog.waiting
        await until(lambda: table.rowCount() == 2 and table.item(0, 1) is not None, message="the table")
        names = sorted(table.item(r, 1).text() for r in range(2))
        assert names == ["Anna Λάμπρου", "Bob 王"]
        assert {table.item(r, 3).text() for r in range(2)} >= {"do you ship to Crete?"}  # (no "@shop" first)
        # The same unit as the sidebar: conversations waiting, not messages.
        counts = await ui.ctx.inbox.counts()
        await until(lambda: dialog.figures["waiting"].number.text() == str(counts[State.NEEDS_REPLY]))
        assert dialog.figures["waiting"].number.text() == "2"
        assert "conversations waiting" in dialog.figures["waiting"].caption.text()
        # Large: the figures are what one reads first.
        assert dialog.figures["waiting"].number.font().pointSizeF() > 1.5 * dialog.summary.font().pointSizeF()
        await until(lambda: w.conversation.current is not None)
        opened: list[int] = []
        w.conversation_shown.connect(opened.append)
        other = next(r for r in range(2) if dialog.waiting_ids[r] != w.conversation.current_id())
        table.cellClicked.emit(other, 1)
        name = table.item(other, 1).text()
        await until(lambda: rows[name].id in opened, message=f"the click opened {name}'s conversation")
        dialog.close()

    make_ui.run(body())


def test_the_chart_s_axis_ends_on_a_labelled_line_above_every_value() -> None:
    for highest in (10, 180, 181, 3000, 3600, 5 * 3600, 2 * 86400, 6 * 86400):
        top = axis_top(highest)
        assert top >= highest and top in TICKS
    assert axis_top(40 * 86400) == 40 * 86400  # (beyond the last tick: the value itself)
