"""Sending through SMTP submission (aiosmtplib), with honest failure modes.

The one failure that matters for exactly-once delivery is a lost answer to
the end of DATA: the server may have taken the message. That, and only that,
is reported as ``TransientError(maybe_done=True)``, so that the outbox looks
in Sent for the Message-ID before it tries again. A refusal before DATA
(a bad recipient, a full mailbox) never reached anyone.

A user name or password outside ASCII signs in with AUTH PLAIN, which
carries UTF-8 (RFC 4616).
"""

from __future__ import annotations

import contextlib
import ssl

import aiosmtplib

from desktop_inbox.connectors.email.config import Endpoint, tls_context
from desktop_inbox.connectors.email.imap import describe_tls_error, non_ascii_refused
from desktop_inbox.errors import (
    ConnectorError,
    NeedsSignIn,
    Offline,
    Rejected,
    TransientError,
)
from desktop_inbox.words import QT_TRANSLATE_NOOP

TIMEOUT = 60.0


def _client(endpoint: Endpoint, timeout: float) -> aiosmtplib.SMTP:
    return aiosmtplib.SMTP(
        hostname=endpoint.host,
        port=endpoint.port,
        use_tls=endpoint.security == "tls",
        start_tls=endpoint.security == "starttls",
        tls_context=tls_context() if endpoint.security != "none" else None,
        timeout=timeout,
    )


def _refusal(code: int, message: str, what: str) -> ConnectorError:
    text = f"The mail server refused {what}: {code} {message}".strip()
    return TransientError(text) if 400 <= code < 500 else Rejected(text)


async def _open(endpoint: Endpoint, username: str, password: str, timeout: float) -> aiosmtplib.SMTP:
    smtp = _client(endpoint, timeout)
    try:
        await smtp.connect()
        await _login(smtp, endpoint, username, password)
    except ConnectorError:
        await _close(smtp)
        raise
    except aiosmtplib.SMTPAuthenticationError:
        await _close(smtp)
        raise NeedsSignIn(
            QT_TRANSLATE_NOOP("Errors", "The mail server {host} did not accept the user name or password for sending."),
            host=endpoint.host,
        ) from None
    except ssl.SSLError as exc:
        await _close(smtp)
        raise ConnectorError(describe_tls_error(endpoint.host, exc)) from None
    except aiosmtplib.SMTPConnectError as exc:
        await _close(smtp)
        cause = exc.__cause__ or exc.__context__
        if isinstance(cause, ssl.SSLError):
            raise ConnectorError(describe_tls_error(endpoint.host, cause)) from None
        raise Offline(
            QT_TRANSLATE_NOOP("Errors", "Cannot reach the mail server {label}."), label=endpoint.label
        ) from None
    except aiosmtplib.SMTPNotSupported as exc:
        await _close(smtp)
        raise ConnectorError(
            QT_TRANSLATE_NOOP("Errors", "The mail server {label} cannot do this: {message}"),
            label=endpoint.label,
            message=exc.message,
        ) from None
    except (aiosmtplib.SMTPTimeoutError, TimeoutError):
        await _close(smtp)
        raise TransientError(
            QT_TRANSLATE_NOOP("Errors", "The mail server {label} did not answer in time."), label=endpoint.label
        ) from None
    except (aiosmtplib.SMTPServerDisconnected, OSError):
        await _close(smtp)
        raise TransientError(
            QT_TRANSLATE_NOOP("Errors", "The connection to the mail server {label} was lost."), label=endpoint.label
        ) from None
    except aiosmtplib.SMTPResponseException as exc:
        await _close(smtp)
        raise _refusal(exc.code, exc.message, "the sign-in") from None
    return smtp


async def _login(smtp: aiosmtplib.SMTP, endpoint: Endpoint, username: str, password: str) -> None:
    if (username + password).isascii():
        await smtp.login(username, password)
        return
    # Only AUTH PLAIN says how to carry UTF-8 (RFC 4616): it goes first. Without
    # it, LOGIN sends the same UTF-8 bytes, which many servers take; a refusal
    # then says what the likely reason is.
    if smtp.is_ehlo_or_helo_needed:
        await smtp.ehlo()
    if "plain" in smtp.server_auth_methods:
        await smtp.auth_plain(username, password)
        return
    try:
        await smtp.login(username, password)
    except aiosmtplib.SMTPAuthenticationError:
        raise NeedsSignIn(non_ascii_refused(endpoint.host, "AUTH PLAIN")) from None


async def _close(smtp: aiosmtplib.SMTP) -> None:
    with contextlib.suppress(Exception):
        if smtp.is_connected:
            await smtp.quit()
    with contextlib.suppress(Exception):
        smtp.close()


async def check_login(endpoint: Endpoint, username: str, password: str, *, timeout: float = 20.0) -> None:
    """Connect, secure, sign in and leave: what "test connection" does."""
    smtp = await _open(endpoint, username, password, timeout)
    await _close(smtp)


async def submit(
    endpoint: Endpoint,
    username: str,
    password: str,
    *,
    sender: str,
    recipients: list[str],
    data: bytes,
    timeout: float = TIMEOUT,
) -> None:
    smtp = await _open(endpoint, username, password, timeout)
    try:
        try:
            await smtp.mail(sender)
            for rcpt in recipients:
                await smtp.rcpt(rcpt)
        except aiosmtplib.SMTPResponseException as exc:
            raise _refusal(exc.code, exc.message, "the message") from None
        except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError):
            raise TransientError(
                QT_TRANSLATE_NOOP("Errors", "The connection to the mail server {label} was lost."), label=endpoint.label
            ) from None
        try:
            await smtp.data(data)
        except aiosmtplib.SMTPResponseException as exc:
            raise _refusal(exc.code, exc.message, "the message") from None
        except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, TimeoutError, OSError):
            # The message went out; its acknowledgement did not come back.
            raise TransientError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The mail server {label} did not confirm the message; it may have been sent."
                ),
                label=endpoint.label,
                maybe_done=True,
            ) from None
    finally:
        await _close(smtp)
