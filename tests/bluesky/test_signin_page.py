"""Adding a Bluesky account from the app, and signing in to it again.

Against the real local network (PDS and AppView from @atproto/dev-env) and
the local chat server, like the other Bluesky tests.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.ui.signin.bluesky import BlueskyPage
from desktop_inbox.ui.signin.common import SignInOptions
from tests.bluesky.conftest import World
from tests.helpers.bluesky_net import PASSWORD
from tests.helpers.signin import good_cycles, open_dialogs, open_page, sidebar_accounts
from tests.ui.conftest import make_ui, qloop, until  # noqa: F401


def test_bluesky_page_validates_signs_in_and_shows_failures(make_ui, world: World) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        ui.ctx.extras["signin"] = SignInOptions(bluesky_chat_service=world.chat.url)
        dialog = ui.window.dialogs.add_account("bluesky")
        page = dialog.page
        assert isinstance(page, BlueskyPage)
        assert "app password" in page.explain.text() and "direct messages" in page.explain.text()
        assert page.password.echoMode() == QLineEdit.EchoMode.Password

        page.primary.click()
        assert "Enter your Bluesky handle" in page.status.text()
        page.handle.setText("my shop!")
        page.primary.click()
        assert "is not a Bluesky handle" in page.status.text()
        page.handle.setText("@" + world.shop.handle)
        page.primary.click()
        assert "Enter an app password" in page.status.text()
        page.server.setText(world.net.pds)

        async def refused(password: str, reason: str) -> None:
            page.password.setText(password)
            page.primary.click()
            await until(lambda: page.primary.isEnabled() and reason in page.status.text(), message=reason)
            assert password not in page.status.text()

        await refused("abcd-efgh-ijkl-mnop", "did not accept this handle and app password")
        await refused(PASSWORD, "main password")  # never the account's own password
        await refused(world.shop.app_password("no-dms", privileged=False), "direct messages")
        assert [a.platform for a in await ui.ctx.accounts.list()] == ["mastodon"]

        page.password.setText(world.password)
        page.primary.click()
        await until(lambda: not open_dialogs(), message="dialog closes after sign-in")
        added = next(a for a in await ui.ctx.accounts.list() if a.platform == "bluesky")
        assert added.handle.lstrip("@") == world.shop.handle and added.char_limit == 300
        assert added.extra.get("chat_service") == world.chat.url
        await until(lambda: any(world.shop.handle in t and "Bluesky" in t for t in sidebar_accounts(ui.window)), message="sidebar")

    make_ui.run(body())


def test_bluesky_sign_in_again(make_ui, world: World) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        ui.ctx.extras["signin"] = SignInOptions(bluesky_chat_service=world.chat.url)
        page = ui.window.dialogs.add_account("bluesky").page
        assert isinstance(page, BlueskyPage)
        page.handle.setText(world.shop.handle)
        page.server.setText(world.net.pds)
        page.password.setText(world.password)
        page.primary.click()
        await until(lambda: not open_dialogs(), message="added")
        account = next(a for a in await ui.ctx.accounts.list() if a.platform == "bluesky")
        # The session ended (e.g. the app password was deleted): the engine marks it so.
        await ui.ctx.cache.write(store_accounts.set_state, account.id, store_accounts.NEEDS_SIGN_IN, "Session ended")
        ui.window.refresh_all()

        def button() -> QPushButton | None:
            return next((b for b in ui.window.sidebar.findChildren(QPushButton) if b.text() == "Sign in again"), None)

        (await until(button, message="sign-in button")).click()
        page = await until(open_page, message="sign-in page")
        assert isinstance(page, BlueskyPage)
        assert page.handle.text() == world.shop.handle and page.server.text() == world.net.pds
        assert page.password.text() == ""
        page.password.setText(world.shop.app_password("again"))
        synced = good_cycles(ui.ctx.engine)
        page.primary.click()
        await until(lambda: not open_dialogs(), message="signed in again")
        again = next(a for a in await ui.ctx.accounts.list() if a.platform == "bluesky")
        assert again.id == account.id and again.state == store_accounts.OK
        assert again.extra.get("chat_service") == world.chat.url  # the same chat service as before
        await until(lambda: button() is None, message="the button goes away")
        # The engine syncs the account again, with the new sign-in.
        await until(lambda: account.id in synced, timeout=30, message="synced with the new sign-in")

    make_ui.run(body())
