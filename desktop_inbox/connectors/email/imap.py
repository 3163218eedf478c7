"""One IMAP connection, driven from asyncio through a thread of its own.

imapclient (well kept, complete: SPECIAL-USE, CONDSTORE, IDLE, BODYSTRUCTURE
parsing) is synchronous, so every call runs in a single worker thread per
connection; the event loop never blocks. The connection is opened on first
use and again after it broke. Failures become the typed errors of
``desktop_inbox.errors``; no message ever contains the password.
"""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import logging
import socket
import ssl
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from imapclient import IMAPClient
from imapclient import exceptions as imap_errors

from desktop_inbox.connectors.email.config import Endpoint, tls_context
from desktop_inbox.errors import ConnectorError, NeedsSignIn, Offline, TransientError
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.connectors.email")

T = TypeVar("T")
TIMEOUT = 30.0


def non_ascii_refused(host: str, mechanism: str) -> str:
    return (
        f"The mail server {host} cannot take a password with characters outside ASCII (it offers no "
        f"{mechanism}, the sign-in that carries them). Use a password of plain letters, digits and "
        "punctuation, or an app password, for this account."
    )


def describe_tls_error(host: str, exc: ssl.SSLError) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or "not trusted"
        return (
            f"The certificate of {host} could not be verified ({reason}). Desktop Inbox only uses verified "
            "connections; check the server name."
        )
    return f"The secure connection to {host} failed ({exc.reason or exc}). Check the port and the security setting."


class ImapSession:
    def __init__(self, endpoint: Endpoint, username: str, password: str, *, name: str = "imap", timeout: float = TIMEOUT) -> None:
        self.endpoint = endpoint
        self.username = username
        self._password = password
        self.timeout = timeout
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._client: IMAPClient | None = None
        self.stopping = threading.Event()
        self._busy = False
        self.capabilities: frozenset[bytes] = frozenset()

    # -- running calls ----------------------------------------------------------------

    async def call(self, fn: Callable[[IMAPClient], T]) -> T:
        """Run ``fn(client)`` in this connection's thread (connecting first)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._run, fn)

    def _run(self, fn: Callable[[IMAPClient], T]) -> T:
        what = self.endpoint.label
        host = self.endpoint.host
        self._busy = True
        try:
            if self._client is None:
                self._client = self._connect()
            return fn(self._client)
        except BaseException as exc:
            if not isinstance(exc, ConnectorError) or isinstance(exc, TransientError):
                self._drop()
            if isinstance(exc, ConnectorError):
                raise
            if isinstance(exc, imap_errors.LoginError):
                raise NeedsSignIn(
                    QT_TRANSLATE_NOOP("Errors", "The mail server {host} did not accept the user name or password."),
                    host=host,
                ) from None
            if isinstance(exc, ssl.SSLError):
                raise ConnectorError(describe_tls_error(host, exc)) from None
            if isinstance(exc, (ConnectionRefusedError, socket.gaierror)):
                raise Offline(QT_TRANSLATE_NOOP("Errors", "Cannot reach the mail server {what}."), what=what) from None
            if isinstance(exc, (TimeoutError, socket.timeout)):
                raise TransientError(
                    QT_TRANSLATE_NOOP("Errors", "The mail server {what} did not answer in time."), what=what
                ) from None
            if isinstance(exc, (imap_errors.IMAPClientAbortError, imaplib.IMAP4.abort, OSError, EOFError)):
                raise TransientError(
                    QT_TRANSLATE_NOOP("Errors", "The connection to the mail server {what} was lost."), what=what
                ) from None
            if isinstance(exc, imap_errors.CapabilityError):
                raise ConnectorError(
                    QT_TRANSLATE_NOOP("Errors", "The mail server {host} lacks a feature we need: {exc}"),
                    host=host,
                    exc=exc,
                ) from None
            if isinstance(exc, (imap_errors.IMAPClientError, imaplib.IMAP4.error)):
                raise ConnectorError(
                    QT_TRANSLATE_NOOP("Errors", "The mail server {host} refused a command: {exc}"), host=host, exc=exc
                ) from None
            raise
        finally:
            self._busy = False

    def _connect(self) -> IMAPClient:
        endpoint = self.endpoint
        context = tls_context()
        if endpoint.security == "tls":
            client = IMAPClient(endpoint.host, endpoint.port, ssl=True, ssl_context=context, timeout=self.timeout)
        else:
            client = IMAPClient(endpoint.host, endpoint.port, ssl=False, timeout=self.timeout)
            if endpoint.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    with contextlib.suppress(Exception):
                        client.shutdown()
                    raise ConnectorError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The mail server {host} does not offer STARTTLS on port {port}; try security tls (port 993).",
                        ),
                        host=endpoint.host,
                        port=endpoint.port,
                    )
                client.starttls(context)
        client.normalise_times = False  # keep INTERNALDATE's time zone
        try:
            self._login(client)
            # Capabilities change after login (CONDSTORE, IDLE, ...): ask again.
            self.capabilities = frozenset(client.capabilities())
            if b"CONDSTORE" in self.capabilities and b"ENABLE" in self.capabilities:
                client.enable("CONDSTORE")
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    def _login(self, client: IMAPClient) -> None:
        if (self.username + self._password).isascii():
            client.login(self.username, self._password)
            return
        # LOGIN carries ASCII only (imaplib refuses anything else);
        # AUTHENTICATE PLAIN carries UTF-8 (RFC 4616, RFC 6855).
        if not client.has_capability("AUTH=PLAIN"):
            raise ConnectorError(non_ascii_refused(self.endpoint.host, "AUTHENTICATE PLAIN"))
        client.plain_login(self.username, self._password)

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()

    def interrupt(self) -> None:
        """Break a blocking wait (IDLE) from another thread."""
        self.stopping.set()
        client = self._client
        if client is not None:
            with contextlib.suppress(Exception):
                client.socket().shutdown(socket.SHUT_RDWR)

    async def aclose(self) -> None:
        if self._busy:
            self.interrupt()
        self.stopping.set()

        def logout() -> None:
            client, self._client = self._client, None
            if client is not None:
                with contextlib.suppress(Exception):
                    client.logout()
                with contextlib.suppress(Exception):
                    client.shutdown()

        loop = asyncio.get_running_loop()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(loop.run_in_executor(self._executor, logout), 5)
        self._executor.shutdown(wait=False, cancel_futures=True)
