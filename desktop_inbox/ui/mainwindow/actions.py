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
import re
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from itertools import zip_longest
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from desktop_inbox import APP_NAME
from desktop_inbox.records import State
from desktop_inbox.ui import i18n
from desktop_inbox.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

    from desktop_inbox.ui.mainwindow.window import MainWindow

Keys = str | QKeySequence.StandardKey
Handler = Callable[["MainWindow"], object]


class Scope(enum.Enum):
    WINDOW = "window"  # anywhere in the window
    LIST = "list"  # while the conversation list has the focus
    COMPOSER = "composer"  # while the focus is in the composer


class Action(NamedTuple):
    name: str
    text: str  # in the menu, with its & mnemonic (English; translated when built, context "Actions")
    handler: Handler
    keys: tuple[Keys, ...] = ()
    menu: str | None = None  # "&File", or "&File/&Export" for a submenu; None: keys only
    help: str = ""  # what F1 says it does (default: the text)
    scope: Scope = Scope.WINDOW
    checkable: bool = False
    group: str = ""  # actions of one group are exclusive choices (drawn as radio items)


class Separator(NamedTuple):
    menu: str


class Submenu(NamedTuple):
    """A menu built by the window (its entries change as it opens)."""

    menu: str
    build: Callable[[MainWindow], QMenu]


Entry = Action | Separator | Submenu

FILE, EDIT = QT_TRANSLATE_NOOP("Actions", "&File"), QT_TRANSLATE_NOOP("Actions", "&Edit")
CONVERSATION, VIEW = QT_TRANSLATE_NOOP("Actions", "&Conversation"), QT_TRANSLATE_NOOP("Actions", "&View")
HELP = QT_TRANSLATE_NOOP("Actions", "&Help")
_EXPORT, _LOOK = QT_TRANSLATE_NOOP("Actions", "&Export"), QT_TRANSLATE_NOOP("Actions", "Appearance")
EXPORT, LOOK = f"{FILE}/{_EXPORT}", f"{VIEW}/{_LOOK}"  # submenus
Std = QKeySequence.StandardKey
_MNEMONIC = re.compile(r"\(&\w\)|&")  # "&File", and Chinese "文件(&F)"


def _in_an_hour() -> datetime:
    return datetime.now().astimezone() + timedelta(hours=1)


