"""A desktop notification service for tests: ``org.freedesktop.Notifications``
on the test run's own session bus (tests/conftest.py), served from a thread
with jeepney, recording what it is asked to show and clicking on request."""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@dataclass(frozen=True)
class Shown:
    id: int
    app_name: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, Any]
    signature: str


class NotificationDaemon:
    def __init__(self) -> None:
        self.shown: list[Shown] = []
        self._to_send: queue.Queue[tuple[int, str]] = queue.Queue()
        self._stop = threading.Event()
        self._conn = open_dbus_connection(bus="SESSION")
        reply = self._conn.send_and_get_reply(message_bus.RequestName(NAME, 4))  # 4: do not queue
        if reply.body[0] != 1:
            raise RuntimeError(f"{NAME} is taken on the test bus")
        self._thread = threading.Thread(target=self._serve, name="notification-daemon", daemon=True)
        self._thread.start()

    def click(self, notification_id: int, action: str = "default") -> None:
        self._to_send.put((notification_id, action))

    def _serve(self) -> None:
        emitter = DBusAddress(PATH, interface=NAME)
        while not self._stop.is_set():
            while not self._to_send.empty():
                self._conn.send(new_signal(emitter, "ActionInvoked", "us", self._to_send.get()))
            try:
                msg = self._conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            if msg.header.message_type != MessageType.method_call:
                continue
            if msg.header.fields.get(HeaderFields.member) == "Notify":
                app_name, _replaces, _icon, summary, body, actions, hints, _timeout = msg.body
                shown = Shown(
                    len(self.shown) + 1, app_name, summary, body, list(actions), dict(hints),
                    msg.header.fields.get(HeaderFields.signature, ""),
                )  # fmt: skip
                self.shown.append(shown)
                self._conn.send(new_method_return(msg, "u", (shown.id,)))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._conn.close()
