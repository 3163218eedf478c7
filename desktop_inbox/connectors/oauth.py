"""OAuth 2 for native apps (RFC 8252): PKCE and the loopback redirect.

The redirect listener binds 127.0.0.1 only, on a port the OS picks, accepts
exactly one request carrying the expected ``state`` and closes. The browser
gets a short page saying it can be closed.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import html
import logging
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from desktop_inbox.errors import BadInput, InboxError
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.connectors")

OOB_REDIRECT = "urn:ietf:wg:oauth:2.0:oob"


@dataclass(frozen=True, slots=True)
class Pkce:
    verifier: str
    challenge: str
    method: str = "S256"

    @classmethod
    def new(cls) -> Pkce:
        verifier = secrets.token_urlsafe(64)[:96]
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
        return cls(verifier, challenge)


def new_state() -> str:
    return secrets.token_urlsafe(24)


class SignInCancelled(InboxError):
    pass


_PAGE = """<!doctype html><meta charset="utf-8"><title>Desktop Inbox</title>
<body style="font-family:sans-serif;margin:3em">
<h1>{title}</h1><p>{text}</p></body>"""


class LoopbackRedirect:
    """Waits for the browser to come back to ``http://127.0.0.1:PORT/callback``."""

    path = "/callback"

    def __init__(self, *, port: int = 0) -> None:
        self._port = port
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[dict[str, str]] | None = None
        self._state = ""

    @property
    def redirect_uri(self) -> str:
        if self._server is None:
            raise RuntimeError("start() first")
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}{self.path}"

    async def start(self, state: str) -> str:
        self._state = state
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, host="127.0.0.1", port=self._port)
        return self.redirect_uri

    async def wait(self, *, timeout: float = 600) -> dict[str, str]:
        """The query parameters of the one valid redirect (``code``, ...)."""
        assert self._result is not None
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), timeout)
        except TimeoutError:
            raise SignInCancelled(
                QT_TRANSLATE_NOOP("Errors", "The sign-in was not finished in the browser in time.")
            ) from None
        finally:
            await self.close()

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
            self._server = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = await asyncio.wait_for(reader.readline(), 10)
            # Drain the headers; we need none of them.
            while True:
                line = await asyncio.wait_for(reader.readline(), 10)
                if line in (b"\r\n", b"\n", b""):
                    break
            parts = request_line.decode("latin-1").split()
            if len(parts) < 2 or parts[0] != "GET":
                await self._reply(writer, 405, "Not here", "This address only finishes a sign-in.")
                return
            url = urlsplit(parts[1])
            if url.path != self.path:
                await self._reply(writer, 404, "Not here", "This address only finishes a sign-in.")
                return
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if not secrets.compare_digest(query.get("state", ""), self._state):
                # Not ours (or forged): refuse and keep waiting for the real one.
                await self._reply(
                    writer, 400, "Sign-in not recognised", "This sign-in did not come from Desktop Inbox."
                )
                return
            if "error" in query:
                await self._reply(writer, 200, "Sign-in cancelled", "You can close this window.")
                self._finish(error=query.get("error_description") or query["error"])
                return
            if not query.get("code"):
                await self._reply(writer, 400, "Sign-in incomplete", "The server sent no authorisation code.")
                return
            await self._reply(
                writer, 200, "Signed in", "You are signed in to Desktop Inbox. You can close this window."
            )
            self._finish(result=query)
        except (TimeoutError, ConnectionError, UnicodeDecodeError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    def _finish(self, *, result: dict[str, str] | None = None, error: str | None = None) -> None:
        if self._result is None or self._result.done():
            return
        if error is not None:
            self._result.set_exception(
                SignInCancelled(QT_TRANSLATE_NOOP("Errors", "The sign-in was refused: {error}"), error=error)
            )
        else:
            assert result is not None
            self._result.set_result(result)
        # One request only: stop listening at once.
        if self._server is not None:
            self._server.close()

    @staticmethod
    async def _reply(writer: asyncio.StreamWriter, status: int, title: str, text: str) -> None:
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
        head = (
            f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        writer.write(head.encode() + body)
        await writer.drain()


def parse_pasted_code(text: str) -> str:
    """Accept a bare code or the whole redirect URL the user pasted."""
    text = text.strip()
    if not text:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "No authorisation code was given."))
    if "code=" in text:
        query = parse_qs(urlsplit(text).query or text)
        if query.get("code"):
            return query["code"][0]
    return text
