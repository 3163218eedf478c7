"""Every action of the window, once: its text, keys, menu and handler.

The menus and the keyboard-shortcut list (F1) are both built from ``ACTIONS``,
so a key cannot be bound without being listed, nor listed without being
bound. Keys that only make sense in one place are bound there (``Scope``):
Return opens a conversation from the list, Ctrl+Enter sends from the
composer, and typing in the composer never triggers the one-letter keys (a
text box takes printable keys before shortcuts).
"""

from __future__ import annotations

import enum
import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from desktop_inbox import APP_NAME
from desktop_inbox.records import State

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

    from desktop_inbox.ui.mainwindow.window import MainWindow

Keys = str | QKeySequence.StandardKey
Handler = Callable[["MainWindow"], object]


class Scope(enum.Enum):
    WINDOW = "window"  # anywhere in the window
    LIST = "list"  # while the conversation list has the focus
    COMPOSER = "composer"  # while the focus is in the composer


@dataclass(frozen=True)
class Action:
    name: str
    text: str  # in the menu, with its & mnemonic
    handler: Handler
    keys: tuple[Keys, ...] = ()
    menu: str | None = None  # "&File", or "&File/&Export" for a submenu; None: keys only
    help: str = ""  # what F1 says it does (default: the text)
    scope: Scope = Scope.WINDOW
    checkable: bool = False
    group: str = ""  # actions of one group are exclusive choices (drawn as radio items)


@dataclass(frozen=True)
class Separator:
    menu: str


@dataclass(frozen=True)
class Submenu:
    """A menu built by the window (its entries change as it opens)."""

    menu: str
    build: Callable[[MainWindow], QMenu]


Entry = Action | Separator | Submenu

FILE, EDIT, EXPORT, CONVERSATION = "&File", "&Edit", "&File/&Export", "&Conversation"
VIEW, LOOK, HELP = "&View", "&View/Appearance", "&Help"
Std = QKeySequence.StandardKey


def _in_an_hour() -> datetime:
    return datetime.now().astimezone() + timedelta(hours=1)


