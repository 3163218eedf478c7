"""The composer and Meta's 24-hour messaging window (issue 25, its app
side): the time left is shown, and outside the window Send is refused at
once instead of a reply being queued to fail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.db import Cache
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.conversation.pane import ConversationPane
from desktop_inbox.ui.conversation.replies import Replies
from desktop_inbox.ui.tasks import cancel_all
from tests.helpers.graph import MetaWorld
from tests.meta.test_instagram_cli import add_instagram, conversations, sync
from tests.ui.conftest import until

HOUR = timedelta(hours=1)


def test_the_composer_shows_the_time_left_and_refuses_outside_it(cli, meta: MetaWorld, data_dir: Path, qloop) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    w = meta.server.world
    w.message(meta.anna, meta.shop, "Do you have them in 38?", at=now - 2 * HOUR)
    w.message(meta.bob, meta.shop, "Are you open on Sunday?", at=now - 25 * HOUR)
    add_instagram(cli, meta)
    sync(cli)
    direct = {c["customer"]["handle"]: c["id"] for c in conversations(cli) if c["kind"] == "direct"}

    async def body() -> None:
        cache = Cache(data_dir)
        ctx = AppContext(data_dir=data_dir, cache=cache, secrets=Secrets(), inbox=Inbox(cache))
        pane = ConversationPane(ctx, Replies(ctx))
        pane.show()
        composer = pane.composer
        try:
            pane.open(direct["@anna.lambrou"])
            await until(lambda: "Answerable for" in composer.window_note.text(), message=composer.window_note.text())
            assert "21 h" in composer.window_note.text() or "22 h" in composer.window_note.text()
            composer.edit.setPlainText("Yes, we have 38!")
            assert composer.send_button.isEnabled()

            pane.open(direct["@bob_wang"])
            await until(lambda: composer.refusal is not None, message="refused")
            composer.edit.setPlainText("Yes, 10 to 4!")
            assert not composer.send_button.isEnabled()
            assert "24 hours" in composer.window_note.text() and "24 hours" in composer.send_button.toolTip()
            composer.send()  # (Ctrl+Enter): nothing is queued
            assert await ctx.replies.pending() == []
        finally:
            for timer in pane.findChildren(QTimer):
                timer.stop()
            pane.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            await cancel_all()
            cache.close()

    qloop.run_until_complete(body())
