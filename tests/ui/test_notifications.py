"""Notifications (issue 22): the desktop's notification service, without a
tray, says who wrote and what, and a click opens it; the tray follows its
setting; the badge's count stays readable on a 22 px panel."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QSystemTrayIcon

from desktop_inbox import DESKTOP_ID
from desktop_inbox.services.values import SyncEvent, SyncEventKind
from desktop_inbox.ui.tray import badge_font, badge_text
from tests.helpers.mastodon import make_world
from tests.helpers.notifications import NotificationDaemon
from tests.ui.conftest import until


def test_a_new_message_says_who_and_what_and_a_click_opens_it(make_ui) -> None:  # type: ignore[no-untyped-def]
    daemon = NotificationDaemon()
    try:

        async def body() -> None:
            world = make_world()
            world.server.post(world.anna, "@shop do you ship to Crete?")
            world.server.post(world.bob, "@shop <b>is</b> the sale still on?")
            ui = await make_ui.attach(world)
            await ui.started()
            w = ui.window
            assert not QSystemTrayIcon.isSystemTrayAvailable()  # (none here, as on stock GNOME)
            rows = {c.customer_name: c for c in await ui.ctx.inbox.page()}
            bob, anna = rows["Bob 王"], rows["Anna Λάμπρου"]
            w.open_conversation_anywhere(anna.id)
            await until(lambda: w.conversation.current_id() == anna.id)
            w.notify_new(
                SyncEvent(
                    SyncEventKind.STORED, bob.account_id, conversations=frozenset({bob.id}), new_inbound=1,
                    new_inbound_conversations=frozenset({bob.id}),
                )
            )  # fmt: skip
            # (The first sync's two new customers were notified too: "Anna … and 1 other customer".)
            shown = await until(
                lambda: next((n for n in daemon.shown if n.summary == "Bob 王"), None), message=f"{daemon.shown}"
            )
            assert shown.signature == "susssasa{sv}i"  # (a service checks the types)
            assert shown.summary == "Bob 王"
            # What he wrote, escaped (services may read markup), without the shop's handle.
            assert shown.body == "&lt;b&gt;is&lt;/b&gt; the sale still on?"
            assert shown.actions[0] == "default" and shown.hints["desktop-entry"] == ("s", DESKTOP_ID)
            opened: list[int] = []
            w.conversation_shown.connect(opened.append)
            daemon.click(shown.id)
            await until(lambda: bob.id in opened, message="the click opened Bob's conversation")

        make_ui.run(body())
    finally:
        daemon.close()


@pytest.mark.parametrize("shown", [True, False])
def test_the_tray_setting_is_read(make_ui, monkeypatch, shown: bool) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))

    async def body() -> None:
        world = make_world()
        ui = await make_ui.attach(world, sync=False)
        await ui.started()
        w = ui.window
        w.settings.set("tray", shown)
        w.show_notifications_setting()  # (what Preferences' Save calls)
        assert w.tray.icon.isVisible() is shown

    make_ui.run(body())


def test_a_three_digit_badge_is_readable_on_a_22_px_panel(qapp) -> None:  # type: ignore[no-untyped-def]
    for count in (7, 42, 128, 999):
        text = badge_text(count)
        font, pill = badge_font(text, 22)
        # Drawn at 22 px, not shrunk from 64 px (the three digits were 5 px tall).
        assert font.pixelSize() >= 9, count
        assert QFontMetricsF(font).horizontalAdvance(text) <= pill.width() <= 22
        assert pill.bottom() <= 22 and pill.top() >= 0
    assert badge_text(1234) == "1k+"


def test_a_notice_on_its_way_when_the_app_quits_leaves_no_call_behind(qapp) -> None:  # type: ignore[no-untyped-def]
    """Quitting cancels the app's tasks; a notice waiting for the service's
    answer used to leave its call behind as a task of its own, never started
    ("coroutine 'DBusRouter.send_and_get_reply' was never awaited")."""
    import asyncio

    from desktop_inbox.ui.notifications import Notice, Notifier

    told: list[tuple[str, str]] = []

    class Tray:
        def notify(self, title: str, body: str) -> None:
            told.append((title, body))

    class SilentService:
        async def send_and_get_reply(self, call: object) -> None:
            await asyncio.sleep(60)

    notifier = Notifier(Tray())  # type: ignore[arg-type]
    notifier._router = SilentService()

    async def quit_while_it_waits() -> set[asyncio.Task[object]]:
        notifier._ready = asyncio.Event()
        notifier._ready.set()
        sending = asyncio.create_task(notifier._send(Notice("Anna", "hello", 1)))
        await asyncio.sleep(0)  # (it has asked, and waits)
        sending.cancel()
        await asyncio.sleep(0)
        assert sending.done()
        return asyncio.all_tasks() - {asyncio.current_task()}  # type: ignore[operator]

    loop = asyncio.new_event_loop()
    try:
        assert loop.run_until_complete(quit_while_it_waits()) == set()
    finally:
        loop.close()
    assert told == []  # (cancelled, not failed: the tray says nothing)
