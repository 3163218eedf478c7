"""The one dialog manager: open-or-raise, never blocking, deleted on close;
and the Outbox, which no longer leaves a listener on the engine behind."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop_inbox.sync.engine import SyncEvent
from desktop_inbox.ui.dialogs.manager import DialogManager
from tests.ui.conftest import until


def _deleted(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    """Close ``dialog`` as the user would, and see it deleted."""
    gone: list[bool] = []
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert gone and not shiboken6.isValid(dialog)


def test_a_second_open_raises_the_same_dialog_and_a_closed_one_is_deleted(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    manager = DialogManager(parent)
    built: list[QDialog] = []
    raised: list[QDialog] = []

    def build(p: QWidget) -> QDialog:
        dialog = QDialog(p)
        built.append(dialog)
        return dialog

    first = manager.open("notes", build, raised=raised.append)
    assert first.isVisible() and not first.isModal()  # show(): the window stays usable
    assert first.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert manager.open("notes", build, raised=raised.append) is first
    assert built == [first] and raised == [first]
    assert manager.find("notes") is first

    _deleted(qtbot, first)
    assert not shiboken6.isValid(first)
    assert manager.find("notes") is None and manager.names() == []
    second = manager.open("notes", build)
    assert second is not first and len(built) == 2
    _deleted(qtbot, second)


def test_a_dialog_for_something_else_replaces_the_open_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    manager = DialogManager(parent)

    def for_contact(contact: int):  # type: ignore[no-untyped-def]
        def build(p: QWidget) -> QDialog:
            dialog = QDialog(p)
            dialog.setProperty("contact", contact)
            return dialog

        return build

    anna = manager.open("merge", for_contact(1), modal=True, same=lambda d: d.property("contact") == 1)
    assert anna.isVisible() and anna.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    assert manager.open("merge", for_contact(1), modal=True, same=lambda d: d.property("contact") == 1) is anna
    bob = manager.open("merge", for_contact(2), modal=True, same=lambda d: d.property("contact") == 2)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(anna)
    assert bob.property("contact") == 2 and manager.find("merge") is bob
    manager.close_all()
    assert manager.find("merge") is None


def test_the_window_opens_each_dialog_once(make_ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        w = ui.window
        for open_ in (w.dialogs.outbox, w.dialogs.accounts, w.dialogs.dashboard, w.dialogs.storage, w.dialogs.about):
            dialog = open_()
            assert open_() is dialog, open_.__name__
            _deleted(qtbot, dialog)
            assert open_() is not dialog
            _deleted(qtbot, open_())  # type: ignore[arg-type]

    make_ui.run(body())


def test_closed_outboxes_leave_no_listener_behind(make_ui, qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    """Opening and closing the Outbox three times used to leave three dead
    listeners on the engine, each failing on every outbox event."""

    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        w, engine = ui.window, ui.ctx.engine
        listeners = len(engine._listeners)
        assert listeners == 1  # the window's bridge
        for _ in range(3):
            _deleted(qtbot, w.dialogs.outbox())
        assert len(engine._listeners) == listeners
        # The open one still hears the engine (through the bridge).
        dialog = w.dialogs.outbox()
        await until(lambda: dialog.table.rowCount() == 0 and dialog.empty.isVisible())
        reloads: list[None] = []
        reload = dialog.reload
        dialog.reload = lambda: (reloads.append(None), reload())[-1]  # type: ignore[method-assign]
        with caplog.at_level(logging.DEBUG, logger="desktop_inbox"):
            engine._emit(SyncEvent(kind="outbox", account_id=1))
        assert reloads == [None]
        assert "already deleted" not in caplog.text and "listener failed" not in caplog.text
        _deleted(qtbot, dialog)

    make_ui.run(body())


def test_a_dialog_closed_while_it_loads_drops_what_arrives(make_ui, qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    """Closing Response times at once used to log "Internal C++ object
    already deleted" when its figures arrived."""

    async def body() -> None:
        import asyncio

        from desktop_inbox.ui import tasks

        ui = await make_ui.build(sync=False)
        await ui.started()
        with caplog.at_level(logging.ERROR, logger="desktop_inbox"):
            _deleted(qtbot, ui.window.dialogs.dashboard())
            for _ in range(3):  # what it started, and what that started
                await asyncio.gather(*list(tasks._running), return_exceptions=True)
                await asyncio.sleep(0)
        assert "failed" not in caplog.text

    make_ui.run(body())


def test_the_outbox_edits_and_cancels_a_waiting_reply(make_ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        from desktop_inbox.store import outbox
        from tests.helpers.mastodon import make_world

        world = make_world()
        world.server.post(world.anna, "@shop do you ship to Crete?")
        ui = await make_ui.attach(world)  # synced once; no sync runs after
        w = ui.window
        await until(lambda: w.conversation.current is not None, message="opened")
        w.conversation.composer.edit.setPlainText("Yes, in two days")
        w.conversation.composer.send()  # it waits in the outbox
        dialog = w.dialogs.outbox()
        await until(lambda: dialog.table.rowCount() == 1, message="listed")
        dialog.table.selectRow(0)
        dialog.editor.setPlainText("Yes, in two or three days")
        dialog.save_button.click()
        await until(lambda: dialog.status.text() == "Saved.")
        [item] = await ui.ctx.cache.read(outbox.pending)
        assert item.text.startswith("Yes, in two or three days")
        dialog.table.selectRow(0)
        dialog.cancel_button.click()
        await until(lambda: dialog.status.text() == "Cancelled." and dialog.table.rowCount() == 0)
        assert await ui.ctx.cache.read(outbox.pending) == []
        _deleted(qtbot, dialog)

    make_ui.run(body())
