"""Accepting a Bluesky chat request from the app without answering it."""

from __future__ import annotations

from desktop_inbox.services.signin.bluesky import BlueskySignIn
from desktop_inbox.services.message_requests import MessageRequests
from tests.bluesky.conftest import World
from tests.ui.conftest import make_ui, qloop, until  # noqa: F401


def test_accept_a_chat_request_without_answering(make_ui, world: World) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        w = ui.window
        flow = BlueskySignIn(ui.ctx.accounts, chat_service=world.chat.url)
        await flow.sign_in(world.shop.handle, world.password, server=world.net.pds, history="all")
        world.dm(world.anna, "Γεια σας! Do you ship to Crete?")  # a new chat: a request for the shop
        ui.world.server.post(ui.world.anna, "@shop and on Mastodon: hello!")
        await ui.ctx.engine.sync_once()
        w.refresh_all()

        def bluesky_row():  # type: ignore[no-untyped-def]
            model = w.list_pane.model
            return next(
                (s for r in range(model.rowCount()) if (s := model.summary(r)) is not None and s.platform == "bluesky"),
                None,
            )

        summary = await until(bluesky_row, message="the chat in the list")
        assert summary.kind == "direct"
        w.list_pane.view.select_id(summary.id)
        await until(lambda: w.conversation.header.accept_request.isVisible(), message="Accept request shown")

        requests = MessageRequests(ui.ctx.cache, ui.ctx.engine)
        assert await requests.pending(summary.id)
        convo = next(c for c in world.chat.convos.values() if sorted(c.members) == sorted([world.shop.did, world.anna.did]))
        assert convo.status[world.shop.did] == "request"
        # Another platform's conversation never shows the button.
        mastodon = next(s for r in range(w.list_pane.model.rowCount()) if (s := w.list_pane.model.summary(r)) and s.platform == "mastodon")
        w.open_conversation(mastodon.id)
        await until(lambda: w.conversation.current is not None and w.conversation.current.summary.id == mastodon.id)
        assert not w.conversation.header.accept_request.isVisible()
        w.open_conversation(summary.id)
        await until(lambda: w.conversation.header.accept_request.isVisible(), message="shown again")

        w.conversation.header.accept_request.click()
        await until(lambda: not w.conversation.header.accept_request.isVisible(), message="button gone once accepted")
        assert convo.status[world.shop.did] == "accepted"
        # Accepted, not answered: the only message is still Anna's.
        assert [m["sender"] for m in world.messages(world.anna)] == [world.anna.did]
        assert not await requests.pending(summary.id)
        # Opening it again does not offer it again.
        w.open_conversation(summary.id)
        await until(lambda: w.conversation.current is not None and w.conversation.current.summary.id == summary.id)
        await ui.ctx.engine.sync_once()
        assert not w.conversation.header.accept_request.isVisible()

    make_ui.run(body())
