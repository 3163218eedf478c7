"""Push for e-mail: waiting in INBOX with IMAP IDLE (RFC 2177)."""

from __future__ import annotations

import threading
import time
from typing import Any

from imapclient import IMAPClient

from desktop_inbox.errors import ConnectorError, TransientError
from desktop_inbox.words import QT_TRANSLATE_NOOP

IDLE_RENEW = 270.0  # seconds: below AOL's ~300 s, far below RFC 2177's 29 min
IDLE_CHECK = 1.0


def _news(responses: list[Any]) -> bool:
    """Whether IDLE responses announce a new message (or the end)."""
    new = False
    for response in responses:
        if len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT"):
            new = True
        if response and response[0] == b"BYE":
            raise TransientError(QT_TRANSLATE_NOOP("Errors", "The mail server ended the IDLE connection."))
    return new


def wait_in_inbox(
    c: IMAPClient, *, known_uidnext: int | None, timeout: float, stop: threading.Event, host: str
) -> bool:
    """IDLE in INBOX (on the session's thread) until new mail, ``timeout`` or ``stop``.

    True as soon as the server reports a new message (or one arrived since
    ``known_uidnext``), False when the time is up; ConnectorError when the
    server cannot IDLE."""
    info = c.select_folder("INBOX", readonly=True)
    if known_uidnext is not None and (info.get(b"UIDNEXT") or 0) > known_uidnext:
        return True
    if not c.has_capability("IDLE"):
        raise ConnectorError(
            QT_TRANSLATE_NOOP("Errors", "The mail server {host} cannot push new mail (no IDLE)."), host=host
        )
    deadline = time.monotonic() + timeout
    while not stop.is_set():
        renew_at = min(deadline, time.monotonic() + IDLE_RENEW)
        c.idle()
        new = False
        try:
            while not new and not stop.is_set() and time.monotonic() < renew_at:
                wait_for = max(0.0, min(IDLE_CHECK, renew_at - time.monotonic()))
                started = time.monotonic()
                responses = c.idle_check(timeout=wait_for)
                new = _news(responses)
                if not responses and wait_for > 0.2 and time.monotonic() - started < wait_for / 4:
                    raise TransientError(
                        QT_TRANSLATE_NOOP("Errors", "The IDLE connection to the mail server was lost.")
                    )
        finally:
            if not stop.is_set():
                # What came in while we stopped idling counts too.
                new = _news(c.idle_done()[1]) or new
        if new:
            return True
        if time.monotonic() >= deadline:
            return False
    return False