ACTIONS: tuple[Entry, ...] = (
    Action("add_account", "&Add account…", lambda w: w.dialogs.add_account(), menu=FILE),
    Action("accounts", "A&ccounts…", lambda w: w.dialogs.accounts(), menu=FILE),
    Action("snippets", "Saved &replies…", lambda w: w.dialogs.snippets(), menu=FILE),
    Action("preferences", "&Preferences…", lambda w: w.dialogs.preferences(), (QKeySequence.StandardKey.Preferences,), FILE),
    Separator(FILE),
    Action("sync", "&Sync now", lambda w: w.sync_now(), ("F5",), FILE),
    Action("outbox", "&Outbox…", lambda w: w.dialogs.outbox(), ("Ctrl+Shift+O",), FILE, "replies waiting to go out"),
    Separator(FILE),
    Action("export_conversation", "This &conversation…", lambda w: w.dialogs.export("conversation"), menu=EXPORT),
    Action("export_contact", "This customer's &history…", lambda w: w.dialogs.export("contact"), menu=EXPORT),
    Action("export_query", "These &search results…", lambda w: w.dialogs.export("query"), menu=EXPORT),
    Action("storage", "S&torage…", lambda w: w.dialogs.storage(), menu=FILE),
    Action("back_up", "&Back up…", lambda w: w.backups.back_up(), menu=FILE),
    Action("restore", "Restore from a bac&kup…", lambda w: w.backups.restore(), menu=FILE),
    Separator(FILE),
    Action("quit", "&Quit", lambda w: w.quit(), (QKeySequence.StandardKey.Quit,), FILE),
    # The text commands act on the text box (or thread) that has the focus (editing.py).
    Action("undo", "&Undo", lambda w: w.editing.run("undo"), (Std.Undo,), EDIT, "undo typing"),
    Action("redo", "&Redo", lambda w: w.editing.run("redo"), (Std.Redo,), EDIT, "redo typing"),
    Separator(EDIT),
    Action("cut", "Cu&t", lambda w: w.editing.run("cut"), (Std.Cut,), EDIT),
    Action("copy", "&Copy", lambda w: w.editing.run("copy"), (Std.Copy,), EDIT),
    Action("paste", "&Paste", lambda w: w.editing.run("paste"), (Std.Paste,), EDIT),
    Action("select_all", "Select &all", lambda w: w.editing.run("selectAll"), (Std.SelectAll,), EDIT),
    Separator(EDIT),
    Action("search", "&Find in all messages…", lambda w: w.list_pane.focus_search(), ("Ctrl+F", "/"), EDIT, "search all messages"),
    Action("next", "&Next", lambda w: w.list_pane.move_selection(1), ("J",), CONVERSATION, "next conversation (or ↓)"),
    Action("previous", "&Previous", lambda w: w.list_pane.move_selection(-1), ("K",), CONVERSATION, "previous conversation (or ↑)"),
    Action("open", "&Open", lambda w: w.focus_thread(), ("Return", "Enter"), CONVERSATION, "open the conversation", Scope.LIST),
    Action("reply", "&Reply", lambda w: w.focus_reply(), ("R",), CONVERSATION),
    Action(
        "send", "Send reply", lambda w: w.conversation.composer.send(), ("Ctrl+Enter", "Ctrl+Return"), CONVERSATION,
        scope=Scope.COMPOSER,
    ),
    Action(
        "undo_send", "&Undo sending", lambda w: w.conversation.undo_send(), ("Ctrl+Alt+Z",), CONVERSATION,
        "take back the reply just sent (while “Sending in…” shows)",
    ),
    Action(
        "saved_reply", "Start from a saved reply", lambda w: w.conversation.composer.snippet_button.showMenu(),
        ("Ctrl+Shift+S",), help="start from a saved reply (in the composer)", scope=Scope.COMPOSER,
    ),
    Action(
        "attach_picture", "Attach a picture…", lambda w: w.conversation.composer.attachments.choose_files(),
        ("Ctrl+Shift+A",), help="attach a picture to the reply (in the composer)", scope=Scope.COMPOSER,
    ),
    Action("done", "Mark &done", lambda w: w.conversation.mark_done(), ("E",), CONVERSATION),
    Action("reopen", "Re&open", lambda w: w.conversation.reopen(), ("Shift+E",), CONVERSATION),
    Submenu(CONVERSATION, lambda w: w.snooze_menu),
    Submenu(CONVERSATION, lambda w: w.follow_up_menu),
    Action("snooze_hour", "Snooze for an hour", lambda w: w.conversation.snooze(_in_an_hour()), ("H",), CONVERSATION),
    Action(
        "dismiss_heard", "D&ismiss heard post", lambda w: w.conversation.dismiss(), ("X",), CONVERSATION,
        "dismiss a post heard by listening",
    ),
    Action(
        "dismiss_mute", "Dismiss and &mute its author", lambda w: w.conversation.dismiss(mute_author=True),
        ("Shift+X",), CONVERSATION, "dismiss a heard post and never hear its author again",
    ),
    Separator(CONVERSATION),
    Action("timeline", "Customer &timeline", lambda w: w.dialogs.timeline(), ("T",), CONVERSATION),
    Action("merge", "Same &person as…", lambda w: w.dialogs.merge(), menu=CONVERSATION),
    Action(
        "back_to_list", "Back to the &list", lambda w: w.focus_list(), ("Esc",), CONVERSATION,
        "leave the composer, back to the list", Scope.COMPOSER,
    ),
    Action("view_needs_reply", "Needs reply", lambda w: w.sidebar.select_view(State.NEEDS_REPLY), ("Ctrl+1",), VIEW, "conversations that need a reply"),
    Action("view_waiting", "Waiting on customer", lambda w: w.sidebar.select_view(State.WAITING), ("Ctrl+2",), VIEW, "conversations waiting on the customer"),
    Action("view_done", "Done", lambda w: w.sidebar.select_view(State.DONE), ("Ctrl+3",), VIEW, "conversations marked done"),
    Action("view_all", "All", lambda w: w.sidebar.select_view("all"), ("Ctrl+4",), VIEW, "all conversations"),
    Action("view_heard", "Heard", lambda w: w.sidebar.select_view(State.HEARD), ("Ctrl+5",), VIEW, "posts heard by listening"),
    Separator(VIEW),
    Action(
        "show_sidebar", "S&idebar", lambda w: w.show_panes(), ("F9",), VIEW, "show or hide the sidebar", checkable=True
    ),
    Action(
        "show_customer", "Customer &panel", lambda w: w.show_panes(), ("Shift+F9",), VIEW,
        "show or hide the customer panel", checkable=True,
    ),
    Separator(VIEW),
    Action("dashboard", "&Response times…", lambda w: w.dialogs.dashboard(), ("Ctrl+D",), VIEW),
    Separator(VIEW),
    Action("appearance_system", "Follow the system", lambda w: w.set_appearance("system"), menu=LOOK, group="appearance"),
    Action("appearance_light", "Light", lambda w: w.set_appearance("light"), menu=LOOK, group="appearance"),
    Action("appearance_dark", "Dark", lambda w: w.set_appearance("dark"), menu=LOOK, group="appearance"),
    Action("notifications", "Desktop &notifications", lambda w: w.toggle_notifications(), menu=VIEW, checkable=True),
    Action("shortcuts", "&Keyboard shortcuts", lambda w: w.dialogs.shortcuts(), ("F1",), HELP),
    Action("about", f"&About {APP_NAME}", lambda w: w.dialogs.about(), menu=HELP),
)

