"""Adding an X account from the app, and signing in to it again.

Against the local X server, whose every exchange is checked against the
OpenAPI description (the ``xworld`` fixture asserts there were no violations).
"""

from __future__ import annotations

import logging
import socket

import pytest
from PySide6.QtWidgets import QPushButton

from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.ui.signin.common import SignInOptions
from desktop_inbox.ui.signin.x import XPage
from tests.helpers.signin import ScriptedBrowser, browser, open_dialogs, open_page, sidebar_accounts  # noqa: F401
from tests.helpers.x import CLIENT_ID, XWorld
from tests.ui.conftest import make_ui, qloop, until  # noqa: F401


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def x_ready(make_ui, xworld: XWorld):  # type: ignore[no-untyped-def]
    ui = await make_ui.build()
    port = free_port()
    xworld.server.add_client(CLIENT_ID, f"http://127.0.0.1:{port}/callback")
    ui.ctx.extras["signin"] = SignInOptions(x_api_base=xworld.url, x_redirect_port=port)
    return ui


def test_x_page_validates_signs_in_and_shows_failures(
    make_ui, xworld: XWorld, browser: ScriptedBrowser, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)

    async def body() -> None:
        ui = await x_ready(make_ui, xworld)
        dialog = ui.window.dialogs.add_account("x")
        page = dialog.page
        assert isinstance(page, XPage)
        # Why a client ID, what it costs, which access: on the page itself.
        help_text = " ".join(label.text() for label in page.findChildren(type(page.status)))
        assert "developer app" in help_text and "What it costs" in help_text and "offline.access" in help_text

        page.primary.click()
        assert "Client ID" in page.status.text() and browser.opened == []
        page.client_id.setText("two words")
        page.primary.click()
        assert "malformed" in page.status.text() and page.primary.isEnabled()

        # The user refuses on X's page: the reason shows, and the page is ready again.
        xworld.server.authorize_as = None
        page.client_id.setText(CLIENT_ID)
        page.primary.click()
        await until(lambda: "refused" in page.status.text(), message="refusal shown")
        assert page.primary.isEnabled() and len(browser.opened) == 1
        assert (await ui.ctx.accounts.list())[0].platform == "mastodon"

        xworld.server.authorize_as = "shop"
        page.history.setCurrentIndex(page.history.findData("all"))
        page.primary.click()
        await until(lambda: not open_dialogs(), message="dialog closes after sign-in")
        url = browser.opened[-1]
        assert url.startswith(f"{xworld.url}/i/oauth2/authorize?") and f"client_id={CLIENT_ID}" in url
        added = next(a for a in await ui.ctx.accounts.list() if a.platform == "x")
        assert added.handle == "@shop" and added.char_limit == 280 and added.history_since is None
        await until(lambda: any("@shop on X" in t for t in sidebar_accounts(ui.window)), message=f"sidebar {sidebar_accounts(ui.window)}")
        # Tokens went to the keyring only, not to our logs.
        ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("desktop_inbox"))
        for token in [*xworld.server.access, *xworld.server.refresh]:
            assert token not in ours

    make_ui.run(body())


def test_x_sign_in_again(make_ui, xworld: XWorld, browser: ScriptedBrowser) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await x_ready(make_ui, xworld)
        page = ui.window.dialogs.add_account("x").page
        assert isinstance(page, XPage)
        page.client_id.setText(CLIENT_ID)
        page.primary.click()
        await until(lambda: not open_dialogs(), message="added")
        # X forgets the sign-in (e.g. the user revoked the app): the account needs it again.
        with xworld.server.lock:
            xworld.server.refresh.clear()
        xworld.server.expire_access_tokens()
        await ui.ctx.engine.sync_once()
        x_account = next(a for a in await ui.ctx.accounts.list() if a.platform == "x")
        assert x_account.state == store_accounts.NEEDS_SIGN_IN
        ui.window.refresh_all()

        def button() -> QPushButton | None:
            return next((b for b in ui.window.sidebar.findChildren(QPushButton) if b.text() == "Sign in again"), None)

        (await until(button, message="sign-in button")).click()
        page = await until(open_page, message="sign-in page")
        assert isinstance(page, XPage) and page.again is not None and page.again.id == x_account.id
        await until(lambda: page.client_id.text() == CLIENT_ID, message="client ID pre-filled from the keyring")
        page.primary.click()
        await until(lambda: not open_dialogs(), message="signed in again")
        again = next(a for a in await ui.ctx.accounts.list() if a.platform == "x")
        assert again.id == x_account.id and again.state == store_accounts.OK
        xworld.server.post(xworld.anna, "@shop hello again")
        await ui.ctx.engine.sync_once()
        await until(lambda: button() is None, message="the button goes away")

    make_ui.run(body())
