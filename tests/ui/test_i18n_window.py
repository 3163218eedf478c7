"""The main window in Greek and Chinese: its menus, the sidebar, the list,
the conversation and the composer speak the language; counts take its
plural forms."""

from __future__ import annotations

import pytest

from desktop_inbox.records import State
from desktop_inbox.ui.conversation.public_anyway import AS_DM, KEEP_EDITING, ask_public_anyway
from desktop_inbox.ui.mainwindow import actions
from desktop_inbox.ui.search.bar import SearchBar
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until
from tests.ui.test_i18n import language  # noqa: F401  (the fixture: switch the app's language)

MENUS = {
    "el": ["&Αρχείο", "&Επεξεργασία", "&Συνομιλία", "Π&ροβολή", "&Βοήθεια"],
    "zh_CN": ["文件(&F)", "编辑(&E)", "对话(&C)", "视图(&V)", "帮助(&H)"],
}
VIEWS = {
    "el": ["Θέλει απάντηση", "Αναμονή πελάτη", "Σε αναβολή", "Ολοκληρώθηκε", "Όλες", "Ακούστηκαν"],
    "zh_CN": ["待回复", "等待客户", "已暂缓", "已完成", "全部", "听到的"],
}
SECTIONS = {"el": ["ΕΙΣΕΡΧΟΜΕΝΑ", "ΛΟΓΑΡΙΑΣΜΟΙ"], "zh_CN": ["收件箱", "账号"]}
SEND = {"el": "Αποστολή", "zh_CN": "发送"}


def _english_texts() -> set[str]:
    return {entry.text for entry in actions.ACTIONS if isinstance(entry, actions.Action)}


@pytest.mark.parametrize("choice", ["el", "zh_CN"])
def test_the_window_speaks_the_language(make_ui, language, choice: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)

    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop where is my parcel?")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        bar = w.menuBar()
        assert [a.text() for a in bar.actions()] == MENUS[choice]
        # Every entry of every menu (and submenu) is translated: no English text left.
        english = _english_texts()
        entries = []
        menus = [a.menu() for a in bar.actions()]
        while menus:
            menu = menus.pop()
            for action in menu.actions():
                if action.menu() is not None:
                    menus.append(action.menu())
                    entries.append(action.menu().title())
                elif not action.isSeparator():
                    entries.append(action.text())
        assert len(entries) > 40
        left = [text for text in entries if text in english or text.isascii()]
        assert not left, f"menu entries still English: {left}"
        # The sidebar: its sections and views.
        sidebar = w.sidebar
        tops = [sidebar.topLevelItem(n).text(0) for n in range(sidebar.topLevelItemCount())]
        assert all(section in tops for section in SECTIONS[choice]), tops
        inbox = sidebar.topLevelItem(0)
        views = [inbox.child(n).text(0).split("  ")[0] for n in range(inbox.childCount()) if not inbox.child(n).isHidden()]
        assert views == VIEWS[choice]
        add = sidebar.topLevelItem(tops.index(SECTIONS[choice][1]))
        assert add.child(add.childCount() - 1).text(0) == {"el": "＋ Νέος λογαριασμός…", "zh_CN": "＋ 添加账号…"}[choice]
        # The conversation and its composer.
        await until(lambda: w.conversation.current is not None, message="a conversation opens")
        header = w.conversation.header.label.text()
        assert {"el": "θέλει απάντηση", "zh_CN": "待回复"}[choice] in header, header
        assert w.conversation.composer.send_button.text() == SEND[choice]
        # The keyboard shortcuts (F1) are described in the language too.
        rows = dict(actions.shortcut_rows())
        assert rows["F5"] == {"el": "συγχρονισμός τώρα", "zh_CN": "立即同步"}[choice], rows["F5"]
        # The customer panel counts in the language.
        await until(lambda: w.customer.contact is not None, message="the customer shown")
        assert w.customer.facts.text().endswith({"el": "1 συνομιλία · 1 μήνυμα", "zh_CN": "1 个对话 · 1 条消息"}[choice])
        # The list's empty view says so in the language.
        w.sidebar.select_view(State.DONE)
        await until(lambda: w.list_pane.stack.currentWidget() is w.list_pane.empty_label, message="empty view")
        assert w.list_pane.empty_label.text() == {
            "el": "Τίποτα δεν έχει σημειωθεί ακόμη ως ολοκληρωμένο.", "zh_CN": "还没有标为已完成的对话。"
        }[choice]

    make_ui.run(body())


@pytest.mark.parametrize(
    ("choice", "one", "many", "more"),
    [
        ("en", "1 message found", "1,234 messages found", "More than 10,000 messages found"),
        ("el", "Βρέθηκε 1 μήνυμα", "Βρέθηκαν 1.234 μηνύματα", "Βρέθηκαν περισσότερα από 10.000 μηνύματα"),
        ("zh_CN", "找到 1 条消息", "找到 1,234 条消息", "找到超过 10,000 条消息"),
    ],
    ids=["en", "el", "zh_CN"],
)
def test_the_search_count_takes_the_languages_plural_and_digits(qtbot, language, choice, one, many, more) -> None:  # type: ignore[no-untyped-def]
    language(choice)
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show_count(1)
    assert bar.found.text() == one
    bar.show_count(1234)
    assert bar.found.text() == many
    bar.show_count(10_001, more=True)
    assert bar.found.text() == more


def test_the_public_anyway_question_answers_the_same_in_any_language(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    """The buttons are translated; the answer the composer gets is not."""
    language("el")
    answers: list[str] = []
    box = ask_public_anyway(None, "αριθμό κάρτας", answers.append)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    assert "αριθμό κάρτας" in box.informativeText() and box.text() == "Να σταλεί δημόσια;"
    [as_dm] = [b for b in box.buttons() if b.text() == "Αποστολή ως προσωπικό μήνυμα"]
    as_dm.click()
    assert answers == [AS_DM]
    box = ask_public_anyway(None, "αριθμό κάρτας", answers.append)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    box.reject()
    assert answers == [AS_DM, KEEP_EDITING]
