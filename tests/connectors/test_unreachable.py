"""A server that cannot be reached is explained, not quoted ("[Errno -2] …")."""

from __future__ import annotations

import asyncio
import socket

import httpx

from desktop_inbox.connectors.unreachable import explain


def _chained(cause: BaseException) -> httpx.ConnectError:
    try:
        try:
            raise cause
        except BaseException as exc:
            raise httpx.ConnectError(str(exc)) from exc
    except httpx.ConnectError as outer:
        return outer


def test_what_the_system_s_errors_mean() -> None:
    not_found = _chained(socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    assert explain(not_found, "mastodon.exmaple").startswith("the server name mastodon.exmaple cannot be found")
    no_dns = _chained(socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"))
    assert "cannot be looked up now" in explain(no_dns, "mastodon.social")
    refused = _chained(ConnectionRefusedError(111, "Connection refused"))
    assert explain(refused, "127.0.0.1") == "127.0.0.1 refused the connection; nothing answers at that address and port"
    # Only the words are known (an error re-raised as text).
    assert "cannot be found" in explain(httpx.ConnectError("[Errno -2] Name or service not known"), "x.example")
    assert explain(RuntimeError("something else entirely"), "x.example") == "something else entirely"


def test_a_name_that_does_not_exist_is_said_so() -> None:
    async def connect() -> BaseException:
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                await client.get("https://no-such-host.invalid/")
        except httpx.ConnectError as exc:
            return exc
        raise AssertionError("connected to .invalid")

    said = explain(asyncio.run(connect()), "no-such-host.invalid")
    # (Offline, the resolver answers "try again" instead of "no such name".)
    assert said.startswith("the server name no-such-host.invalid cannot be"), said
    assert "Errno" not in said
