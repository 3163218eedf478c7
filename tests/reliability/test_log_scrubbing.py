"""The log filter: tokens and Authorization headers never reach a log line."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from desktop_inbox import logging_setup
from desktop_inbox.logging_setup import scrub
from desktop_inbox.secrets import register_secret

TOKEN = "tok_9f8e7d6c5b4a3210ZYXW"  # not registered: shapes alone must give it away
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6cGxjOmFubmEifQ.c2lnbmF0dXJlLXZhbHVl"


@pytest.mark.parametrize("line", [
    f"Authorization: Bearer {TOKEN}",
    f"authorization: bearer {TOKEN}",
    f"{{'Authorization': 'Bearer {TOKEN}', 'Accept': 'application/json'}}",
    f'{{"authorization": "Bearer {TOKEN}"}}',
    f"[(b'Authorization', b'Bearer {TOKEN}'), (b'Host', b'x')]",
    f"Authorization: Basic {TOKEN}",
    f"Proxy-Authorization: Basic {TOKEN}",
    f"Cookie: session={TOKEN}",
    f"[(b'Cookie', b'session={TOKEN}')]",
    f"X-API-Key: {TOKEN}",
    f"GET /api/v1/timelines?access_token={TOKEN}&limit=40",
    f"POST /oauth/token body=grant_type=refresh_token&refresh_token={TOKEN}&client_id=abc",
    f"client_secret={TOKEN}",
    f"code_verifier={TOKEN}",
    f"?code={TOKEN}&state=xyz",
    f'{{"access_token": "{TOKEN}", "token_type": "Bearer"}}',
    f'{{"refresh_token":"{TOKEN}"}}',
    f"{{'accessJwt': '{TOKEN}', 'handle': 'shop.test'}}",
    f'{{"refreshJwt": "{TOKEN}"}}',
    f'{{"password": "{TOKEN}"}}',
    f"password={TOKEN}",
    f"https://shop:{TOKEN}@imap.example.com/INBOX",
    f"session {JWT} expired",
    f"Bearer {TOKEN}",
])
def test_scrub_removes_credentials_in_every_shape(line: str) -> None:
    cleaned = scrub(line)
    assert TOKEN not in cleaned and JWT not in cleaned, cleaned
    assert "[secret]" in cleaned


def test_scrub_keeps_ordinary_text() -> None:
    for line in ("synced 40 messages for @shop@example.social", "GET /api/v1/notifications?limit=80 -> 200",
                 "Ζάππος 客户 order 4711", "token bucket refilled"):
        assert scrub(line) == line


def test_registered_secrets_are_scrubbed_anywhere() -> None:
    secret = "plain-looking-password-4711"
    register_secret(secret)
    assert secret not in scrub(f"login failed for shop with {secret} at imap.example.com")
    assert secret not in scrub(f"{secret}{secret}")


def test_the_log_file_never_holds_a_token(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    logging_setup.setup(data_dir=data_dir, verbose=True, stderr=False)
    register_secret(TOKEN)
    log = logging.getLogger("desktop_inbox.test")
    try:
        log.info("Authorization: Bearer %s", TOKEN)  # in the arguments
        log.info(f"headers={{'Authorization': 'Bearer {TOKEN}'}}")  # noqa: G004 - in the message, on purpose
        log.debug("jwt %s", JWT)
        try:
            raise RuntimeError(f"request failed with token={TOKEN}")
        except RuntimeError:
            log.exception("traceback with a token")  # in the traceback
        try:
            raise httpx.HTTPStatusError(
                "401", request=httpx.Request("GET", "https://x.test/api", headers={"Authorization": f"Bearer {TOKEN}"}),
                response=httpx.Response(401),
            )
        except httpx.HTTPStatusError as exc:
            log.warning("status error %r headers %s", exc, dict(exc.request.headers))
        # Libraries log too: httpx/httpcore at debug level would print headers.
        logging.getLogger("httpcore.http11").debug("send_request_headers.started request=<Request [b'GET']> "  # noqa: G004
                                                   f"headers=[(b'Authorization', b'Bearer {TOKEN}')]")
        logging.getLogger("httpx").warning(f"HTTP Request: GET https://x.test/?access_token={TOKEN}")  # noqa: G004
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
    text = (data_dir / "logs" / "desktop-inbox.log").read_text(encoding="utf-8")
    assert "traceback with a token" in text and "RuntimeError" in text
    assert TOKEN not in text and JWT not in text
    assert text.count("[secret]") >= 6
    logging_setup.setup(data_dir=None, stderr=False)
