"""Adding Instagram and Messenger accounts from the app's sign-in dialog."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from desktop_inbox.ui.signin.common import SignInOptions
from desktop_inbox.ui.signin.meta import InstagramPage, MessengerPage
from desktop_inbox.ui.tasks import messages
from tests.helpers.graph import APP_ID, MetaWorld, make_meta_world
from tests.helpers.signin import open_dialogs, sidebar_accounts
from tests.ui.conftest import until


@pytest.fixture
def graph() -> Iterator[MetaWorld]:
    world = make_meta_world(page_cap=20)
    yield world
    world.server.stop()
    assert world.server.violations == []


def test_instagram_and_messenger_pages_check_the_token_and_add_the_account(
    make_ui, graph: MetaWorld, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    infos: list[str] = []
    messages.info.connect(infos.append)

    async def body() -> None:
        ui = await make_ui.build()
        ui.ctx.extras["signin"] = SignInOptions(graph_api_base=graph.url)
        # The main window opens dialogs itself, or through its dialog manager once the UI split lands.
        dialogs = getattr(ui.window, "dialogs", ui.window)
        page = dialogs.add_account("instagram").page
        assert isinstance(page, InstagramPage)
        help_text = " ".join(label.text() for label in page.findChildren(type(page.status)))
        assert "Generate token" in help_text and "Advanced Access" in help_text and "app secret" in help_text

        page.primary.click()
        assert "app's ID" in page.status.text()
        page.app_id.setText(APP_ID)
        page.token.setText("two words")
        page.primary.click()
        assert "does not look like a Meta access token" in page.status.text()
        page.token.setText("IGAAnot-a-real-token")
        page.primary.click()
        await until(lambda: "no longer accepts the token" in page.status.text(), message="a bad token is refused")
        assert page.primary.isEnabled()

        token = graph.token(graph.shop)
        page.token.setText(token)
        page.human_agent.setChecked(True)
        page.primary.click()
        await until(lambda: not open_dialogs(), message="the dialog closes once added")
        added = next(a for a in await ui.ctx.accounts.list() if a.platform == "instagram")
        assert added.handle == "@zappy.shoes" and added.extra["human_agent"] == "1"
        assert any("direct messages: works" in text and "valid until" in text for text in infos)
        await until(lambda: any("zappy.shoes" in t for t in sidebar_accounts(ui.window)),
                    message=f"sidebar {sidebar_accounts(ui.window)}")

        page = dialogs.add_account("messenger").page
        assert isinstance(page, MessengerPage)
        page.app_id.setText(APP_ID)
        page.token.setText(graph.token(graph.page, ttl=None))
        page.primary.click()
        assert "Page's ID" in page.status.text()
        page.page_id.setText(graph.page.id)
        page.primary.click()
        await until(lambda: not open_dialogs(), message="Messenger added")
        assert {a.platform for a in await ui.ctx.accounts.list()} == {"mastodon", "instagram", "messenger"}
        await until(lambda: any("Zappy Shoes" in t for t in sidebar_accounts(ui.window)),
                    message=f"sidebar {sidebar_accounts(ui.window)}")
        # The tokens went to the keyring only (the test server's own request log aside).
        ours = "\n".join(r.getMessage() for r in caplog.records
                         if r.name.startswith("desktop_inbox") and not r.name.startswith("desktop_inbox.demo"))
        for value in graph.server.world.tokens:
            assert value not in ours

    try:
        make_ui.run(body())
    finally:
        messages.info.disconnect(infos.append)
