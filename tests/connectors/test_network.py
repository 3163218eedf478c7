"""The HTTP client's own sockets (``connectors.network``) against real servers
on 127.0.0.1: verified TLS, bodies larger than its buffer read slowly and
sent slowly, a server that stops answering, one that closes a kept-alive
connection, nobody listening; on asyncio's loop and on the app's (qasync)."""

from __future__ import annotations

import asyncio
import hashlib
import socket
import ssl
import threading
from collections.abc import Callable, Coroutine, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync

from desktop_inbox.connectors import network
from tests.helpers.certs import self_signed

BIG = hashlib.sha256(b"seed").digest() * (3 * 2**20 // 32)  # 3 MB, three times what it buffers unread
LIMITS = httpx.Limits(max_connections=2, max_keepalive_connections=2)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    connections = 0
    received: list[bytes]
    close_after_answer = False

    def get_request(self) -> tuple[socket.socket, Any]:
        accepted = super().get_request()
        self.connections += 1
        return accepted


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # (kept alive unless it says otherwise)
    server: _Server

    def do_GET(self) -> None:
        body = BIG if self.path == "/big" else b'{"ok": true}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        if self.server.close_after_answer:
            # Gone without saying "Connection: close" (an idle timeout on the server).
            self.close_connection = True

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        chunks = []
        while length:
            chunk = self.rfile.read(min(length, 65536))
            chunks.append(chunk)
            length -= len(chunk)
            threading.Event().wait(0.002)  # (a slow reader: the client's writes wait for room)
        self.server.received.append(b"".join(chunks))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[..., tuple[str, _Server, ssl.SSLContext]]]:
    """``serve(tls=...)``: (base URL, server, a client context that trusts it)."""
    servers: list[_Server] = []
    cert, key = self_signed(tmp_path)
    trusting = ssl.create_default_context(cafile=str(cert))

    def start(*, tls: bool = True) -> tuple[str, _Server, ssl.SSLContext]:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.received = []
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            server.socket = context.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}", server, trusting

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _client(context: ssl.SSLContext, timeout: float = 10) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=network.Transport(verify=context, limits=LIMITS), timeout=timeout)


@pytest.fixture(params=["asyncio", "qasync"])
def run(request: pytest.FixtureRequest) -> Iterator[Callable[[Coroutine[Any, Any, Any]], Any]]:
    """Runs a coroutine on asyncio's loop, or on the app's (qasync on Qt's)."""
    if request.param == "asyncio":
        yield asyncio.run
        return
    loop = qasync.QEventLoop(request.getfixturevalue("qapp"))
    asyncio.set_event_loop(loop)
    yield loop.run_until_complete
    loop.close()
    asyncio.set_event_loop(None)


def test_a_page_larger_than_the_buffer_comes_whole_over_verified_tls(serve, run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, server, trusting = serve()
    buffered = [0]
    received = network._Receiver.data_received

    def data_received(self: network._Receiver, data: bytes) -> None:
        received(self, data)
        buffered[0] = max(buffered[0], self.size)

    monkeypatch.setattr(network._Receiver, "data_received", data_received)

    async def go() -> tuple[bytes, bytes, bytes]:
        async with _client(trusting) as client:
            fast = (await client.get(f"{url}/big")).content
            # Read slowly: the socket is left alone while a megabyte waits, then read on.
            slow = b""
            async with client.stream("GET", f"{url}/big") as response:
                async for chunk in response.aiter_raw():
                    slow += chunk
                    await asyncio.sleep(0.01)
            small = (await client.get(f"{url}/small")).content
            return fast, slow, small

    fast, slow, small = run(go())
    assert fast == BIG and slow == BIG
    assert network._PAUSE_AT <= buffered[0] < 2 * network._PAUSE_AT  # (it did wait, and did not hoard)
    assert small == b'{"ok": true}'
    assert server.connections == 1  # (one connection, kept alive)


def test_a_body_sent_to_a_slow_reader_arrives_whole(serve, run) -> None:  # type: ignore[no-untyped-def]
    url, server, trusting = serve()

    async def go() -> int:
        async with _client(trusting) as client:
            return (await client.post(f"{url}/upload", content=BIG)).status_code

    assert run(go()) == 204
    assert server.received == [BIG]


def test_the_certificate_must_name_the_host(serve, run) -> None:  # type: ignore[no-untyped-def]
    url, _, trusting = serve()
    elsewhere = url.replace("127.0.0.1", "localhost")  # (the certificate names 127.0.0.1 only)

    async def go() -> None:
        async with _client(trusting) as client:
            await client.get(elsewhere)

    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        run(go())
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        run(_get_with(ssl.create_default_context(), url))  # (the system's authorities do not know it)


async def _get_with(context: ssl.SSLContext, url: str) -> None:
    async with _client(context) as client:
        await client.get(url)


def test_a_server_that_stops_answering_times_out(run) -> None:  # type: ignore[no-untyped-def]
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()

    async def go() -> None:
        async with _client(ssl.create_default_context(), timeout=0.3) as client:
            await client.get(f"http://127.0.0.1:{listener.getsockname()[1]}/")

    try:
        with pytest.raises(httpx.ReadTimeout):
            run(go())
    finally:
        for sock in [*accepted, listener]:
            sock.close()


def test_a_connection_the_server_closed_is_not_used_again(serve, run) -> None:  # type: ignore[no-untyped-def]
    url, server, trusting = serve(tls=False)
    server.close_after_answer = True

    async def go() -> list[int]:
        codes = []
        async with _client(trusting) as client:
            for _ in range(3):
                codes.append((await client.get(f"{url}/small")).status_code)
                await asyncio.sleep(0.1)  # (its end arrives while the connection sits in the pool)
        return codes

    assert run(go()) == [200, 200, 200]
    assert server.connections == 3


def test_nobody_listening_is_a_connect_error(run) -> None:  # type: ignore[no-untyped-def]
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # (closed again: nothing listens there)

    with pytest.raises(httpx.ConnectError):
        run(_get_with(ssl.create_default_context(), f"http://127.0.0.1:{port}/"))
