"""The outbox dialog with replies that may have been sent (issue 19).

A lost answer from a mail server leaves a reply "may have been sent"; the
dialog shows that state, explains what to check, and offers the two ways on:
resend it, or mark it as sent. (How a reply gets there is tested against
Dovecot in tests/email/test_ambiguous_send.py; here the store is put in that
state directly and the real app sends through the local Mastodon server.)
"""

from __future__ import annotations

import asyncio
import os
from datetime import timedelta

from desktop_inbox.store import outbox
from desktop_inbox.ui.dialogs.outbox import COLUMNS
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until

DOUBT = "The mail server did not confirm the message; it may have been sent."


def test_a_reply_that_may_have_been_sent_is_resent_or_marked_sent(make_ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    world = make_world()
    world.server.post(world.anna, "@shop where is my order?")
    world.server.post(world.bob, "@shop do you ship to Crete?")

    async def scenario() -> None:
        ui = await make_ui.attach(world)
        convs = {c.customer_name: c for c in await ui.ctx.inbox.page()}
        [anna] = (await ui.ctx.replies.send(convs["Anna Λάμπρου"].id, "On its way, Anna!", delay=timedelta(0))).items
        [bob] = (await ui.ctx.replies.send(convs["Bob 王"].id, "Yes, we ship to Crete.", delay=timedelta(0))).items
        for item in (anna, bob):
            await ui.ctx.cache.write(outbox.mark_sending, item.id)
            await ui.ctx.cache.write(outbox.mark_maybe_sent, item.id, DOUBT)
        await ui.start_sync()  # it leaves both alone

        dialog = ui.window.dialogs.outbox()
        await until(lambda: dialog.table.rowCount() == 2, message="both replies listed")
        column = {name: n for n, name in enumerate(COLUMNS)}
        assert [dialog.table.item(r, column["State"]).text() for r in range(2)] == ["May have been sent"] * 2
        assert dialog.table.item(0, column["Problem"]).text() == DOUBT
        # Who each reply goes to, and how (issue 22: the outbox said neither).
        to = sorted(dialog.table.item(r, column["To"]).text() for r in range(2))
        assert to[0].startswith("Anna Λάμπρου @anna") and to[1].startswith("Bob 王 @bob"), to
        assert [dialog.table.item(r, column["As"]).text() for r in range(2)] == ["public"] * 2
        dialog.table.selectRow(0)
        assert dialog.resend_button.isEnabled() and dialog.mark_sent_button.isEnabled()
        assert not dialog.retry_button.isEnabled() and not dialog.save_button.isEnabled()
        assert dialog.help.isVisible() and "will not be sent again by itself" in dialog.help.text()
        if os.environ.get("DESKTOP_INBOX_SHOT"):
            dialog.grab().save(os.environ["DESKTOP_INBOX_SHOT"])

        dialog.mark_sent_button.click()  # Anna has it
        await until(lambda: dialog.table.rowCount() == 1, message="Anna's reply left the outbox")
        assert (await ui.ctx.cache.read(outbox.get, anna.id)).state == "sent"
        detail = await ui.ctx.inbox.conversation(convs["Anna Λάμπρου"].id)
        assert [(m.direction, m.pending) for m in detail.messages] == [("in", False), ("out", False)]

        dialog.table.selectRow(0)
        dialog.resend_button.click()  # Bob does not
        for _ in range(500):
            if (await ui.ctx.cache.read(outbox.get, bob.id)).state == "sent":
                break
            await asyncio.sleep(0.02)
        [sent] = world.server.replies_by(world.shop)
        assert sent.text.endswith(" Yes, we ship to Crete.") and world.bob.id in sent.mentions
        await until(lambda: dialog.table.rowCount() == 0, message="the outbox emptied")
        assert dialog.empty.isVisible()

    try:
        make_ui.run(scenario())
    finally:
        world.server.stop()
