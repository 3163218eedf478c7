"""A page's answer before its body: the next page is asked for as soon as an
answer's headers name it (bench/, 7), and a body that breaks off is a
failure of ours, reported when the page is read."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from desktop_inbox.connectors.http import MASTODON_RATE, Api, make_client
from desktop_inbox.connectors.mastodon.connector import MENTION_HISTORY, MastodonConnector
from desktop_inbox.errors import TransientError
from tests.connectors.test_mastodon_parsing import ME, status

Handler = Callable[[str, asyncio.StreamWriter], Awaitable[None]]


async def _serve(handler: Handler) -> AsyncIterator[str]:
    """A raw HTTP/1.1 server on 127.0.0.1: ``handler`` gets each request's
    target and writes the answer itself."""

    async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode()
                await handler(target, writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(connection, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()


def _head(length: int, link: str = "") -> bytes:
    extra = f"Link: {link}\r\n" if link else ""
    return f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n{extra}\r\n".encode()


async def test_the_next_page_is_asked_for_while_the_body_of_the_one_before_comes() -> None:
    """The first page's body comes only once the second page was asked for:
    a client that reads a whole page before asking for the next never gets it."""
    second_asked = asyncio.Event()
    body = json.dumps([{"id": "11", "type": "mention", "status": status(id="100")}]).encode()

    async def handler(target: str, writer: asyncio.StreamWriter) -> None:
        if "max_id=11" in target:
            second_asked.set()
            writer.write(_head(2) + b"[]")
            return
        url = "http://127.0.0.1/api/v1/notifications?max_id=11"
        writer.write(_head(len(body), f'<{url}>; rel="next"') + body[:10])
        await writer.drain()
        await asyncio.wait_for(second_asked.wait(), 10)
        writer.write(body[10:])

    async for url in _serve(handler):
        connector = MastodonConnector(base_url=url, token="t0ken-value", me=ME)
        try:
            first = await asyncio.wait_for(connector.fetch_answer(MENTION_HISTORY, None, since=None), 10)
            assert first.next_cursor == "11"
            second = await asyncio.wait_for(connector.fetch_answer(MENTION_HISTORY, "11", since=None), 10)
            page = await asyncio.wait_for(first.read(), 10)
            assert [p.remote_id for p in page.posts] == ["100"] and page.cursor == "11"
            last = await second.read()
            assert last.posts == [] and last.exhausted
        finally:
            await connector.aclose()


async def test_a_body_that_breaks_off_fails_as_a_broken_connection_when_read() -> None:
    async def handler(target: str, writer: asyncio.StreamWriter) -> None:
        writer.write(_head(100_000) + b"[{")
        await writer.drain()
        writer.close()

    async for url in _serve(handler):
        api = Api(make_client(url), platform_name="Mastodon", rate_headers=MASTODON_RATE)
        try:
            response = await api.request("GET", "/api/v1/notifications", stream=True)
            with pytest.raises(TransientError, match=r"connection to 127\.0\.0\.1 broke"):
                await api.read_body(response)
            assert response.is_closed
        finally:
            await api.aclose()
