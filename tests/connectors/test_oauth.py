"""The loopback redirect: 127.0.0.1 only, the expected state only, one request."""

from __future__ import annotations

import asyncio
import base64
import hashlib

import httpx
import pytest

from desktop_inbox.connectors.oauth import LoopbackRedirect, Pkce, SignInCancelled, parse_pasted_code


async def test_accepts_only_the_expected_state_then_closes() -> None:
    listener = LoopbackRedirect()
    uri = await listener.start("expected-state")
    assert uri.startswith("http://127.0.0.1:") and uri.endswith("/callback")
    waiter = asyncio.create_task(listener.wait(timeout=10))
    async with httpx.AsyncClient() as client:
        forged = await client.get(uri, params={"code": "evil", "state": "other"})
        assert forged.status_code == 400
        assert (await client.get(uri.replace("/callback", "/other"), params={"state": "expected-state"})).status_code == 404
        assert not waiter.done()
        ok = await client.get(uri, params={"code": "good", "state": "expected-state"})
        assert ok.status_code == 200
    assert (await waiter)["code"] == "good"
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient() as client:
            await client.get(uri, params={"code": "late", "state": "expected-state"})


async def test_refusal_in_the_browser_is_reported() -> None:
    listener = LoopbackRedirect()
    uri = await listener.start("s")
    waiter = asyncio.create_task(listener.wait(timeout=10))
    async with httpx.AsyncClient() as client:
        await client.get(uri, params={"error": "access_denied", "state": "s"})
    with pytest.raises(SignInCancelled, match="access_denied"):
        await waiter


async def test_listens_on_loopback_only() -> None:
    listener = LoopbackRedirect()
    await listener.start("s")
    assert listener._server is not None
    hosts = {sock.getsockname()[0] for sock in listener._server.sockets}
    assert hosts == {"127.0.0.1"}
    await listener.close()


def test_pkce_s256() -> None:
    pkce = Pkce.new()
    assert 43 <= len(pkce.verifier) <= 128
    digest = base64.urlsafe_b64encode(hashlib.sha256(pkce.verifier.encode()).digest()).rstrip(b"=").decode()
    assert pkce.challenge == digest and pkce.method == "S256"
    assert Pkce.new().verifier != pkce.verifier


def test_pasted_code() -> None:
    assert parse_pasted_code("  abc123\n") == "abc123"
    assert parse_pasted_code("http://127.0.0.1:5/callback?code=xyz&state=s") == "xyz"
