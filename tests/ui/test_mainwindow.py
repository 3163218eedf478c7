"""The main window's panes, driven by keys and clicks like a user would."""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from desktop_inbox.store import outbox
from desktop_inbox.ui.conversation_list import Roles
from tests.ui.conftest import Ui, until


def rows(ui: Ui) -> list[str]:
    model = ui.window.list_pane.model
    return [model.summary(r).customer_name for r in range(model.rowCount())]  # type: ignore[union-attr]


def post_three(ui_world) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    carol = ui_world.server.add_account("carol", "Carol Jones")
    ui_world.server.post(ui_world.anna, "@shop first, waiting longest", created_at=now - timedelta(hours=3))
    ui_world.server.post(ui_world.bob, "@shop second", created_at=now - timedelta(hours=2), visibility="direct")
    ui_world.server.post(carol, "@shop third, just now", created_at=now - timedelta(minutes=1))


async def three_waiting(make_ui) -> Ui:  # type: ignore[no-untyped-def]
    """The window synced with Anna, Bob and Carol waiting for an answer."""
    from tests.helpers.mastodon import make_world

    world = make_world()
    post_three(world)
    ui = await make_ui.attach(world)
    await ui.start_sync()
    await until(lambda: ui.window.list_pane.model.rowCount() == 3)
    return ui


