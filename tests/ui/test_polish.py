"""Polish (issue 22): dates in the locale's format, the add-account hint
naming every platform, and each platform's choice saying more on hover."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette, QTextDocumentFragment

from desktop_inbox.services.platforms import descriptors
from desktop_inbox.services.values import MessageView
from desktop_inbox.ui import colors, style
from desktop_inbox.ui.conversation.thread_render import render_message
from desktop_inbox.ui.signin.chooser import PlatformChooser
from tests.ui.conftest import until


def test_dates_follow_the_locale_and_read_well_without_one(qapp) -> None:  # type: ignore[no-untyped-def]
    default = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.C))
        # Qt's C format wrote "5 12 2024".
        assert style.date_format() == "d MMM yyyy" and style.date_text(date(2024, 12, 5)) == "5 Dec 2024"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert style.date_text(date(2024, 12, 5)) == "05.12.24"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert style.date_text(date(2024, 12, 5)) == "12/5/24"
    finally:
        QLocale.setDefault(default)


def test_the_storage_dialog_writes_dates_the_locale_s_way(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        dialog = ui.window.dialogs.storage()
        assert dialog.before.displayFormat() == style.date_format()
        assert dialog.before.text() == style.date_text(dialog.before.date().toPython())  # type: ignore[arg-type]
        dialog.reject()

    make_ui.run(body())


def test_add_account_names_every_platform(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        dialog = ui.window.dialogs.accounts()
        await until(lambda: dialog.table.rowCount() == 1)
        tip = dialog.add_button.toolTip()
        assert all(d.name in tip for d in descriptors()) and "Instagram" in tip and "Messenger" in tip
        dialog.reject()

    make_ui.run(body())


def test_each_add_account_choice_says_more_on_hover(qapp) -> None:  # type: ignore[no-untyped-def]
    # Issue 25's leftover: the choices' tooltips come from the descriptors.
    chooser = PlatformChooser()
    for d in descriptors():
        tip = QTextDocumentFragment.fromHtml(chooser.buttons[d.platform].toolTip()).toPlainText()
        assert d.counting_rule.format(url=23) in tip, (d.name, tip)
        assert d.listening in tip, (d.name, tip)
        assert "Signing in" in tip and len(tip) > len(d.signin.summary)
    x = QTextDocumentFragment.fromHtml(chooser.buttons["x"].toolTip()).toPlainText()
    assert "your own X developer app" in x and "1." not in x  # the first paragraph, not the steps
    assert "Not available on Instagram" in chooser.buttons["instagram"].toolTip()


def test_open_means_one_thing(qapp) -> None:  # type: ignore[no-untyped-def]
    # "open" was both the conversation being viewed (customer panel) and the
    # post's page on the web (thread): the web link now says where it goes.
    message = MessageView(
        id=1, remote_id="1", direction="in", author_handle="@anna@x", author_name="Anna", text="hi", html=None,
        visibility="public", created_at=datetime.now(UTC), url="https://mastodon.example/@anna/1", attachments=(),
    )  # fmt: skip
    rendered = render_message(message, palette=colors.thread(QPalette()), now=datetime.now(UTC))
    assert ">open in browser</a>" in rendered and ">open</a>" not in rendered
