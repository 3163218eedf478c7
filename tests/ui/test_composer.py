"""The composer's personal-service tools, in the real window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_inbox.store import outbox
from desktop_inbox.ui.colors import Level
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until


def test_snippet_is_personalised_and_blocks_until_fields_are_filled(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop where is my parcel?")
        ui = await make_ui.attach(world)
        w = ui.window
        await ui.ctx.composer.set_preference("my_name", "Tony")
        snippet = await ui.ctx.composer.save_snippet("Shipping", "Hi {first_name}! Parcel {tracking} left today. — {my_name}")
        w.conversation.reload_snippets()
        await until(lambda: w.conversation.current is not None and w.conversation.composer.snippet_list)
        await until(lambda: getattr(w.conversation.composer, "my_name", "") == "Tony")
        w.conversation.composer.insert_snippet(snippet)
        text = w.conversation.composer.edit.toPlainText()
        assert text == "Hi Anna! Parcel {tracking} left today. — Tony"
        assert w.conversation.composer.edit.textCursor().selectedText() == "{tracking}"  # ready to type over
        assert not w.conversation.composer.send_button.isEnabled()
        await until(lambda: w.conversation.composer.blocking.isVisible(), message="blocking banner")
        assert "{tracking}" in w.conversation.composer.blocking.label.text()
        w.conversation.composer.edit.textCursor().insertText("AB123")
        assert w.conversation.composer.send_button.isEnabled()
        await until(lambda: not w.conversation.composer.blocking.isVisible())

    make_ui.run(body())


def test_canned_warning_before_sending(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        now = datetime.now(UTC)
        canned_text = "thanks for your patience! Your parcel left our workshop today and arrives within 3 days."
        for n in range(3):
            other = world.server.add_account(f"cust{n}", f"Customer {n}")
            q = world.server.post(other, "@shop where is it?", created_at=now - timedelta(hours=5 - n))
            world.server.post(world.shop, f"@cust{n} Hi Customer {n}, {canned_text}", in_reply_to=q, created_at=now - timedelta(hours=4 - n))
        world.server.post(world.anna, "@shop and mine?")
        ui = await make_ui.attach(world)
        w = ui.window
        await until(lambda: w.conversation.current is not None and w.conversation.current.summary.customer_name == "Anna Λάμπρου")
        w.conversation.composer.edit.setPlainText(f"Hi Anna, {canned_text}")
        await until(lambda: w.conversation.composer.canned.isVisible(), message="canned warning")
        assert "3" in w.conversation.composer.canned.label.text()
        assert w.conversation.composer.send_button.isEnabled()  # a warning, not a block
        w.conversation.composer.edit.setPlainText("Anna, your pair had a scuff so Yannis is redoing it by hand; it ships Friday.")
        await until(lambda: not w.conversation.composer.canned.isVisible())

    make_ui.run(body())


def test_privacy_guard_moves_to_direct_messages(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop my order #48213 never arrived!")
        ui = await make_ui.attach(world)
        await ui.start_sync()
        w = ui.window
        await until(lambda: w.conversation.current is not None and w.conversation.current.summary.kind == "public")
        # Nothing written yet: the customer's own order number suggests a direct message.
        await until(lambda: w.conversation.composer.private.isVisible(), message="the customer's private details")
        assert "The customer shared private details in public" in w.conversation.composer.private.label.text()
        assert w.conversation.composer.private.level == Level.WARNING  # a suggestion, not an alert
        assert "order number" in w.conversation.composer.private.label.text()
        w.conversation.composer.edit.setPlainText("So sorry! I see 48213 was sent to 14 Harbour Street; is that right?")
        await until(
            lambda: w.conversation.composer.private.isVisible() and "street address" in w.conversation.composer.private.label.text(),
            message="privacy warning",
        )
        assert "order number" in w.conversation.composer.private.label.text()
        assert "Private details in a public reply" in w.conversation.composer.private.label.text()
        assert w.conversation.composer.private.level == Level.ALERT
        w.conversation.composer.handoff_button.click()
        await until(lambda: len(world.server.replies_by(world.shop)) == 2, message="both replies delivered")
        public, direct = sorted(world.server.replies_by(world.shop), key=lambda s: s.visibility != "public")
        assert public.visibility == "public" and "direct message" in public.text and "48213" not in public.text
        assert "Anna" in public.text  # the hand-off note is personal too
        assert direct.visibility == "direct" and "14 Harbour Street" in direct.text
        assert world.anna.id in direct.mentions

    make_ui.run(body())


def test_undo_window_takes_a_reply_back(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop hi!")
        ui = await make_ui.attach(world)
        await ui.start_sync()
        await ui.ctx.composer.set_preference("undo_seconds", 3)
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        w.conversation.composer.edit.setPlainText("Hello Anna, oops wrong customer")
        w.conversation.composer.send()
        await until(lambda: w.conversation.composer.undo.isVisible(), message="undo bar")
        assert "Sending in" in w.conversation.composer.undo.label.text()
        w.conversation.composer.undo_button.click()
        await until(lambda: w.conversation.composer.edit.toPlainText() == "Hello Anna, oops wrong customer", message="text back")
        assert await ui.ctx.cache.read(outbox.pending) == []
        w.conversation.composer.edit.setPlainText("Hello Anna, how can I help?")
        w.conversation.composer.send()
        await until(lambda: len(world.server.replies_by(world.shop)) == 1, timeout=20, message="sent after the window")
        await __import__("asyncio").sleep(1.5)
        [reply] = world.server.replies_by(world.shop)
        assert reply.text.endswith("Hello Anna, how can I help?")

    make_ui.run(body())


def test_draft_survives_closing_the_window(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop a long question")
        ui = await make_ui.attach(world)
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        conversation = w.conversation.current.summary.id
        w.conversation.composer.edit.setPlainText("Half-written answer, to finish after lunch")
        await until(lambda: ui.ctx.cache.call_read(__import__("desktop_inbox.store.drafts", fromlist=["load"]).load, conversation) is not None)
        w.close()
        # A new window on the same cache (as after a crash or quit).
        from desktop_inbox.ui.mainwindow import MainWindow

        again = MainWindow(ui.ctx, w.settings)
        again.show()
        again.start()
        again.open_conversation(conversation)
        await until(lambda: again.conversation.composer.edit.toPlainText() == "Half-written answer, to finish after lunch")
        assert "restored" in again.conversation.composer.status.text()
        again.close()
        again.deleteLater()

    make_ui.run(body())


def test_over_the_limit_cannot_be_sent(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.max_characters = 50
        world.server.post(world.anna, "@shop short server")
        ui = await make_ui.attach(world)
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        assert w.conversation.composer.char_limit == 50
        w.conversation.composer.edit.setPlainText("x" * 51)
        assert not w.conversation.composer.send_button.isEnabled() and w.conversation.composer.counter.text() == "51/50"
        # Every URL counts 23 on Mastodon, so this fits.
        w.conversation.composer.edit.setPlainText("see https://example.com/" + "a" * 80)
        assert w.conversation.composer.send_button.isEnabled() and w.conversation.composer.counter.text() == "27/50"

    make_ui.run(body())


def test_a_strip_draws_its_icon_when_it_shows_and_for_its_level(qapp) -> None:  # type: ignore[no-untyped-def]
    """The composer's strips are built hidden with the window: their icon is
    drawn when one first shows (the style's first standard icon searches the
    icon theme), and again when its level changes."""
    from PySide6.QtWidgets import QStyle

    from desktop_inbox.ui.conversation.banner import ICON, Banner

    def drawn(banner: Banner, pixmap: QStyle.StandardPixmap) -> bool:
        shown = banner.icon.pixmap()
        expected = banner.style().standardIcon(pixmap).pixmap(shown.size() / shown.devicePixelRatio(), shown.devicePixelRatio())
        return not shown.isNull() and shown.toImage() == expected.toImage()

    banner = Banner("Sounds canned", Level.WARNING)
    assert banner.icon.pixmap().isNull()  # (hidden: nothing drawn yet)
    banner.show()
    qapp.processEvents()
    assert banner.icon.pixmap().width() == round(ICON * banner.devicePixelRatioF())
    assert drawn(banner, QStyle.StandardPixmap.SP_MessageBoxWarning)
    banner.set_level(Level.ALERT)
    assert drawn(banner, QStyle.StandardPixmap.SP_MessageBoxCritical)
    banner.hide()
    banner.set_level(Level.INFO)
    banner.show()
    qapp.processEvents()
    assert drawn(banner, QStyle.StandardPixmap.SP_MessageBoxInformation)
    banner.close()