def test_keyboard_navigation_reply_and_done(make_ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await three_waiting(make_ui)
        w = ui.window
        # Needs reply first, longest waiting on top.
        assert rows(ui) == ["Anna Λάμπρου", "Bob 王", "Carol Jones"]
        await until(lambda: w.conversation.current is not None and w.conversation.current.summary.customer_name == "Anna Λάμπρου")
        w.list_pane.view.setFocus()
        QTest.keyClick(w.list_pane.view, Qt.Key.Key_J)
        await until(lambda: w.conversation.current.summary.customer_name == "Bob 王")
        QTest.keyClick(w.list_pane.view, Qt.Key.Key_J)
        await until(lambda: w.conversation.current.summary.customer_name == "Carol Jones")
        QTest.keyClick(w.list_pane.view, Qt.Key.Key_K)
        await until(lambda: w.conversation.current.summary.customer_name == "Bob 王")
        assert w.conversation.composer.visibility.currentData() is True  # a DM is answered by DM
        QTest.keyClick(w.list_pane.view, Qt.Key.Key_Return)
        assert w.conversation.thread_view.hasFocus()
        # r: reply; typing "r" or "e" in the composer does not trigger shortcuts.
        QTest.keyClick(w, Qt.Key.Key_R)
        assert w.conversation.composer.edit.hasFocus()
        QTest.keyClicks(w.conversation.composer.edit, "Hi Bob, we are on it - e r j k")
        assert w.conversation.composer.edit.toPlainText() == "Hi Bob, we are on it - e r j k"
        assert w.conversation.current.summary.customer_name == "Bob 王"
        QTest.keyClick(w.conversation.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: w.conversation.composer.edit.toPlainText() == "")
        # Sent: the reply is in the outbox and the conversation moves to Waiting.
        await until(lambda: len(ui.world.server.replies_by(ui.world.shop)) == 1, message="delivered")
        # (What was queued, as delivered: the outbox may already be empty.)
        assert ui.world.server.replies_by(ui.world.shop)[0].text.endswith("Hi Bob, we are on it - e r j k")
        await until(lambda: rows(ui) == ["Anna Λάμπρου", "Carol Jones"])
        # Esc leaves the composer; e marks the current conversation done.
        w.conversation.composer.focus_reply()
        QTest.keyClick(w.conversation.composer.edit, Qt.Key.Key_Escape)
        assert w.list_pane.view.hasFocus()
        w.list_pane.view.select_id(w.list_pane.model.summary(0).id)  # type: ignore[union-attr]
        await until(lambda: w.conversation.current.summary.customer_name == "Anna Λάμπρου")
        QTest.keyClick(w.list_pane.view, Qt.Key.Key_E)
        await until(lambda: rows(ui) == ["Carol Jones"])
        # /: search.
        QTest.keyClick(w.list_pane.view, Qt.Key.Key_Slash)
        assert w.list_pane.search.box.hasFocus()
        QTest.keyClicks(w.list_pane.search.box, "longest")
        await until(lambda: w.list_pane.results_model.rowCount() == 1)
        QTest.keyClick(w.list_pane.search.box, Qt.Key.Key_Return)
        await until(lambda: w.conversation.current.summary.customer_name == "Anna Λάμπρου")

    make_ui.run(body())


def test_a_conversation_chosen_elsewhere_stays_open_when_the_list_reloads(make_ui) -> None:  # type: ignore[no-untyped-def]
    """The list opens the customer waiting longest and follows its top until
    the user picks something: a search hit or the customer panel is a pick
    too, and a conversation still opening is the user's choice already."""

    async def body() -> None:
        ui = await three_waiting(make_ui)
        w = ui.window
        await until(lambda: w.conversation.current is not None and w.conversation.current.summary.customer_name == "Anna Λάμπρου")
        carol = next(c for c in await ui.ctx.inbox.page() if c.customer_name == "Carol Jones")
        loads: list[int] = []
        w.list_pane.model.loaded.connect(lambda: loads.append(1))
        # Opened from outside the list, and the list reloads before it is shown.
        w.open_conversation(carol.id)
        w.refresh_all()
        await until(lambda: loads, message="the list read again")
        await until(lambda: w.conversation.current is not None and w.conversation.current.summary.id == carol.id)
        w.refresh_all()
        await until(lambda: len(loads) >= 2, message="the list read again")
        assert w.conversation.chosen_id() == carol.id
        assert w.list_pane.view.current_id() == carol.id  # (selected, not opened again)

    make_ui.run(body())


def test_waiting_conversation_comes_back_when_the_customer_writes(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        question = ui.world.server.post(ui.world.anna, "@shop are you open today?")
        ui.world.server.post(ui.world.shop, "@anna yes, until 6!", in_reply_to=question)
        await ui.start_sync()
        w = ui.window
        w.sidebar.select_view("waiting")
        await until(lambda: rows(ui) == ["Anna Λάμπρου"], message="in Waiting")
        ui.world.server.post(ui.world.anna, "@shop great, one more question", in_reply_to=question)
        ui.ctx.sync.engine.wake()
        await until(lambda: rows(ui) == [], message="left Waiting")
        w.sidebar.select_view("needs_reply")
        await until(lambda: rows(ui) == ["Anna Λάμπρου"], message="back in Needs reply")

    make_ui.run(body())


def test_failed_delivery_shows_the_reason_and_retries(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        ui.world.server.post(ui.world.anna, "@shop hello")
        await ui.ctx.sync.engine.sync_once()
        w = ui.window
        w.start()
        await until(lambda: w.conversation.current is not None)
        ui.world.server.max_characters = 10
        w.conversation.composer.edit.setPlainText("This reply is far too long for this server")
        w.conversation.composer.send()
        await until(lambda: w.conversation.composer.edit.toPlainText() == "", message="queued")
        await ui.ctx.sync.engine.sync_once()
        await until(lambda: "Not sent" in w.conversation.thread_view.document_text(), message="failure shown")
        assert "character limit" in w.conversation.thread_view.document_text()
        assert "Retry" in w.conversation.thread_view.document_text()
        ui.world.server.max_characters = 500
        [item] = await ui.ctx.cache.read(outbox.pending)
        w.conversation.thread_view.retry_requested.emit(item.id)  # the Retry link
        await until(lambda: (ui.ctx.inbox.cache.call_read(outbox.get, item.id)).state == "queued")
        await ui.ctx.sync.engine.sync_once()
        await until(lambda: len(ui.world.server.replies_by(ui.world.shop)) == 1)
        await until(lambda: "Not sent" not in w.conversation.thread_view.document_text())

    make_ui.run(body())


def test_account_needing_sign_in_shows_the_button(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        ui.world.server.revoke_tokens(ui.world.shop)
        await ui.ctx.sync.engine.sync_once()
        w = ui.window
        w.refresh_all()

        def button() -> QPushButton | None:
            for b in w.sidebar.findChildren(QPushButton):
                if b.text() == "Sign in again":
                    return b
            return None

        found = await until(button, message="sign-in button")
        assert "needs sign-in" in found.accessibleName() or "again" in found.accessibleName()
        found.click()
        handle = (await ui.ctx.accounts.list())[0].handle
        await until(lambda: any(d.windowTitle() == f"Sign in to {handle} again" for d in QApplication.topLevelWidgets() if d.isVisible()))

    make_ui.run(body())


def test_list_model_passes_the_model_tester(make_ui, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        from tests.helpers.mastodon import make_world

        world = make_world()
        for i in range(150):  # more than one page
            world.server.post(world.anna if i % 2 else world.bob, f"@shop question {i}")
        ui = await make_ui.attach(world)
        model = ui.window.list_pane.model
        ui.window.sidebar.select_view("all")
        await until(lambda: model.rowCount() >= 2)
        while model.canFetchMore():
            model.fetchMore()
            await until(lambda: not model.loading)
        assert model.rowCount() == 150  # each post starts a thread: two pages were fetched
        qtmodeltester.check(model)
        assert model.data(model.index(0, 0), Roles.ID) is not None

    make_ui.run(body())


def test_the_list_comes_first(make_ui, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Start-up shows the first page of conversations before the sidebar's
    counts (and the rest) are read: their queries do not delay it."""
    from PySide6.QtCore import QSettings

    from desktop_inbox.ui.mainwindow import MainWindow
    from desktop_inbox.ui.settings import Settings

    async def body() -> None:
        from tests.helpers.mastodon import make_world

        world = make_world()
        post_three(world)
        ui = await make_ui.attach(world)
        events: list[str] = []
        read_counts = ui.ctx.inbox.counts

        async def counts() -> dict[str, int]:
            events.append("counts")
            return await read_counts()

        ui.ctx.inbox.counts = counts  # type: ignore[method-assign]
        window = MainWindow(ui.ctx, Settings(QSettings(str(tmp_path / "again.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        window.first_page_shown.connect(lambda: events.append(f"first page of {window.list_pane.model.rowCount()}"))
        window.show()
        window.start()
        await until(lambda: "counts" in events)
        assert events[:2] == ["first page of 3", "counts"]

    make_ui.run(body())


def test_a_conversation_left_while_it_opens_reads_no_more(make_ui) -> None:  # type: ignore[no-untyped-def]
    """Down the list faster than conversations open: one left while its
    thread was read reads neither its customer nor its draft, and the one
    the user is on opens."""

    async def body() -> None:
        ui = await three_waiting(make_ui)
        w = ui.window
        await until(lambda: w.conversation.current is not None and w.conversation.current.summary.customer_name == "Anna Λάμπρου")
        bob, carol = (w.list_pane.model.summary(n) for n in (1, 2))
        drafts: list[int] = []
        contacts: list[int] = []
        read_draft, read_contact = ui.ctx.composer.draft, ui.ctx.contacts.contact

        async def draft(conversation_id: int):  # type: ignore[no-untyped-def]
            drafts.append(conversation_id)
            return await read_draft(conversation_id)

        async def contact(contact_id: int):  # type: ignore[no-untyped-def]
            contacts.append(contact_id)
            return await read_contact(contact_id)

        ui.ctx.composer.draft = draft  # type: ignore[method-assign]
        ui.ctx.contacts.contact = contact  # type: ignore[method-assign]
        w.list_pane.view.setFocus()
        QTest.keyClick(w.list_pane.view, Qt.Key.Key_Down)  # Bob, left at once for Carol
        QTest.keyClick(w.list_pane.view, Qt.Key.Key_Down)
        await until(lambda: w.conversation.current.summary.id == carol.id, message="Carol's conversation open")
        assert drafts == [carol.id]
        assert contacts == [carol.contact_id]
        assert w.conversation.chosen_id() == carol.id and bob.id not in drafts

    make_ui.run(body())


def test_the_apps_start_builds_the_tray_with_the_quiet_start(make_ui, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The app's start (``rest_later``) builds the tray and the notifications
    after the window answers, with the sidebar's counts its badge follows;
    a refresh that comes first builds them then (once)."""
    from PySide6.QtCore import QSettings

    from desktop_inbox.ui.mainwindow import MainWindow
    from desktop_inbox.ui.settings import Settings

    async def body() -> None:
        from tests.helpers.mastodon import make_world

        world = make_world()
        post_three(world)
        ui = await make_ui.attach(world)
        window = MainWindow(ui.ctx, Settings(QSettings(str(tmp_path / "rest.ini"), QSettings.Format.IniFormat)), rest_later=True)
        qtbot.addWidget(window)
        window.show()
        window.show_first_page()
        window.build_rest()
        assert hasattr(window, "conversation") and not hasattr(window, "tray")
        window.start_rest()
        await until(lambda: hasattr(window, "tray") and window.tray.waiting == 3, message="the tray and its badge")
        tray, notifier = window.tray, window.notifier
        window.build_tray()
        assert (window.tray, window.notifier) == (tray, notifier)
        # A refresh before the quiet start builds it too.
        early = MainWindow(ui.ctx, Settings(QSettings(str(tmp_path / "early.ini"), QSettings.Format.IniFormat)), rest_later=True)
        qtbot.addWidget(early)
        early.build_rest()
        early.refresh_all()
        await until(lambda: hasattr(early, "tray") and early.tray.waiting == 3, message="built by the refresh")

    make_ui.run(body())


def test_what_the_first_sync_loaded_is_frozen_once(make_ui) -> None:  # type: ignore[no-untyped-def]
    """The first page a sync stores has the sync's modules, connectors and
    clients loaded: they go out of the cyclic collector's passes (a 37 ms
    pass on the Qt thread otherwise; bench/, 5), once, not at every page."""

    async def body() -> None:
        ui = await make_ui.build(sync=False)
        ui.world.server.post(ui.world.anna, "@shop are you open today?")
        # (What the start built is frozen at the first page and once the window is quiet.)
        await until(lambda: hasattr(ui.window, "_snooze_timer"), message="the window's quiet start")
        gc.unfreeze()
        await ui.start_sync()
        await until(lambda: ui.window.list_pane.model.rowCount() == 1, message="the first page stored")
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        ui.world.server.post(ui.world.bob, "@shop and tomorrow?")
        await until(lambda: ui.window.list_pane.model.rowCount() == 2, message="the next page stored")
        assert gc.get_freeze_count() == 0

    make_ui.run(body())


def test_a_conversation_being_opened_stays_chosen_when_the_one_left_changes(make_ui) -> None:  # type: ignore[no-untyped-def]
    """The user picks Carol while a sync changes Anna, still shown: Carol
    opens (the reading of Anna again once took the opening's place, and the
    pane stayed on Anna with Carol selected in the list)."""
    from desktop_inbox.sync.events import SyncEvent, SyncEventKind

    async def body() -> None:
        ui = await three_waiting(make_ui)
        w = ui.window
        await until(lambda: w.conversation.current is not None and w.conversation.current.summary.customer_name == "Anna Λάμπρου")
        anna = w.conversation.current_id()
        carol = next(c for c in await ui.ctx.inbox.page() if c.customer_name == "Carol Jones")
        w.list_pane.view.select_id(carol.id)
        w.conversation.on_sync_changed(SyncEvent(SyncEventKind.STORED, 1, conversations=frozenset({anna})))
        await until(lambda: w.conversation.current_id() == carol.id, message="Carol shown")
        assert w.conversation.chosen_id() == carol.id

    make_ui.run(body())
