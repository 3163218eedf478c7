"""Merge suggestions (issue 22): each one says who the other customer is on
each platform and what they wrote last; Merge and Undo wait for a choice;
names go into rich text escaped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.helpers.mastodon import make_world
from tests.ui.conftest import until


def test_suggestions_tell_people_apart_and_buttons_wait_for_a_choice(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        hostile = "<b>Anna</b> <i>Lambrou</i>"
        other = world.server.add_account("anna_work", "Anna Λάμπρου", domain="example.social")
        world.server.post(world.anna, "@shop do you have the sandals in blue?", created_at=datetime.now(UTC) - timedelta(hours=2))
        world.server.post(other, "@shop I ordered from my work account, order 4411")
        evil = world.server.add_account("evil", hostile)
        world.server.post(evil, "@shop hi")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        rows = {c.customer_handle: c for c in await ui.ctx.inbox.page()}
        anna = next(c for h, c in rows.items() if h.startswith("@anna@"))
        w.open_conversation_anywhere(anna.id)
        await until(lambda: w.customer.contact is not None and w.customer.contact.id == anna.contact_id)
        dialog = w.dialogs.merge()
        assert dialog is not None
        await until(lambda: dialog.suggestions.count() == 1 and dialog.suggestions.item(0).data(Qt.ItemDataRole.UserRole))
        text = dialog.suggestions.item(0).text()
        # Who, why, where they write (platform and handle), and what they said last.
        assert text.startswith("Anna Λάμπρου — same name")
        assert "Mastodon @anna_work@example.social" in text
        assert "order 4411" in text and "Last wrote" in text
        # Nothing chosen: nothing to merge or undo.
        assert not dialog.merge_button.isEnabled() and not dialog.undo_button.isEnabled()
        dialog.suggestions.item(0).setSelected(True)
        assert dialog.merge_button.isEnabled()
        dialog.merge_button.click()
        await until(lambda: dialog.undo_list.count() == 1, message="merged")
        # The panel beside the composer follows the merge (it said 1 conversation).
        await until(lambda: "2 conversations" in w.conversation.composer.side.label.text(), message="brief after merge")
        assert not dialog.undo_button.isEnabled()
        dialog.undo_list.item(0).setSelected(True)
        assert dialog.undo_button.isEnabled()
        dialog.close()

        # A name with markup is shown as written, not as markup.
        evil_row = next(c for h, c in rows.items() if h.startswith("@evil@"))
        w.open_conversation_anywhere(evil_row.id)
        await until(lambda: w.customer.contact is not None and w.customer.contact.id == evil_row.contact_id)
        dialog = w.dialogs.merge()
        assert dialog is not None
        [intro] = [label for label in dialog.findChildren(QLabel) if "Merge another customer" in label.text()]
        assert "&lt;b&gt;Anna&lt;/b&gt;" in intro.text() and "<b>Anna</b>" not in intro.text()
        assert intro.textFormat() == Qt.TextFormat.RichText
        dialog.close()

    make_ui.run(body())
