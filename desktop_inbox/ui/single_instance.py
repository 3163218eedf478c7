"""One app per data folder: a second start hands over to the first.

The first instance holds the folder's app lock (``store.lock``: the operating
system drops it if the app dies, so it never goes stale) and listens on a
local socket named after the data folder. A second start finds the lock
taken, connects, asks the first to come forward and exits, instead of
opening the cache a second time and writing next to it. The socket accepts
connections from the same user only.
"""

from __future__ import annotations

import functools
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_inbox.services.folder import APP, FolderLock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("desktop_inbox.ui")

ACTIVATE = b"activate\n"
ACK = b"ok\n"


def socket_name(data_dir: Path) -> str:
    import hashlib  # (OpenSSL's: loaded once the window answers input, not before)

    digest = hashlib.sha256(str(Path(data_dir).expanduser().resolve()).encode()).hexdigest()[:20]
    return f"desktop-inbox-{digest}"


class SingleInstance(QObject):
    activated = Signal()  # a second start asked this one to come forward

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.lock = FolderLock(data_dir, APP)
        self.server: QLocalServer | None = None
        self._closed = False

    @functools.cached_property
    def name(self) -> str:
        """The local socket's name (asked for when listening or handing over)."""
        return socket_name(self.data_dir)

    def claim(self) -> bool:
        """Become the instance for this folder (its lock); False if another one
        is. ``listen`` then lets a second start find this one."""
        return self.lock.acquire()

    def listen(self) -> None:
        """Answer second starts. The app calls it a moment after its window
        answers input (QtNetwork loads here); a second start that comes
        earlier finds the lock taken and waits for it (``hand_over``)."""
        if self._closed or self.server is not None:
            return  # (the app quit before it came to listen)
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen for a second start: %s", server.errorString())
        server.newConnection.connect(self._on_new_connection)
        self.server = server

    def _on_new_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._on_ready_read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _on_ready_read(self, sock: QLocalSocket) -> None:
        data = bytes(sock.readAll().data())
        if ACTIVATE.strip() in data:
            log.info("a second start handed over to this window")
            sock.write(ACK)
            sock.flush()
            self.activated.emit()

    def hand_over(self, *, timeout: float = 8.0) -> bool:
        """Ask the running instance to come forward; True if it answered."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            sock = QLocalSocket()
            sock.connectToServer(self.name)
            if sock.waitForConnected(500):
                sock.write(ACTIVATE)
                sock.waitForBytesWritten(1000)
                answered = sock.waitForReadyRead(3000) and ACK.strip() in bytes(sock.readAll().data())
                sock.disconnectFromServer()
                if answered:
                    return True
            # The first instance may hold the lock but not listen yet.
            time.sleep(0.2)
            if not self.lock.taken_by_other():
                return False  # it quit meanwhile
        return False

    def close(self) -> None:
        self._closed = True
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()
