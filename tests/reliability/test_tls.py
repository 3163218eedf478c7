"""TLS is always verified: a server with an untrusted certificate gets no request.

A real HTTPS server on 127.0.0.1 with a self-signed certificate: every
connector refuses it with a typed error, before any request (and so before
any token) reaches it. Plain http is accepted only for loopback hosts.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop_inbox.connectors.bluesky.connector import BlueskyConnector
from desktop_inbox.connectors.http import normalize_base_url
from desktop_inbox.connectors.mastodon.connector import MastodonConnector
from desktop_inbox.connectors.x.auth import TokenSet
from desktop_inbox.connectors.x.connector import XConnector
from desktop_inbox.errors import BadInput, ConnectorError
from tests.helpers.certs import self_signed

SECRET = "tls-test-token-must-never-arrive"


@pytest.fixture
def untrusted_https(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(f"{self.path} {self.headers.get('Authorization')}")
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b"{}")

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    cert, key = self_signed(tmp_path)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}", seen
    httpd.shutdown()
    httpd.server_close()


async def test_every_connector_refuses_an_untrusted_certificate(untrusted_https) -> None:  # type: ignore[no-untyped-def]
    url, seen = untrusted_https
    mastodon = MastodonConnector(base_url=url, token=SECRET)
    tokens = TokenSet(access_token=SECRET, refresh_token="r-" + SECRET, expires_at=None, client_id="c")
    x = XConnector(base_url=url, tokens=tokens)
    bluesky = BlueskyConnector(pds_url=url)
    calls = (mastodon.verify(), x.verify(), bluesky.xrpc.create_session("shop.test", SECRET))  # (the app password)
    for call in calls:
        with pytest.raises(ConnectorError) as caught:
            await call
        assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value) and SECRET not in str(caught.value)
    for connector in (mastodon, x, bluesky):
        await connector.aclose()
    assert seen == []  # not one request, not one token


@pytest.mark.parametrize("raw", ["http://mastodon.example", "http://10.0.0.5", "http://[::ffff:1.2.3.4]"])
def test_plain_http_only_for_loopback(raw: str) -> None:
    with pytest.raises(BadInput):
        normalize_base_url(raw, what="server address")
    assert normalize_base_url("http://127.0.0.1:8080", what="server") == "http://127.0.0.1:8080"
