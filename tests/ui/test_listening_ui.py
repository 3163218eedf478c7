"""Listening in the app: the "Heard" view with its count, dismissing from the
conversation header, and the terms in an account's settings."""

from __future__ import annotations

from dataclasses import replace

from desktop_inbox.records import Platform, State
from tests.ui.conftest import listed, until


def _heard_item(ui):  # type: ignore[no-untyped-def]
    return ui.window.sidebar._views[State.HEARD.value]


def test_the_heard_view_counts_and_dismisses(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        ui = await make_ui.build(sync=False)
        world = ui.world
        world.server.post(world.anna, "My #HappyShoes broke after two days")
        spam = world.server.post(world.bob, "#HappyShoes giveaway, click here")
        world.server.post(world.bob, "@shop where is my order?")
        [account] = await ui.ctx.accounts.list()
        await ui.ctx.listening.add("#HappyShoes", account_id=account.id)
        await ui.ctx.sync.engine.sync_once()
        ui.window.refresh_all()
        await until(lambda: _heard_item(ui).text(0) == "Heard  2", message="the Heard count")
        needs = ui.window.sidebar._views[State.NEEDS_REPLY.value]
        assert needs.text(0) == "Needs reply  1"  # the mention only

        ui.window.named_actions["view_heard"].trigger()
        await until(lambda: ui.window.list_pane.model.rowCount() == 2, message="the heard posts listed")
        ui.window.list_pane.select_id(next(r.id for r in listed(ui.window.list_pane.model) if r.snippet == spam.text))
        header = ui.window.conversation.header
        await until(lambda: "heard" in header.label.text() and header.dismiss_button.isVisible(), message="header")
        assert not header.done_button.isVisible()

        header.mute_button.click()
        await until(lambda: _heard_item(ui).text(0) == "Heard  1", message="one dismissed")
        await until(lambda: ui.window.list_pane.model.rowCount() == 1)
        _account, mutes = await ui.ctx.listening.mutes(account.id)
        assert mutes.authors == (f"bob@{world.server.host}",)

    make_ui.run(scenario())


def test_terms_in_the_accounts_settings(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        ui = await make_ui.build(sync=False)
        [account] = await ui.ctx.accounts.list()
        accounts = ui.window.dialogs.accounts()
        await until(lambda: accounts.table.rowCount() == 1)
        accounts.table.selectRow(0)
        accounts.listening_button.click()
        dialog = ui.window.dialogs.find("listening")
        assert dialog is not None and dialog.account.id == account.id

        dialog.term_edit.setText("#two words")
        dialog._add()
        await until(lambda: "not a hashtag" in dialog.status.text(), message="a refusal in words")
        assert dialog.term_edit.text() == "#two words"  # kept, to be corrected
        dialog.term_edit.setText("#HappyShoes")
        dialog.lang_edit.setText("en")
        dialog._add()
        await until(lambda: dialog.table.rowCount() == 1, message="the term listed")
        assert [dialog.table.item(0, c).text() for c in range(2)] == ["#HappyShoes", "en"]
        assert dialog.term_edit.text() == "" and dialog.status.text() == ""
        dialog.mute_edit.setText("@Spammer@example.social")
        dialog._mute()
        await until(lambda: dialog.mutes.count() == 1, message="the mute listed")
        assert dialog.mutes.item(0).text() == "@spammer@example.social"
        [term] = await ui.ctx.listening.terms(account.id)
        assert term.lang == "en"

        email = replace(account, id=account.id + 100, platform=Platform.EMAIL, handle="shop@example.com")
        mail_dialog = ui.window.dialogs.listening(email)
        assert "E-mail has no listening" in mail_dialog.findChildren(type(dialog.status))[0].text()
        assert not hasattr(mail_dialog, "term_edit")

    make_ui.run(scenario())
