"""The sockets under the HTTP client: asyncio's own transports.

httpx on asyncio reaches its sockets through anyio, which pays for every
read as if it could be cancelled from anywhere: a cancel scope with a timer,
a pass through the event loop even when the data is already there, and
reading switched on and off around each chunk (on the app's Qt event loop,
a socket notifier made and dropped each time). A first sync reads hundreds
of pages of 300 KB in 64 KB reads, and that bookkeeping was a sixth of the
event loop's work (bench/, measurement 7: ``py-spy`` over the sync).

``AsyncioBackend`` is httpcore's network backend on a plain
``asyncio.Protocol``: the transport keeps reading into a buffer (paused
only while a megabyte waits unread), a read returns what is buffered at
once and waits, with a timer, only when nothing is; TLS is asyncio's
(``loop.start_tls``) with the context httpx was given, so certificates are
verified as before. Errors are httpcore's own (``ConnectError``,
``ReadTimeout``…), which httpx maps to the ones ``connectors.http`` reads.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections import deque
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx
from httpcore import AsyncNetworkBackend, AsyncNetworkStream

# (httpcore's own type for them)
_SocketOption = tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
_PAUSE_AT = 1 << 20  # bytes buffered unread before the socket is left alone
_RESUME_AT = 1 << 18


class _Receiver(asyncio.Protocol):
    """What a connection has received and not yet read, and its end."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.size = 0
        self.eof = False
        self.error: Exception | None = None
        self._paused = False
        self._arrived: asyncio.Future[None] | None = None
        self._room: asyncio.Future[None] | None = None  # (writing: the transport's buffer drained)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        if self.size >= _PAUSE_AT and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # (the transport closes itself)

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.error = exc
        self._wake()
        if self._room is not None and not self._room.done():
            self._room.set_result(None)

    def pause_writing(self) -> None:
        if self._room is None or self._room.done():
            self._room = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        if self._room is not None and not self._room.done():
            self._room.set_result(None)

    def _wake(self) -> None:
        if self._arrived is not None and not self._arrived.done():
            self._arrived.set_result(None)

    def take(self, max_bytes: int) -> bytes:
        """Up to ``max_bytes`` of what is buffered (b"" at the end)."""
        if not self.chunks:
            return b""
        chunk = self.chunks.popleft()
        if len(chunk) > max_bytes:
            chunk, rest = chunk[:max_bytes], chunk[max_bytes:]
            self.chunks.appendleft(rest)
        self.size -= len(chunk)
        if self._paused and self.size <= _RESUME_AT and self.transport is not None:
            self._paused = False
            self.transport.resume_reading()
        return chunk

    async def arrival(self, timeout: float | None) -> None:
        """Until something is buffered or the connection ends."""
        self._arrived = asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(timeout):
                await self._arrived
        finally:
            self._arrived = None

    async def room(self, timeout: float | None) -> None:
        """Until what was written has left the transport's buffer."""
        if self._room is not None and not self._room.done():
            async with asyncio.timeout(timeout):
                await asyncio.shield(self._room)


class _Stream(AsyncNetworkStream):
    def __init__(self, transport: asyncio.Transport, receiver: _Receiver) -> None:
        self._transport = transport
        self._receiver = receiver
        receiver.transport = transport

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        receiver = self._receiver
        if not receiver.chunks and not receiver.eof:
            try:
                await receiver.arrival(timeout)
            except TimeoutError:
                raise httpcore.ReadTimeout("timed out") from None
        if receiver.chunks:
            return receiver.take(max_bytes)
        if receiver.error is not None:
            raise httpcore.ReadError(str(receiver.error) or type(receiver.error).__name__) from receiver.error
        return b""  # (the end of the stream, as httpcore expects it)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        if self._transport.is_closing():
            raise httpcore.WriteError("the connection is closed")
        self._transport.write(buffer)
        try:
            await self._receiver.room(timeout)
        except TimeoutError:
            raise httpcore.WriteTimeout("timed out") from None
        if self._receiver.error is not None:
            raise httpcore.WriteError(str(self._receiver.error)) from self._receiver.error

    async def aclose(self) -> None:
        self._transport.close()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport, self._receiver, ssl_context, server_hostname=server_hostname
                )
        except TimeoutError:
            self._transport.close()
            raise httpcore.ConnectTimeout("timed out during the TLS handshake") from None
        except (OSError, ssl.SSLError, ConnectionError) as exc:
            self._transport.close()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:  # (the connection ended during the handshake)
            raise httpcore.ConnectError("the connection closed during the TLS handshake")
        return _Stream(transport, self._receiver)

    def get_extra_info(self, info: str) -> Any:
        transport = self._transport
        if info == "ssl_object":
            return transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return transport.get_extra_info("sockname")
        if info == "server_addr":
            return transport.get_extra_info("peername")
        if info == "socket":
            return transport.get_extra_info("socket")
        if info == "is_readable":
            # An idle kept-alive connection that has anything to read was
            # closed (or broken) by the server: httpcore drops it. What the
            # loop has not yet handed over is still on the socket.
            receiver = self._receiver
            if receiver.chunks or receiver.eof:
                return True
            sock = transport.get_extra_info("socket")
            return sock is not None and _readable(sock)
        return None


def _readable(sock: socket.socket) -> bool:
    from httpcore._utils import is_socket_readable  # (httpcore's own check, as its backends use it)

    return is_socket_readable(sock)


def _with_options(transport: asyncio.Transport, options: Iterable[_SocketOption] | None) -> asyncio.Transport:
    sock = transport.get_extra_info("socket")
    for option in options or ():
        sock.setsockopt(*option)
    return transport


class AsyncioBackend(AsyncNetworkBackend):
    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport, receiver = await loop.create_connection(
                    _Receiver, host, port,
                    local_addr=(local_address, 0) if local_address else None,
                    happy_eyeballs_delay=0.25,  # (RFC 8305, as anyio connects)
                )
        except TimeoutError:
            raise httpcore.ConnectTimeout("timed out") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        return _Stream(_with_options(transport, socket_options), receiver)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[_SocketOption] | None = None
    ) -> AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport, receiver = await loop.create_unix_connection(_Receiver, path)
        except TimeoutError:
            raise httpcore.ConnectTimeout("timed out") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        return _Stream(_with_options(transport, socket_options), receiver)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class Transport(httpx.AsyncHTTPTransport):
    """httpx's transport (HTTP/1.1, its connection pool and error mapping)
    over ``AsyncioBackend``."""

    def __init__(self, *, verify: ssl.SSLContext, limits: httpx.Limits) -> None:
        super().__init__(verify=verify, limits=limits)
        # (httpx builds its pool with httpcore's default backend and says
        # no other; the pool it would build, with ours.)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=verify,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=AsyncioBackend(),
        )
