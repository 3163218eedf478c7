"""Adding a Mastodon account from the app, and signing in to one again."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop_inbox.records import AccountState
from desktop_inbox.ui.signin.chooser import PlatformChooser
from desktop_inbox.ui.signin.mastodon import MastodonPage
from tests.helpers.mastodon import make_world
from tests.helpers.signin import (  # noqa: F401
    ScriptedBrowser,
    browser,
    open_dialogs,
    open_page,
    sidebar_accounts,
)
from tests.ui.conftest import until


def test_add_account_offers_every_platform(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        dialog = ui.window.dialogs.add_account()
        assert dialog.windowTitle() == "Add an account"
        assert not dialog.isModal()  # the inbox stays usable during a browser sign-in
        chooser = dialog.stack.currentWidget()
        assert isinstance(chooser, PlatformChooser)
        assert [b.accessibleName() for b in chooser.buttons.values()] == [
            "Mastodon", "X", "Bluesky", "E-mail", "Instagram", "Messenger"
        ]
        for platform, title in [
            ("x", "Add an X account"),
            ("bluesky", "Add a Bluesky account"),
            ("email", "Add an e-mail account"),
            ("instagram", "Add an Instagram account"),
            ("messenger", "Add a Facebook Page's Messenger"),
            ("mastodon", "Add a Mastodon account"),
        ]:
            chooser.buttons[platform].click()
            assert dialog.page is not None and dialog.page.platform == platform
            assert dialog.windowTitle() == title
            # History depth is chosen on every page.
            assert [dialog.page.history.itemData(i) for i in range(dialog.page.history.count())] == ["3m", "1y", "all"]
            assert dialog.page.history.isVisibleTo(dialog)
            dialog.back_button.click()
            assert dialog.stack.currentWidget() is chooser
        # Asking again raises the open dialog instead of opening a second one.
        assert ui.window.dialogs.add_account() is dialog
        dialog.reject()

    make_ui.run(body())


def test_mastodon_page_validates_signs_in_and_shows_failures(make_ui, browser: ScriptedBrowser) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        dialog = ui.window.dialogs.add_account("mastodon")
        page = dialog.page
        assert isinstance(page, MastodonPage)

        page.primary.click()
        assert "Enter your Mastodon server's address" in page.status.text()
        page.instance.setText("my shop")
        page.primary.click()
        assert "is not a server address" in page.status.text()
        page.instance.setText("http://mastodon.example")  # no TLS to a remote server
        page.primary.click()
        assert "http" in page.status.text().lower() and page.primary.isEnabled()
        assert browser.opened == []

        # A server that does not answer: the reason, and the page can be used again.
        page.instance.setText("127.0.0.1:9")
        page.primary.click()
        await until(lambda: page.primary.isEnabled() and "127.0.0.1" in page.status.text(), message="unreachable")
        assert "refused the connection" in page.status.text()
        assert browser.opened == []
        # A name that does not exist: said in words, not as "[Errno -2] Name or service not known".
        page.instance.setText("no-such-host.invalid")
        page.primary.click()
        await until(lambda: page.primary.isEnabled() and "no-such-host.invalid" in page.status.text(), message="no such name")
        assert "server name no-such-host.invalid cannot be" in page.status.text() and "Errno" not in page.status.text()

        # A second shop on another server: the browser opens, the redirect comes back.
        other = make_world(shop_name="annex")
        try:
            page.instance.setText(other.url)
            page.history.setCurrentIndex(page.history.findData("1y"))
            page.primary.click()
            await until(lambda: not open_dialogs(), message="dialog closes after sign-in")
            assert browser.landed == [200] and browser.opened[0].startswith(other.url + "/oauth/authorize?")
            accounts = await ui.ctx.accounts.list()
            added = next(a for a in accounts if a.base_url == other.url)
            assert added.platform == "mastodon" and added.history_since is not None
            await until(lambda: any(added.handle in t for t in sidebar_accounts(ui.window)), message="sidebar")
        finally:
            other.server.stop()

    make_ui.run(body())


def test_sign_in_again_from_the_sidebar(make_ui, browser: ScriptedBrowser) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        ui.world.server.revoke_tokens(ui.world.shop)
        await ui.ctx.sync.engine.sync_once()
        w = ui.window
        w.refresh_all()

        def button() -> QPushButton | None:
            return next((b for b in w.sidebar.findChildren(QPushButton) if b.text() == "Sign in again"), None)

        (await until(button, message="sign-in button")).click()
        page = await until(open_page, message="sign-in page")
        [account] = await ui.ctx.accounts.list()
        assert isinstance(page, MastodonPage) and page.instance.text() == account.base_url
        assert open_dialogs()[0].windowTitle() == f"Sign in to {account.handle} again"
        assert not page.history.isVisibleTo(page)  # the account keeps its history depth
        page.primary.click()
        await until(lambda: not open_dialogs(), message="dialog closes")
        [account] = await ui.ctx.accounts.list()
        assert account.state == AccountState.OK
        await until(lambda: button() is None, message="the button goes away")
        # The new sign-in works: the engine syncs with it.
        ui.world.server.post(ui.world.anna, "@shop are you back?")
        await ui.ctx.sync.engine.sync_once()
        await until(lambda: w.list_pane.model.rowCount() >= 1)

    make_ui.run(body())
