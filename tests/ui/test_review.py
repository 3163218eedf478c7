"""Offline review in the window: saved searches, ordering, export, storage."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QTreeWidgetItem

from tests.helpers.mastodon import make_world
from tests.ui.conftest import until


def _child(parent: QTreeWidgetItem, prefix: str) -> QTreeWidgetItem | None:
    for n in range(parent.childCount()):
        if parent.child(n).text(0).startswith(prefix):
            return parent.child(n)
    return None


def _save_from_the_bar(window, query: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``query`` in the search bar and save it as ``name``, as a user does."""
    window.list_pane.search.box.setText(query)
    window.list_pane.search.save_button.click()
    dialog = window.dialogs.find("save-search")
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue(name)
    dialog.accept()


def test_saved_search_in_the_sidebar_with_a_live_count(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop my parcel is late")
        world.server.post(world.bob, "@shop where is the parcel?")
        ui = await make_ui.attach(world)
        w = ui.window
        await ui.ctx.search.save("Parcels", "parcel")
        w._saved_counted_at = None
        w.refresh_all()
        item = await until(lambda: _child(w.sidebar._searches_item, "Parcels"), message="saved search shown")
        assert item.text(0) == "Parcels  2"
        w.sidebar.setCurrentItem(item)
        await until(lambda: w.list_pane.results_model.rowCount() == 2 and w.list_pane.search.box.text() == "parcel")
        # Newest first by default; best match on request.
        assert w.list_pane.search.order.currentData() == "newest"
        w.list_pane.search.order.setCurrentIndex(1)
        await until(lambda: w.list_pane.results_model.order == "best" and w.list_pane.results_model.rowCount() == 2)

    make_ui.run(body())


def test_export_the_open_conversation(make_ui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        from desktop_inbox.ui.tasks import messages

        world = make_world()
        world.server.post(world.anna, "@shop Ζάππος sandals, size 38 please")
        ui = await make_ui.attach(world)
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        infos: list[str] = []
        errors: list[str] = []
        messages.info.connect(infos.append)
        messages.error.connect(errors.append)
        try:
            dialog = w.dialogs.export("conversation")
            assert dialog is not None
            target = tmp_path / "anna.html"
            dialog.fileSelected.emit(str(target))
            # The dialog is closed and deleted before the export is written
            # (it used to die with "Signal source has been deleted").
            dialog.close()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            await until(lambda: infos or errors, message="export finished")
            assert errors == [] and "Exported 1 message to" in infos[0] and "Ζάππος" in target.read_text()

            # Into the data folder: refused, said, and the cache untouched.
            cache = ui.ctx.cache.path
            dialog = w.dialogs.export("conversation")
            assert dialog is not None
            dialog.fileSelected.emit(str(cache))
            await until(lambda: errors, message="export refused")
            assert "inside the data folder" in errors[0]
            assert cache.read_bytes().startswith(b"SQLite format 3\0")
            assert await ui.ctx.inbox.counts()  # still the readable cache
            dialog.close()
        finally:
            messages.info.disconnect(infos.append)
            messages.error.disconnect(errors.append)

    make_ui.run(body())


def test_storage_dialog_reports_and_forgets(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        from datetime import UTC, datetime, timedelta

        world = make_world()
        world.server.post(world.anna, "@shop very old", created_at=datetime.now(UTC) - timedelta(days=900))
        world.server.post(world.anna, "@shop recent")
        ui = await make_ui.attach(world)
        dialog = ui.window.dialogs.storage()
        await until(lambda: "2 messages" in dialog.summary.text(), message="report")
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "2"
        dialog._forget((datetime.now() - timedelta(days=365)).date())
        await until(lambda: "Forgot 1 message." in dialog.status.text())
        await until(lambda: "for 1 message in" in dialog.summary.text())
        dialog.close()

    make_ui.run(body())


def test_a_search_saved_from_the_bar_shows_at_once(make_ui) -> None:  # type: ignore[no-untyped-def]
    """The sidebar counts saved searches at most every few seconds; one just
    saved used to wait for the next count."""

    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop my parcel is late")
        ui = await make_ui.attach(world)
        await ui.started()  # (the start-up has just counted the saved searches)
        w = ui.window
        _save_from_the_bar(w, "parcel", "Parcels")
        item = await until(lambda: _child(w.sidebar._searches_item, "Parcels"), timeout=4, message="shown at once")
        assert item.text(0) in ("Parcels  …", "Parcels  1")  # (its count may still be on its way)
        await until(
            lambda: (found := _child(w.sidebar._searches_item, "Parcels")) and found.text(0) == "Parcels  1",
            timeout=4,
            message="counted at once, not in a few seconds",
        )

    make_ui.run(body())


def test_an_older_count_finishing_late_keeps_a_search_saved_since(make_ui) -> None:  # type: ignore[no-untyped-def]
    """Two counts in flight: the one asked first, answering last with what it
    read before the save, must not take the new search off the sidebar."""

    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop my parcel is late")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        search = w.ctx.search
        counted = search.saved
        release = asyncio.Event()

        async def slow_and_stale(**kwargs):  # type: ignore[no-untyped-def]
            rows = await counted(**kwargs)  # (read now, before the save)
            await release.wait()
            return rows

        search.saved = slow_and_stale  # type: ignore[method-assign]
        w._saved_counted_at = None
        w._refresh_saved_searches()  # the older count, held back
        search.saved = counted  # type: ignore[method-assign]
        await asyncio.sleep(0.2)
        _save_from_the_bar(w, "parcel", "Parcels")
        await until(
            lambda: (found := _child(w.sidebar._searches_item, "Parcels")) and found.text(0) == "Parcels  1",
            timeout=4,
            message="the new search counted",
        )
        release.set()
        await asyncio.sleep(0.3)  # (the older count has answered)
        assert _child(w.sidebar._searches_item, "Parcels") is not None

    make_ui.run(body())
