"""Desktop notifications: who wrote and what, and a click opens it.

They go to the desktop's notification service (``org.freedesktop.Notifications``
on the session bus, which GNOME, KDE and the others provide, with or without
a tray), through jeepney on the app's event loop: nothing waits on the Qt
thread. Where there is no such service (no session bus, another system),
the tray's balloon says it instead, if there is a tray.

A customer's name and words are untrusted: servers may read a notification's
body as markup, so both are escaped and cut to one short line.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, Signal

from desktop_inbox import APP_NAME, DESKTOP_ID
from desktop_inbox.text import mentions
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.ui.i18n import arg
from desktop_inbox.ui.tasks import spawn

if TYPE_CHECKING:
    from desktop_inbox.services.values import ConversationSummary
    from desktop_inbox.ui.tray import Tray

log = logging.getLogger("desktop_inbox.ui")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
SHOW_MS = 8000
PREVIEW = 120  # characters of the message in the notification
ANSWER_SECONDS = 5.0  # the service answers at once; a hung one is not waited for


class Notice(NamedTuple):
    title: str  # plain text
    body: str  # plain text
    conversation_id: int | None  # what a click opens


def notice_for(rows: Sequence[ConversationSummary], new_messages: int) -> Notice | None:
    """What to say about ``new_messages`` in the conversations ``rows``: the
    customer who wrote last, by name, and what they said."""
    if not rows:
        return None
    latest = max(rows, key=lambda r: r.last_message_at.timestamp() if r.last_message_at else 0.0)
    name = one_line(latest.customer_name or latest.customer_handle, 60)
    others = len(rows) - 1
    words = NoticeWords()
    title = arg(words.others(others), name) if others else name
    said = one_line(mentions.without_own_mentions(latest.snippet, latest.account_handle), PREVIEW)
    if new_messages > len(rows):
        said = arg(words.new_messages(new_messages), said)
    return Notice(title, said, latest.id)


class NoticeWords(QObject):
    """A notice's words that hold a count (lupdate reads a plural form only
    from ``self.tr``)."""

    def others(self, count: int) -> str:
        return self.tr("%1 and %Ln other customer(s)", "%1: the customer who wrote last", count)

    def new_messages(self, count: int) -> str:
        return self.tr("%1  (%Ln new message(s))", "%1: what the customer wrote", count)


class Notifier(QObject):
    opened = Signal(int)  # a notification was clicked: its conversation's id

    def __init__(self, tray: Tray, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._shown: dict[int, int] = {}  # the service's notification id -> conversation id
        self._router: Any = None
        self._ready: asyncio.Event | None = None
        self._listener: asyncio.Task[None] | None = None
        self.use_bus = sys.platform.startswith("linux") and bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))

    def show(self, notice: Notice) -> None:
        if self.use_bus:
            spawn(self._send(notice), name="notify")
        else:
            self._tray.notify(notice.title, notice.body)

    async def _send(self, notice: Notice) -> None:
        from jeepney import DBusAddress, MessageType, new_method_call

        try:
            router = await self._connected()
            address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
            hints = {"desktop-entry": ("s", DESKTOP_ID.removesuffix(".desktop")), "category": ("s", "im.received")}
            body = (
                APP_NAME, 0, "", notice.title, html.escape(notice.body, quote=False),
                ["default", self.tr("Open the conversation")], hints, SHOW_MS,
            )  # fmt: skip
            call = new_method_call(address, "Notify", NOTIFY_SIGNATURE, body)
            # (asyncio.timeout, not wait_for: wait_for wraps the call in a task of
            # its own, which, when the app quits first, is dropped unstarted with
            # "coroutine ... was never awaited".)
            async with asyncio.timeout(ANSWER_SECONDS):
                reply = await router.send_and_get_reply(call)
            if reply.header.message_type != MessageType.method_return:
                raise RuntimeError(str(reply.body[0]) if reply.body else "refused")
            [notification_id] = reply.body
        except (OSError, ValueError, TimeoutError, RuntimeError) as exc:
            # No notification service after all: say it the old way.
            log.info("desktop notification service unavailable (%s): the tray says it", type(exc).__name__)
            self.use_bus = False
            self._tray.notify(notice.title, notice.body)
            return
        if notice.conversation_id is not None:
            self._shown[int(notification_id)] = notice.conversation_id

    async def _connected(self) -> Any:
        if self._ready is None:
            self._ready = asyncio.Event()
            self._listener = spawn(self._listen(), name="notification-clicks")
        async with asyncio.timeout(ANSWER_SECONDS):
            await self._ready.wait()
        if self._router is None:
            raise RuntimeError("no session bus")
        return self._router

    async def _listen(self) -> None:
        """Hold the bus connection, and hear which notification was clicked
        (until the app's tasks end, which closes the connection)."""
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus
        from jeepney.io.asyncio import open_dbus_router

        assert self._ready is not None
        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        try:
            async with open_dbus_router(bus="SESSION") as router:
                await router.send_and_get_reply(message_bus.AddMatch(rule))
                clicks: asyncio.Queue[Any] = asyncio.Queue()
                with router.filter(rule, queue=clicks):
                    self._router = router
                    self._ready.set()
                    while True:
                        self._on_signal(await clicks.get())
        except (OSError, ValueError, KeyError) as exc:
            log.info("no session bus for notifications (%s)", type(exc).__name__)
        finally:
            self._router = None
            self._ready.set()  # (a waiting notice goes to the tray)

    def _on_signal(self, message: Any) -> None:
        from jeepney import HeaderFields

        member = message.header.fields.get(HeaderFields.member)
        if member == "ActionInvoked":
            notification_id, key = message.body
            conversation_id = self._shown.get(int(notification_id))
            if conversation_id is not None and key in ("default", "open"):
                self.opened.emit(conversation_id)
        elif member == "NotificationClosed":
            with contextlib.suppress(ValueError, KeyError):
                self._shown.pop(int(message.body[0]), None)
