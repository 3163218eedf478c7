"""Search and the list (issue 22): leaving a search, what zero results and a
count say, even rows, the order box, saved searches at once and counted in
conversations, and what a conversation row shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest

from desktop_inbox.records import FollowUp, Kind, Platform, State
from desktop_inbox.services.values import ConversationSummary
from desktop_inbox.text.mentions import without_own_mentions
from desktop_inbox.ui.conversation_list import _clock, first_line, shown_snippet
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until
from tests.ui.test_review import _child


def _searching_world():  # type: ignore[no-untyped-def]
    world = make_world()
    first = world.server.post(world.anna, "@shop my parcel is late")
    world.server.post(
        world.anna, "@shop the parcel, again: where is it? " + "It was meant for my sister's birthday. " * 6, in_reply_to=first
    )
    world.server.post(world.bob, "@shop where is the parcel?")
    return world


def test_leaving_a_search_with_esc_ctrl_1_or_the_view_itself(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.attach(_searching_world())
        await ui.started()
        w = ui.window
        pane = w.list_pane
        # No query: no order box (it looked like it sorted the inbox), no Save.
        assert pane.search.order.isHidden() and pane.search.save_button.isHidden()

        def search(text: str) -> None:
            pane.focus_search()
            pane.search.set_query(text)

        search("parcel")
        await until(lambda: pane.results_model.rowCount() == 3, message="results")
        assert pane.stack.currentWidget() is pane.results_view
        assert pane.search.order.isVisibleTo(pane) and pane.search.save_button.isVisibleTo(pane)
        # How many: the count the model now emits.
        await until(lambda: pane.search.found.text() == "3 messages found", message=f"count {pane.search.found.text()!r}")
        # Even rows: a long hit takes as much height as a short one.
        heights = {pane.results_view.visualRect(pane.results_model.index(n, 0)).height() for n in range(3)}
        assert len(heights) == 1

        QTest.keyClick(pane.search.box, Qt.Key.Key_Escape)
        assert pane.search.box.text() == "" and pane.stack.currentWidget() is pane.view
        assert pane.view.hasFocus() or w.focusWidget() is pane.view
        assert pane.search.order.isHidden()

        search("parcel")
        await until(lambda: pane.stack.currentWidget() is pane.results_view)
        w.named_actions["view_needs_reply"].trigger()  # Ctrl+1, Needs reply being the view shown
        assert pane.search.box.text() == "" and pane.stack.currentWidget() is pane.view

        search("parcel")
        await until(lambda: pane.stack.currentWidget() is pane.results_view)
        current = w.sidebar.currentItem()
        w.sidebar.itemClicked.emit(current, 0)  # a click on the highlighted "Needs reply"
        assert pane.search.box.text() == "" and pane.stack.currentWidget() is pane.view

        # Nothing found: said, not a blank pane.
        search("zeppelin")
        await until(lambda: pane.stack.currentWidget() is pane.empty_label, message="no results")
        assert pane.empty_label.text() == "No message matches “zeppelin”."
        assert pane.search.found.isHidden()
        # Nobody by that name: said the same way, at once or after the people are read.
        for nobody in ("from:zeppelin", "from:zz"):
            search(nobody)
            said = f"No message matches “{nobody}”."
            await until(lambda said=said: pane.empty_label.text() == said, message=nobody)
            assert pane.stack.currentWidget() is pane.empty_label

    make_ui.run(body())


def test_a_saved_search_shows_at_once_and_counts_conversations(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.attach(_searching_world())
        await ui.started()
        w = ui.window
        saved = await ui.ctx.search.save("Parcels", "parcel")
        w.on_search_saved(saved)
        # In the sidebar before it is counted (it waited for the next count).
        item = _child(w.sidebar._searches_item, "Parcels")
        assert item is not None and not w.sidebar._searches_item.isHidden()
        # Three messages in two conversations: counted as the sidebar's views are, in conversations.
        await until(lambda: (_child(w.sidebar._searches_item, "Parcels") or item).text(0) == "Parcels  2", message="count")
        assert "2 conversations" in _child(w.sidebar._searches_item, "Parcels").data(0, Qt.ItemDataRole.AccessibleTextRole)

    make_ui.run(body())


def _summary(**changes: object) -> ConversationSummary:
    now = datetime.now(UTC)
    values: dict[str, object] = {
        "id": 1, "account_id": 1, "platform": Platform.MASTODON, "account_handle": "@aegeanshoes@mastodon.social", "kind": Kind.PUBLIC,
        "state": State.NEEDS_REPLY, "contact_id": 1, "customer_identity_id": 1, "customer_handle": "@dan_o@mastodon.social",
        "customer_name": "Daniel O'Brien", "last_message_at": now - timedelta(hours=2), "waiting_since": now - timedelta(hours=2),
        "snoozed_until": None, "unread_count": 0, "message_count": 1, "snippet": "@aegeanshoes when will the Naxos espadrilles be back?",
        "sort_key": 0,
    }  # fmt: skip
    values.update(changes)
    return ConversationSummary(**values)  # type: ignore[arg-type]


def test_a_row_shows_the_whole_name_then_public_or_dm_then_the_handle(qapp) -> None:  # type: ignore[no-untyped-def]
    font = QFont()
    bold = QFont(font)
    bold.setBold(True)
    fm, bold_fm = QFontMetrics(font), QFontMetrics(bold)
    row = _summary()
    room = QRect(30, 8, 230, fm.height())  # a list 330 px wide, less the mark and the clock
    line = first_line(row, room, fm, bold_fm, bold_fm)
    assert line.name == "Daniel O'Brien"  # (capped at half the line, it read "Daniel O'Bri…")
    assert line.kind == "public" and line.name_rect.right() < line.kind_rect.left() < line.handle_rect.left()
    assert line.kind_rect.right() <= room.right()  # the mark is never the part cut off
    narrow = QRect(30, 8, bold_fm.horizontalAdvance("Daniel O'Brien") // 2 + fm.horizontalAdvance("DM") + 14, fm.height())
    dm = first_line(_summary(kind=Kind.DIRECT), narrow, fm, bold_fm, bold_fm)
    assert dm.kind == "DM" and dm.kind_rect.right() <= narrow.right() and dm.name.endswith("…") and dm.handle == ""



def test_a_row_that_came_back_says_follow_up_after_the_name_and_a_heard_row_says_heard(qapp) -> None:  # type: ignore[no-untyped-def]
    font = QFont()
    bold = QFont(font)
    bold.setBold(True)
    fm, bold_fm = QFontMetrics(font), QFontMetrics(bold)
    wide = QRect(30, 8, 330, fm.height())
    back = first_line(_summary(follow_up=FollowUp.CAME_BACK), wide, fm, bold_fm, bold_fm)
    assert back.follow == "↻ follow-up" and back.name == "Daniel O'Brien"
    assert back.name_rect.right() < back.follow_rect.left() < back.kind_rect.left() and back.kind_rect.right() <= wide.right()
    tight = QRect(30, 8, 150, fm.height())
    short = first_line(_summary(follow_up=FollowUp.CAME_BACK), tight, fm, bold_fm, bold_fm)
    assert short.follow == "↻" and short.kind_rect.right() <= tight.right()  # the sign, and the mark still whole
    assert first_line(_summary(), wide, fm, bold_fm, bold_fm).follow == ""
    assert first_line(_summary(state=State.HEARD), wide, fm, bold_fm, bold_fm).kind == "heard"


def test_a_row_s_snippet_starts_with_what_the_customer_said(qapp) -> None:  # type: ignore[no-untyped-def]
    assert shown_snippet(_summary()) == "when will the Naxos espadrilles be back?"
    assert without_own_mentions("@AegeanShoes@mastodon.social, @bob hi", "@aegeanshoes@mastodon.social") == "@bob hi"
    assert without_own_mentions("@shopper hello", "@shop") == "@shopper hello"
    assert without_own_mentions("@shop", "@shop") == "@shop"  # (nothing else to show)


def test_a_snoozed_row_says_when_it_wakes(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop_inbox.ui import appearance

    palette = appearance.light_palette()
    # (At a fixed hour: three hours after 21:04 is tomorrow, which CI met at that hour.)
    now = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    wakes = now + timedelta(hours=3)
    row = _summary(state=State.SNOOZED, snoozed_until=wakes, last_message_at=now - timedelta(days=2))
    text, bold, _colour = _clock(row, palette, now, palette.text().color())
    assert text == f"wakes {wakes.astimezone():%H:%M}" and not bold
    # Tomorrow's wake says its day too.
    late = now.replace(hour=23)
    wakes = late + timedelta(hours=2)
    row = _summary(state=State.SNOOZED, snoozed_until=wakes, last_message_at=late - timedelta(days=2))
    text, bold, _colour = _clock(row, palette, late, palette.text().color())
    assert text.startswith("wakes ") and text.endswith(f"{wakes.astimezone():%H:%M}") and len(text) > len("wakes 01:00")


def test_the_search_box_s_clear_button_comes_with_its_first_text(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop_inbox.ui.search.bar import SearchBar

    typed, saved = SearchBar(), SearchBar()
    assert not typed.box.isClearButtonEnabled()  # (empty, it shows none: its icon loads with the first text)
    QTest.keyClicks(typed.box, "refund")
    saved.set_query("from:anna refund")  # a saved search fills it too
    assert typed.box.isClearButtonEnabled() and saved.box.isClearButtonEnabled()
    QTest.mouseClick(typed.box, Qt.MouseButton.LeftButton)  # (focus)
    typed.box.clear()
    assert typed.query() == ""


def test_a_hit_clicked_or_moved_to_shows_beside_the_results_and_return_goes_to_it(make_ui) -> None:  # type: ignore[no-untyped-def]
    """As the conversation list: a hit chosen (a click, the arrow keys) shows
    its conversation, the keys staying in the results to go on; Return goes to
    its thread. (A click used to only select it.)"""

    async def body() -> None:
        from desktop_inbox.ui.search.results import HIT_ROLE

        ui = await make_ui.attach(_searching_world())
        await ui.started()
        w = ui.window
        pane = w.list_pane
        pane.focus_search()
        pane.search.set_query("parcel")
        await until(lambda: pane.results_model.rowCount() == 3, message="results")
        view = pane.results_view
        hits = [pane.results_model.index(n, 0).data(HIT_ROLE) for n in range(3)]
        chosen: list[tuple[int, int]] = []
        view.chosen.connect(lambda conversation_id, message_id: chosen.append((conversation_id, message_id)))
        await until(lambda: w.conversation.current_id() is not None, message="a conversation open at start")
        shown = w.conversation.current_id()
        other = next(n for n, hit in enumerate(hits) if hit.conversation_id != shown)

        def click(row: int) -> None:
            rect = view.visualRect(pane.results_model.index(row, 0))
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())

        click(other)
        await until(lambda: w.conversation.current_id() == hits[other].conversation_id, message="a click shows the hit")
        assert w.focusWidget() is view  # (the keys stay in the results)

        # Moved to with the keys: a hit of the other conversation shows too.
        back = next(n for n, hit in enumerate(hits) if hit.conversation_id != hits[other].conversation_id)
        QTest.keyClick(view, Qt.Key.Key_Up if back < other else Qt.Key.Key_Down)
        while view.currentIndex().row() != back:
            QTest.keyClick(view, Qt.Key.Key_Up if back < view.currentIndex().row() else Qt.Key.Key_Down)
        await until(lambda: w.conversation.current_id() == hits[back].conversation_id, message="the keys show the hit")

        # The pane went elsewhere: a click on the hit still chosen shows it again.
        w.open_conversation(hits[other].conversation_id)
        await until(lambda: w.conversation.current_id() == hits[other].conversation_id)
        click(back)
        await until(lambda: w.conversation.current_id() == hits[back].conversation_id, message="clicked again")

        # Return: to its thread.
        QTest.keyClick(view, Qt.Key.Key_Return)
        await until(lambda: w.focusWidget() is w.conversation.thread_view, message="Return goes to the thread")

        # The pane elsewhere, a new search: the hit chosen last, chosen again, shows again.
        last = chosen[-1]
        row = next(n for n, hit in enumerate(hits) if (hit.conversation_id, hit.message_id) == last)
        elsewhere = next(hit.conversation_id for hit in hits if hit.conversation_id != last[0])
        w.open_conversation(elsewhere)
        await until(lambda: w.conversation.current_id() == elsewhere)
        pane.focus_search()
        pane.search.set_query("parcels")
        await until(lambda: pane.results_model.query == "parcels" and pane.results_model.rowCount() == 3)
        assert not view.currentIndex().isValid() and chosen[-1] == last  # (nothing chosen until the user chooses)
        view.setCurrentIndex(pane.results_model.index(row, 0))
        await until(lambda: w.conversation.current_id() == last[0], message="chosen again")

    make_ui.run(body())