_CONTEXTS = {
    Scope.WINDOW: Qt.ShortcutContext.WindowShortcut,
    Scope.LIST: Qt.ShortcutContext.WidgetShortcut,
    Scope.COMPOSER: Qt.ShortcutContext.WidgetWithChildrenShortcut,
}


def key_sequences(action: Action) -> list[QKeySequence]:
    """The action's keys on this platform (a standard key gives its main
    binding, or none where the platform has none)."""
    sequences = [QKeySequence(keys) for keys in action.keys]
    return [s for s in sequences if not s.isEmpty()]


def build(window: MainWindow, bar: QMenuBar, table: Iterable[Entry] = ACTIONS) -> dict[str, QAction]:
    """The window's actions and menus; window-wide keys are bound here, the
    others by ``attach`` once their widget exists."""
    menus: dict[str, QMenu] = {}

    def menu(path: str) -> QMenu:
        if path not in menus:
            parent, _, title = path.rpartition("/")
            menus[path] = menu(parent).addMenu(title) if parent else bar.addMenu(title)
        return menus[path]

    built: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for entry in table:
        if isinstance(entry, Separator):
            menu(entry.menu).addSeparator()
        elif isinstance(entry, Submenu):
            menu(entry.menu).addMenu(entry.build(window))
        else:
            action = QAction(entry.text, window)
            action.setObjectName(entry.name)
            action.setShortcuts(key_sequences(entry))
            action.setShortcutContext(_CONTEXTS[entry.scope])
            action.setCheckable(entry.checkable or bool(entry.group))
            if entry.group:
                group = groups.get(entry.group) or groups.setdefault(entry.group, QActionGroup(window))
                group.setExclusive(True)
                group.addAction(action)
            action.triggered.connect(_slot(window, entry.handler))
            if entry.scope is Scope.WINDOW:
                window.addAction(action)
            if entry.menu is not None:
                menu(entry.menu).addAction(action)
            built[entry.name] = action
    return built


def attach(built: dict[str, QAction], scope: Scope, widget: QWidget, table: Iterable[Entry] = ACTIONS) -> None:
    """Bind the keys of ``scope``'s actions to ``widget`` (and its children)."""
    for entry in table:
        if isinstance(entry, Action) and entry.scope is scope:
            widget.addAction(built[entry.name])


def _slot(window: MainWindow, handler: Handler) -> Callable[..., None]:
    def triggered(*_checked: object) -> None:
        handler(window)

    return triggered


def shortcut_rows(table: Iterable[Entry] = ACTIONS) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a key on this platform."""
    rows = []
    for entry in table:
        if isinstance(entry, Action):
            sequences = key_sequences(entry)
            if sequences:
                keys = " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
                rows.append((keys, entry.help or entry.text.replace("&", "").rstrip("…").lower()))
    return rows


def shortcut_table(rows: Iterable[tuple[str, str]]) -> str:
    """The rows as the F1 dialog shows them (rich text)."""
    cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(what)}</td></tr>" for k, what in rows)
    return f"<table cellpadding=3>{cells}</table>"
