"""Keyboard and composer (issue 22): Tab between placeholders, where to set
"Your name", F1 from the table of actions, Undo sending, Ctrl+Enter asking
before personal data goes out in public, and the Edit menu."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

from desktop_inbox.records import Kind
from desktop_inbox.store import outbox
from desktop_inbox.ui.conversation.public_anyway import AS_DM, PUBLIC_ANYWAY
from desktop_inbox.ui.dialogs.preferences import PreferencesDialog
from desktop_inbox.ui.mainwindow import actions
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until


async def _open(make_ui, text: str = "@shop where is my parcel?"):  # type: ignore[no-untyped-def]
    world = make_world()
    world.server.post(world.anna, text)
    ui = await make_ui.attach(world)
    await ui.started()
    await until(lambda: ui.window.conversation.current is not None)
    return ui


def test_tab_and_shift_tab_go_between_the_placeholders_left(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await _open(make_ui)
        composer = ui.window.conversation.composer
        snippet = await ui.ctx.composer.save_snippet("Parcel", "Hi {first_name}! It left on {day}, tracking {tracking}.")
        composer.insert_snippet(snippet)
        edit = composer.edit
        assert edit.hasFocus() and edit.textCursor().selectedText() == "{day}"
        QTest.keyClick(edit, Qt.Key.Key_Tab)
        assert edit.textCursor().selectedText() == "{tracking}" and edit.hasFocus()
        QTest.keyClick(edit, Qt.Key.Key_Tab)  # round again
        assert edit.textCursor().selectedText() == "{day}"
        QTest.keyClick(edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert edit.textCursor().selectedText() == "{tracking}"
        QTest.keyClicks(edit, "XY123")
        QTest.keyClick(edit, Qt.Key.Key_Tab)
        assert edit.textCursor().selectedText() == "{day}"
        QTest.keyClicks(edit, "Monday")
        assert edit.toPlainText() == "Hi Anna! It left on Monday, tracking XY123."
        # None left: Tab moves on, as in any form.
        QTest.keyClick(edit, Qt.Key.Key_Tab)
        assert not edit.hasFocus()

    make_ui.run(body())


def test_an_empty_your_name_says_where_to_set_it(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await _open(make_ui)
        w = ui.window
        composer = w.conversation.composer
        await until(lambda: composer.snippet_list is not None)
        assert composer.my_name == ""
        snippet = await ui.ctx.composer.save_snippet("Thanks", "Thank you {first_name}! — {my_name}")
        composer.insert_snippet(snippet)
        await until(lambda: composer.blocking.isVisible(), message="blocking strip")
        text = composer.blocking.label.text()
        assert "{my_name}" in text and "Preferences ▸ Your name" in text
        composer.blocking.label.linkActivated.emit("preferences")
        dialog = await until(lambda: w.dialogs.find("preferences"), message="Preferences opened")
        assert isinstance(dialog, PreferencesDialog)
        dialog.reject()

    make_ui.run(body())


def test_f1_lists_every_key_the_table_binds(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        box = ui.window.dialogs.shortcuts()
        text = box.text()
        native = QKeySequence.SequenceFormat.NativeText
        for key in ("H", "T", "Ctrl+D", "Ctrl+Shift+O", "Ctrl+Shift+S", "Ctrl+Alt+Z", "F9", "Shift+F9", "Ctrl+F"):
            assert QKeySequence(key).toString(native) in text, key
        # Built from the table: every action with a key is listed, once.
        bound = [e for e in actions.ACTIONS if isinstance(e, actions.Action) and actions.key_sequences(e)]
        assert len(actions.shortcut_rows()) == len(bound)
        assert text.count("<td><b>") == len(bound)  # (in two halves side by side)
        box.close()

    make_ui.run(body())


def test_undo_sending_has_a_key(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await _open(make_ui, "@shop hi!")
        await ui.ctx.composer.set_preference("undo_seconds", 5)
        w = ui.window
        composer = w.conversation.composer
        composer.edit.setPlainText("Hello Anna, oops: wrong customer")
        composer.send()
        await until(lambda: composer.undo.isVisible(), message="undo strip")
        assert "Ctrl+Alt+Z" in w.named_actions["undo_send"].shortcut().toString()
        QTest.keySequence(w, QKeySequence("Ctrl+Alt+Z"))
        await until(lambda: composer.edit.toPlainText() == "Hello Anna, oops: wrong customer", message="text back")
        assert await ui.ctx.cache.read(outbox.pending) == []

    make_ui.run(body())


def test_ctrl_enter_with_the_privacy_warning_asks_first(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await _open(make_ui, "@shop my order #48213 never arrived!")
        await ui.start_sync()
        w = ui.window
        composer = w.conversation.composer
        composer.edit.setPlainText("So sorry! I see 48213 went to 14 Harbour Street; is that right?")
        await until(lambda: composer.private.isVisible(), message="privacy warning")
        composer.edit.setFocus()
        QTest.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        box = await until(lambda: getattr(composer, "confirm_box", None), message="asked")
        assert box.isVisible()
        assert await ui.ctx.cache.read(outbox.pending) == []  # nothing went out on the key alone
        # "Keep editing" is the default: Enter keeps the reply.
        assert box.defaultButton().text() == "Keep editing"
        [as_dm] = [b for b in box.buttons() if b.text() == AS_DM]
        assert any(b.text() == PUBLIC_ANYWAY for b in box.buttons())
        as_dm.click()
        await until(lambda: len(ui.world.server.replies_by(ui.world.shop)) == 1, message="sent")
        [reply] = ui.world.server.replies_by(ui.world.shop)
        assert reply.visibility == "direct" and "14 Harbour Street" in reply.text

    make_ui.run(body())


def test_send_at_with_the_privacy_warning_asks_too_and_keeps_the_time(make_ui) -> None:  # type: ignore[no-untyped-def]
    # Issue 23's "Send at…" goes through the same question (issue 22).
    async def body() -> None:
        ui = await _open(make_ui, "@shop my order #48213 never arrived!")
        composer = ui.window.conversation.composer
        composer.edit.setPlainText("So sorry! I see 48213 went to 14 Harbour Street; is that right?")
        await until(lambda: composer.private.isVisible(), message="privacy warning")
        when = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
        composer.send_later(when)
        box = await until(lambda: getattr(composer, "confirm_box", None), message="asked")
        assert await ui.ctx.cache.read(outbox.pending) == []
        [anyway] = [b for b in box.buttons() if b.text() == PUBLIC_ANYWAY]
        anyway.click()
        for _ in range(300):
            if pending := await ui.ctx.cache.read(outbox.pending):
                break
            await asyncio.sleep(0.05)
        [item] = pending
        assert item.kind == Kind.PUBLIC and item.send_at == when and "14 Harbour Street" in item.text

    make_ui.run(body())


def test_the_edit_menu_works_on_the_focused_text(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await _open(make_ui)
        w = ui.window
        menus = {a.text().replace("&", ""): a.menu() for a in w.menuBar().actions()}
        edit_menu = menus["Edit"]
        assert [a.text().replace("&", "") for a in edit_menu.actions() if a.text()] == [
            "Undo", "Redo", "Cut", "Copy", "Paste", "Select all", "Find in all messages…",
        ]  # fmt: skip
        box = w.conversation.composer.edit
        box.setPlainText("Parcel XY123")
        box.setFocus()
        await asyncio.sleep(0.05)  # (the loop runs the events: processEvents here re-entered qasync)
        w.named_actions["select_all"].trigger()
        assert box.textCursor().selectedText() == "Parcel XY123"
        w.named_actions["copy"].trigger()
        assert QGuiApplication.clipboard().text() == "Parcel XY123"
        w.named_actions["cut"].trigger()
        assert box.toPlainText() == ""
        w.named_actions["undo"].trigger()
        assert box.toPlainText() == "Parcel XY123"
        box.clear()
        w.named_actions["paste"].trigger()
        assert box.toPlainText() == "Parcel XY123"
        # Opening the menu shows what can be done now (nothing selected: no copy).
        edit_menu.aboutToShow.emit()
        assert not w.named_actions["copy"].isEnabled() and w.named_actions["paste"].isEnabled()
        edit_menu.aboutToHide.emit()
        w.named_actions["search"].trigger()  # Find
        assert w.list_pane.search.box.hasFocus()

    make_ui.run(body())
