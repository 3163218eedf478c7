"""Layout and sizes (issue 22): strips stay inside the composer, the window
fits the screen, the side panes can be hidden, and what was cut is whole."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton, QStyle

from desktop_inbox.ui import style
from desktop_inbox.ui.mainwindow import MainWindow
from desktop_inbox.ui.mainwindow.window import PANE_WIDTHS
from desktop_inbox.ui.settings import Settings
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until


def _panes(window: MainWindow) -> dict[str, QRect]:
    return {
        "sidebar": window.sidebar.geometry(),
        "list": window.list_pane.geometry(),
        "conversation": window.conversation.geometry(),
        "customer": window.customer.geometry(),
    }


def test_strips_in_the_composer_move_nothing_outside_it(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop my order never came, can you check?")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        w.showNormal()
        w.resize(1280, 700)
        await until(lambda: w.conversation.current is not None and w.conversation.composer.brief is not None)
        composer = w.conversation.composer
        await until(lambda: composer.isVisible())
        before = _panes(w)
        # Every strip at once, with long words, and a long brief beside them.
        composer.edit.setPlainText("Anna, order 48213 went to 14 Harbour Street, Chania {tracking} {parcel_service}")
        await until(lambda: composer.private.isVisible() and composer.blocking.isVisible(), message="strips")
        composer.canned.label.setText("This reads almost like replies already sent to <b>12</b> other customers. " * 3)
        composer.canned.show()
        composer.undo.label.setText("Sending in 5 s…")
        composer.undo.show()
        composer.say("Reply queued — it goes out as soon as the account is online. " * 2)
        await asyncio.sleep(0.1)  # (layouts settle; processEvents inside the loop re-entered qasync)
        assert _panes(w) == before
        # The buttons of a strip stay as wide as their words.
        for button in (composer.to_dm_button, composer.handoff_button):
            assert button.width() >= button.sizeHint().width()

    make_ui.run(body())


def test_the_status_line_has_the_composer_s_width(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop hello?")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        composer = w.conversation.composer
        composer.say("Reply queued — it goes out as soon as the account is online.")
        await until(lambda: composer.status.isVisible())
        # It used to share a row with the counter, the visibility and Send: a column of 3–4 lines.
        assert composer.status.width() >= composer.edit.width() - 2
        assert composer.status.height() <= 3 * composer.status.fontMetrics().lineSpacing()
        composer.say("")
        assert composer.status.isHidden()

    make_ui.run(body())


@dataclass
class _Screen:
    room: QRect

    def availableGeometry(self) -> QRect:
        return self.room


def test_the_first_size_fits_the_screen(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        w = ui.window
        w.showNormal()
        w.screen = lambda: _Screen(QRect(0, 0, 1920, 1050))  # type: ignore[method-assign]
        w.fit_to_screen()
        assert w.size() == QSize(1340, 820) and not w.isMaximized()
        w.screen = lambda: _Screen(QRect(0, 27, 1280, 693))  # type: ignore[method-assign]
        w.fit_to_screen()
        # A 1280×720 screen: the whole window on it (Send and the status bar included).
        assert w.windowState() & Qt.WindowState.WindowMaximized
        assert w.width() <= 1280 and w.height() <= 693

    make_ui.run(body())


def test_the_sidebar_and_customer_panel_hide_from_the_view_menu_and_stay_hidden(make_ui, tmp_path) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        w = ui.window
        sidebar, customer = w.named_actions["show_sidebar"], w.named_actions["show_customer"]
        assert [s.toString() for s in sidebar.shortcuts()] == ["F9"]
        assert [s.toString() for s in customer.shortcuts()] == ["Shift+F9"]
        assert sidebar.isChecked() and customer.isChecked() and w.sidebar.isVisible() and w.customer.isVisible()
        sidebar.trigger()
        customer.trigger()
        assert w.sidebar.isHidden() and w.customer.isHidden()
        assert w.settings.get("show_sidebar") is False and w.settings.get("show_customer") is False
        # A new window on the same settings: still hidden.
        again = MainWindow(ui.ctx, w.settings)
        again.show()
        try:
            assert again.sidebar.isHidden() and again.customer.isHidden()
            assert not again.named_actions["show_sidebar"].isChecked()
            again.named_actions["show_sidebar"].trigger()
            assert again.sidebar.isVisible() and again.settings.get("show_sidebar") is True
        finally:
            again.close()
            again.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    make_ui.run(body())


def test_buttons_with_a_menu_leave_room_for_their_arrow(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        conversation = ui.window.conversation
        # Saved replies, and issue 23's Send at… and Follow up.
        for button in (conversation.composer.snippet_button, conversation.composer.send_at, conversation.header.follow_button):
            assert isinstance(button, QPushButton) and button.menu() is not None, button.text()
            text = QFontMetrics(button.font()).horizontalAdvance(button.text())
            arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
            # (A tool button in instant-popup mode drew its arrow over the text.)
            assert button.sizeHint().width() >= text + arrow, button.text()

    make_ui.run(body())


def test_platform_marks_are_drawn_for_the_screen_s_scale(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = style.platform_icon("mastodon", 16)
    for scale in (1.0, 2.0, 3.0):
        pixmap = icon.pixmap(QSize(16, 16), scale)
        # Drawn at 32 px for scale 2, not a 16 px drawing stretched (blurred).
        assert pixmap.width() == int(16 * scale) and pixmap.devicePixelRatio() == scale
    assert {QSize(s, s) for s in (16, 32, 48)} <= set(icon.availableSizes())


def test_the_moving_to_dms_preference_shows_its_whole_sentence(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        dialog = ui.window.dialogs.preferences()
        await until(lambda: dialog.handoff.toPlainText(), message="the preference loaded")
        field = dialog.handoff
        assert field.toPlainText().endswith("sort this out privately.")
        # All of it in view: no line runs past the box, none is below it.
        document = field.document()
        document.setTextWidth(field.viewport().width())
        assert document.size().height() <= field.viewport().height()
        assert field.horizontalScrollBar().maximum() == 0
        dialog.reject()

    make_ui.run(body())


def test_a_second_window_uses_settings_of_its_own_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # (The helper above builds windows on the settings it is given.)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.get("show_sidebar") is True and settings.get("show_customer") is True


def test_the_customer_panel_s_buttons_show_their_words_at_its_narrowest(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop hello?")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        await until(lambda: w.customer.contact is not None, message="the customer shown")
        for width in (PANE_WIDTHS["customer"][1], PANE_WIDTHS["customer"][0]):
            w.customer.resize(width, w.customer.height())
            await asyncio.sleep(0.1)
            for button in (w.customer.timeline_button, w.customer.merge_button, w.customer.log_button):
                # ("Same person as…" read "me person as" between its neighbours.)
                assert button.width() >= button.sizeHint().width(), (width, button.text(), button.width())
                assert button.geometry().right() < w.customer.width()

    make_ui.run(body())


def test_the_person_brief_wraps_long_handles_instead_of_scrolling_sideways(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from desktop_inbox.services.composer import PersonBrief
    from desktop_inbox.store.contacts import ContactDetail, IdentityView, Said
    from desktop_inbox.ui.conversation.person_brief import PersonBriefWidget

    now = datetime(2026, 12, 1, tzinfo=UTC)
    handle = "@maria_kowalski_from_the_workshop@social.example-instance.org"
    contact = ContactDetail(
        id=1, name="Maria Kowalski", identities=[IdentityView(1, "mastodon", handle, "Maria", None, now)],
        conversations=[], notes=[], tags=[], first_contact=now, message_count=1,
    )
    said = Said(1, "mastodon", "public", "where is https://shop.example.com/orders/48213?track=yes&lang=el now?", now, False)
    brief = PersonBriefWidget()
    qtbot.addWidget(brief)
    brief.resize(170, 400)
    brief.show()
    brief.show_brief(PersonBrief(contact=contact, first_name="Maria", earlier=[], open_questions=[said]))
    qtbot.wait(50)
    # No sideways scrolling, and the text fits the panel's width.
    assert not brief.horizontalScrollBar().isVisible()
    assert brief.widget().width() <= brief.viewport().width()
    assert brief.label.minimumSizeHint().width() <= brief.viewport().width()
    # What is shown reads as written (the break points are invisible).
    shown = brief.label.text().replace("\u200b", "")
    assert handle in shown and "track=yes&amp;lang=el" in shown
