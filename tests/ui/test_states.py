"""States that must be right (issue 22): the empty Snoozed view, a snoozed
conversation's header, and the panel beside the composer after an edit."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_inbox.records import State
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until


def test_snoozed_says_what_snoozing_is_and_a_snoozed_conversation_says_until_when(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop can you hold a pair for me?")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        pane = w.list_pane
        w.sidebar.select_view(State.SNOOZED)
        await until(lambda: pane.stack.currentWidget() is pane.empty_label and pane.empty_label.text(), message="empty")
        assert pane.empty_label.text().startswith("Nothing is snoozed.")
        assert "Add an account" not in pane.empty_label.text()

        w.sidebar.select_view(State.NEEDS_REPLY)
        await until(lambda: w.conversation.current is not None)
        header = w.conversation.header
        assert "needs a reply" in header.label.text()
        until_time = datetime.now().astimezone() + timedelta(hours=3)
        w.conversation.snooze(until_time)
        # The header says so at once (it still said "needs a reply · waiting…").
        await until(lambda: "snoozed until" in header.label.text(), message=header.label.text())
        assert "needs a reply" not in header.label.text()
        assert f"{until_time:%H:%M}" in header.label.text()

    make_ui.run(body())


def test_the_panel_beside_the_composer_follows_notes_and_tags(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop are the sandals back?")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        await until(lambda: w.conversation.composer.brief is not None and w.customer.contact is not None)
        brief = w.conversation.composer.side
        contact = w.customer.contact
        w.customer.note_added.emit(contact.id, "Prefers size 38, ships to Chania")
        await until(lambda: "Prefers size 38" in brief.label.text(), message="the note beside the composer")
        w.customer.tag_added.emit(contact.id, "regular")
        await until(lambda: "#regular" in brief.label.text(), message="the tag beside the composer")
        # The customer panel says the same.
        await until(lambda: "regular" in w.customer.tags.text())

    make_ui.run(body())
