"""The one table of actions: menus and the F1 list are built from it, so
they cannot drift apart, and no key is bound twice or behind its back."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from desktop_inbox.ui.mainwindow.actions import ACTIONS, Action, Scope, key_sequences, shortcut_rows


def _native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _bound(window) -> list[QAction]:  # type: ignore[no-untyped-def]
    return [a for a in window.findChildren(QAction) if a.shortcuts()]


def test_every_key_is_in_the_f1_list(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        w = ui.window
        w.named_actions["shortcuts"].trigger()  # F1
        box = w.dialogs.find("shortcuts")
        assert box is not None and box.isVisible()
        text = box.text()
        bound = _bound(w)
        assert len(bound) >= 20
        for action in bound:
            for sequence in action.shortcuts():
                assert f"<b>{_native(sequence)}" in text or f" / {_native(sequence)}" in text, (action.text(), text)
        # The keys the hand-written list used to miss.
        for keys, what in [
            ("H", "snooze for an hour"),
            ("T", "customer timeline"),
            ("Ctrl+D", "response times"),
            ("Ctrl+Shift+O", "replies waiting to go out"),
            ("Ctrl+Shift+S", "start from a saved reply"),
        ]:
            assert f"<b>{_native(QKeySequence(keys))}</b></td><td>{what}" in text, keys
        box.close()

    make_ui.run(body())


def test_keys_are_unique_and_all_come_from_the_table(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        w = ui.window
        keys = Counter(_native(s) for a in _bound(w) for s in a.shortcuts())
        assert [k for k, n in keys.items() if n > 1] == []
        names = {e.name for e in ACTIONS if isinstance(e, Action)}
        assert {a.objectName() for a in _bound(w)} <= names  # nothing bound beside the table
        assert w.findChildren(QShortcut) == []
        table = Counter(_native(s) for e in ACTIONS if isinstance(e, Action) for s in key_sequences(e))
        assert keys == table
        assert len(shortcut_rows()) == sum(1 for e in ACTIONS if isinstance(e, Action) and key_sequences(e))

    make_ui.run(body())


def test_menus_come_from_the_table_and_scoped_keys_stay_in_their_place(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        w = ui.window

        def menu(path: str) -> QMenu:
            actions = w.menuBar().actions()
            found: QMenu | None = None
            for title in path.split("/"):
                found = next(a.menu() for a in actions if a.text() == title and a.menu() is not None)
                actions = found.actions()
            assert found is not None
            return found

        for entry in ACTIONS:
            if not isinstance(entry, Action):
                continue
            action = w.named_actions[entry.name]
            if entry.menu is not None:
                assert action in menu(entry.menu).actions(), entry.name
            assert action.shortcuts() == key_sequences(entry)
            holders = {
                Scope.WINDOW: w,
                Scope.LIST: w.list_pane.view,
                Scope.COMPOSER: w.conversation.composer,
            }
            assert action in holders[entry.scope].actions(), entry.name
            if entry.scope is not Scope.WINDOW:
                assert action not in w.actions(), entry.name
        assert w.named_actions["send"].shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        assert w.named_actions["open"].shortcutContext() == Qt.ShortcutContext.WidgetShortcut
        # A table entry runs its handler.
        w.named_actions["search"].trigger()
        assert w.list_pane.search.box.hasFocus() or w.focusWidget() is w.list_pane.search.box

    make_ui.run(body())