ACTIONS: tuple[Entry, ...] = (
    Action("add_account", QT_TRANSLATE_NOOP("Actions", "&Add account…"), lambda w: w.dialogs.add_account(), menu=FILE),
    Action("accounts", QT_TRANSLATE_NOOP("Actions", "A&ccounts…"), lambda w: w.dialogs.accounts(), menu=FILE),
    Action("snippets", QT_TRANSLATE_NOOP("Actions", "Saved &replies…"), lambda w: w.dialogs.snippets(), menu=FILE),
    Action("preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), lambda w: w.dialogs.preferences(), (QKeySequence.StandardKey.Preferences,), FILE),
    Separator(FILE),
    Action("sync", QT_TRANSLATE_NOOP("Actions", "&Sync now"), lambda w: w.sync_now(), ("F5",), FILE),
    Action("outbox", QT_TRANSLATE_NOOP("Actions", "&Outbox…"), lambda w: w.dialogs.outbox(), ("Ctrl+Shift+O",), FILE, QT_TRANSLATE_NOOP("Actions", "replies waiting to go out")),
    Separator(FILE),
    Action("export_conversation", QT_TRANSLATE_NOOP("Actions", "This &conversation…"), lambda w: w.dialogs.export("conversation"), menu=EXPORT),
    Action("export_contact", QT_TRANSLATE_NOOP("Actions", "This customer's &history…"), lambda w: w.dialogs.export("contact"), menu=EXPORT),
    Action("export_query", QT_TRANSLATE_NOOP("Actions", "These &search results…"), lambda w: w.dialogs.export("query"), menu=EXPORT),
    Action("storage", QT_TRANSLATE_NOOP("Actions", "S&torage…"), lambda w: w.dialogs.storage(), menu=FILE),
    Action("back_up", QT_TRANSLATE_NOOP("Actions", "&Back up…"), lambda w: w.backups.back_up(), menu=FILE),
    Action("restore", QT_TRANSLATE_NOOP("Actions", "Restore from a bac&kup…"), lambda w: w.backups.restore(), menu=FILE),
    Separator(FILE),
    Action("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), lambda w: w.quit(), (QKeySequence.StandardKey.Quit,), FILE),
    # The text commands act on the text box (or thread) that has the focus (editing.py).
    Action("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), lambda w: w.editing.run("undo"), (Std.Undo,), EDIT, QT_TRANSLATE_NOOP("Actions", "undo typing")),
    Action("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), lambda w: w.editing.run("redo"), (Std.Redo,), EDIT, QT_TRANSLATE_NOOP("Actions", "redo typing")),
    Separator(EDIT),
    Action("cut", QT_TRANSLATE_NOOP("Actions", "Cu&t"), lambda w: w.editing.run("cut"), (Std.Cut,), EDIT),
    Action("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), lambda w: w.editing.run("copy"), (Std.Copy,), EDIT),
    Action("paste", QT_TRANSLATE_NOOP("Actions", "&Paste"), lambda w: w.editing.run("paste"), (Std.Paste,), EDIT),
    Action("select_all", QT_TRANSLATE_NOOP("Actions", "Select &all"), lambda w: w.editing.run("selectAll"), (Std.SelectAll,), EDIT),
    Separator(EDIT),
    Action("search", QT_TRANSLATE_NOOP("Actions", "&Find in all messages…"), lambda w: w.list_pane.focus_search(), ("Ctrl+F", "/"), EDIT, QT_TRANSLATE_NOOP("Actions", "search all messages")),
    Action("next", QT_TRANSLATE_NOOP("Actions", "&Next"), lambda w: w.list_pane.move_selection(1), ("J",), CONVERSATION, QT_TRANSLATE_NOOP("Actions", "next conversation (or ↓)")),
    Action("previous", QT_TRANSLATE_NOOP("Actions", "&Previous"), lambda w: w.list_pane.move_selection(-1), ("K",), CONVERSATION, QT_TRANSLATE_NOOP("Actions", "previous conversation (or ↑)")),
    Action("open", QT_TRANSLATE_NOOP("Actions", "&Open"), lambda w: w.focus_thread(), ("Return", "Enter"), CONVERSATION, QT_TRANSLATE_NOOP("Actions", "open the conversation"), Scope.LIST),
    Action("reply", QT_TRANSLATE_NOOP("Actions", "&Reply"), lambda w: w.focus_reply(), ("R",), CONVERSATION),
    Action(
        "send", QT_TRANSLATE_NOOP("Actions", "Send reply"), lambda w: w.conversation.composer.send(), ("Ctrl+Enter", "Ctrl+Return"), CONVERSATION,
        scope=Scope.COMPOSER,
    ),
    Action(
        "undo_send", QT_TRANSLATE_NOOP("Actions", "&Undo sending"), lambda w: w.conversation.undo_send(), ("Ctrl+Alt+Z",), CONVERSATION,
        QT_TRANSLATE_NOOP("Actions", "take back the reply just sent (while “Sending in…” shows)"),
    ),
    Action(
        "saved_reply", QT_TRANSLATE_NOOP("Actions", "Start from a saved reply"), lambda w: w.conversation.composer.snippet_button.showMenu(),
        ("Ctrl+Shift+S",), help=QT_TRANSLATE_NOOP("Actions", "start from a saved reply (in the composer)"), scope=Scope.COMPOSER,
    ),
    Action(
        "attach_picture", QT_TRANSLATE_NOOP("Actions", "Attach a picture…"), lambda w: w.conversation.composer.attachments.choose_files(),
        ("Ctrl+Shift+A",), help=QT_TRANSLATE_NOOP("Actions", "attach a picture to the reply (in the composer)"), scope=Scope.COMPOSER,
    ),
    Action("done", QT_TRANSLATE_NOOP("Actions", "Mark &done"), lambda w: w.conversation.mark_done(), ("E",), CONVERSATION),
    Action("reopen", QT_TRANSLATE_NOOP("Actions", "Re&open"), lambda w: w.conversation.reopen(), ("Shift+E",), CONVERSATION),
    Submenu(CONVERSATION, lambda w: w.snooze_menu),
    Submenu(CONVERSATION, lambda w: w.follow_up_menu),
    Action("snooze_hour", QT_TRANSLATE_NOOP("Actions", "Snooze for an hour"), lambda w: w.conversation.snooze(_in_an_hour()), ("H",), CONVERSATION),
    Action(
        "dismiss_heard", QT_TRANSLATE_NOOP("Actions", "D&ismiss heard post"), lambda w: w.conversation.dismiss(), ("X",), CONVERSATION,
        QT_TRANSLATE_NOOP("Actions", "dismiss a post heard by listening"),
    ),
    Action(
        "dismiss_mute", QT_TRANSLATE_NOOP("Actions", "Dismiss and &mute its author"), lambda w: w.conversation.dismiss(mute_author=True),
        ("Shift+X",), CONVERSATION, QT_TRANSLATE_NOOP("Actions", "dismiss a heard post and never hear its author again"),
    ),
    Separator(CONVERSATION),
    Action("timeline", QT_TRANSLATE_NOOP("Actions", "Customer &timeline"), lambda w: w.dialogs.timeline(), ("T",), CONVERSATION),
    Action("merge", QT_TRANSLATE_NOOP("Actions", "Same &person as…"), lambda w: w.dialogs.merge(), menu=CONVERSATION),
    Action(
        "back_to_list", QT_TRANSLATE_NOOP("Actions", "Back to the &list"), lambda w: w.focus_list(), ("Esc",), CONVERSATION,
        QT_TRANSLATE_NOOP("Actions", "leave the composer, back to the list"), Scope.COMPOSER,
    ),
    Action("view_needs_reply", QT_TRANSLATE_NOOP("Actions", "Needs reply"), lambda w: w.sidebar.select_view(State.NEEDS_REPLY), ("Ctrl+1",), VIEW, QT_TRANSLATE_NOOP("Actions", "conversations that need a reply")),
    Action("view_waiting", QT_TRANSLATE_NOOP("Actions", "Waiting on customer"), lambda w: w.sidebar.select_view(State.WAITING), ("Ctrl+2",), VIEW, QT_TRANSLATE_NOOP("Actions", "conversations waiting on the customer")),
    Action("view_done", QT_TRANSLATE_NOOP("Actions", "Done"), lambda w: w.sidebar.select_view(State.DONE), ("Ctrl+3",), VIEW, QT_TRANSLATE_NOOP("Actions", "conversations marked done")),
    Action("view_all", QT_TRANSLATE_NOOP("Actions", "All"), lambda w: w.sidebar.select_view("all"), ("Ctrl+4",), VIEW, QT_TRANSLATE_NOOP("Actions", "all conversations")),
    Action("view_heard", QT_TRANSLATE_NOOP("Actions", "Heard"), lambda w: w.sidebar.select_view(State.HEARD), ("Ctrl+5",), VIEW, QT_TRANSLATE_NOOP("Actions", "posts heard by listening")),
    Separator(VIEW),
    Action(
        "show_sidebar", QT_TRANSLATE_NOOP("Actions", "S&idebar"), lambda w: w.show_panes(), ("F9",), VIEW, QT_TRANSLATE_NOOP("Actions", "show or hide the sidebar"), checkable=True
    ),
    Action(
        "show_customer", QT_TRANSLATE_NOOP("Actions", "Customer &panel"), lambda w: w.show_panes(), ("Shift+F9",), VIEW,
        QT_TRANSLATE_NOOP("Actions", "show or hide the customer panel"), checkable=True,
    ),
    Separator(VIEW),
    Action("dashboard", QT_TRANSLATE_NOOP("Actions", "&Response times…"), lambda w: w.dialogs.dashboard(), ("Ctrl+D",), VIEW),
    Separator(VIEW),
    Action("appearance_system", QT_TRANSLATE_NOOP("Actions", "Follow the system"), lambda w: w.set_appearance("system"), menu=LOOK, group="appearance"),
    Action("appearance_light", QT_TRANSLATE_NOOP("Actions", "Light"), lambda w: w.set_appearance("light"), menu=LOOK, group="appearance"),
    Action("appearance_dark", QT_TRANSLATE_NOOP("Actions", "Dark"), lambda w: w.set_appearance("dark"), menu=LOOK, group="appearance"),
    Action("notifications", QT_TRANSLATE_NOOP("Actions", "Desktop &notifications"), lambda w: w.toggle_notifications(), menu=VIEW, checkable=True),
    Action("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), lambda w: w.dialogs.shortcuts(), ("F1",), HELP),
    Action("about", QT_TRANSLATE_NOOP("Actions", "&About %1"), lambda w: w.dialogs.about(), menu=HELP),
)

_CONTEXTS = {
    Scope.WINDOW: Qt.ShortcutContext.WindowShortcut,
    Scope.LIST: Qt.ShortcutContext.WidgetShortcut,
    Scope.COMPOSER: Qt.ShortcutContext.WidgetWithChildrenShortcut,
}


def translated(text: str) -> str:
    """One of the table's English texts in the interface's language."""
    return i18n.arg(QCoreApplication.translate("Actions", text), APP_NAME)


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
            title = translated(title)
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
            action = QAction(translated(entry.text), window)
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
                what = translated(entry.help) if entry.help else _MNEMONIC.sub("", translated(entry.text)).rstrip("…").lower()
                rows.append((keys, what))
    return rows


def shortcut_table(rows: Iterable[tuple[str, str]]) -> str:
    """The rows as the F1 dialog shows them (rich text), side by side in two
    halves: one column ran past the bottom of a 720-pixel screen (Greek's
    descriptions wrap to two lines)."""
    import html

    listed = list(rows)
    half = (len(listed) + 1) // 2

    def cells(row: tuple[str, str] | None) -> str:
        return f"<td><b>{html.escape(row[0])}</b></td><td>{html.escape(row[1])}</td>" if row else "<td></td><td></td>"

    lines = "".join(
        f"<tr>{cells(left)}<td width=16></td>{cells(right)}</tr>" for left, right in zip_longest(listed[:half], listed[half:])
    )
    return f"<table cellpadding=3>{lines}</table>"
