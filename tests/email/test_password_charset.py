"""A password with characters outside ASCII, against the tests' Dovecot (issue 19).

IMAP LOGIN cannot carry one (imaplib refused it with UnicodeEncodeError, which
crashed ``accounts add email`` and the sync); AUTHENTICATE PLAIN carries UTF-8
(RFC 4616, RFC 6855), and SMTP AUTH PLAIN too. An IMAP server that offers
no PLAIN gets one clear sentence instead of a traceback; an SMTP server
without PLAIN is tried with LOGIN, which many (Dovecot too) take in UTF-8.
"""

from __future__ import annotations

import itertools
import json

import aiosmtplib
import pytest
from aiosmtplib import smtp as aiosmtplib_smtp
from imapclient import IMAPClient

from desktop_inbox.connectors.email import parse as mailparse
from tests.email.conftest import Mailboxes
from tests.email.messages import plain
from tests.servers.mailserver import MailServer

PASSWORD = "Sh0p-pass-ü"
_n = itertools.count(1)


@pytest.fixture
def umlaut_boxes(mail_server: MailServer, boxes: Mailboxes) -> Mailboxes:
    """The test's mailboxes, with a shop whose password is not ASCII."""
    shop = f"umlaut{next(_n)}-{boxes.shop}"
    mail_server.add_user(shop, PASSWORD)
    return Mailboxes(mail_server, shop, boxes.anna, boxes.bob, boxes.chen, PASSWORD)


def _add(cli, boxes: Mailboxes, *extra: str):  # type: ignore[no-untyped-def]
    ports = boxes.server.ports
    return cli(
        "accounts", "add", "email", "--address", boxes.shop,
        "--imap-host", "127.0.0.1", "--imap-port", str(ports.imap),
        "--smtp-host", "127.0.0.1", "--smtp-port", str(ports.submission),
        "--security", "starttls", "--history", "all", "--password-stdin", *extra,
        stdin=PASSWORD + "\n",
    )  # fmt: skip


def test_a_non_ascii_password_signs_in_syncs_and_sends(cli, umlaut_boxes: Mailboxes) -> None:  # type: ignore[no-untyped-def]
    boxes = umlaut_boxes
    boxes.deliver(plain(frm=boxes.anna, to=boxes.shop, subject="Größe 38?", body="Habt ihr Größe 38?",
                        mid=f"<u.{boxes.shop}>", minutes=1))  # fmt: skip
    tested = _add(cli, boxes, "--test")
    assert tested.code == 0, tested
    assert "IMAP: signed in" in tested.out and "SMTP: signed in" in tested.out

    added = _add(cli, boxes)
    assert added.code == 0, added
    synced = cli("sync", "--once")
    assert synced.code == 0, synced
    assert "1 new message" in synced.out
    [conv] = json.loads(cli("conversations", "--json").out)
    assert cli("reply", str(conv["id"]), "--text", "Ja, in Schwarz.").code == 0
    sent = cli("sync", "--once")
    assert sent.code == 0, sent

    [reply] = [mailparse.parse_message(m) for m in boxes.messages(boxes.anna)]
    assert reply.full_text.startswith("Ja, in Schwarz.")
    assert PASSWORD not in tested.out + tested.err + added.out + added.err + synced.out + sent.out


def test_an_imap_server_without_plain_says_so_in_one_line(
    cli, umlaut_boxes: Mailboxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # The same Dovecot, as a server that offers LOGIN only would look.
    original = IMAPClient.capabilities

    def without_plain(self: IMAPClient) -> tuple[bytes, ...]:
        return tuple(c for c in original(self) if c != b"AUTH=PLAIN")

    monkeypatch.setattr(IMAPClient, "capabilities", without_plain)

    added = _add(cli, umlaut_boxes)

    assert added.code == 1, added
    [line] = added.err.strip().splitlines()
    assert "cannot take a password with characters outside ASCII" in line and "127.0.0.1" in line
    assert "AUTHENTICATE PLAIN" in line
    assert "Traceback" not in added.err and PASSWORD not in added.err
    assert cli("accounts", "list", "--json").out.strip() == "[]"  # nothing half-added


def test_smtp_prefers_plain_and_falls_back_to_login(
    cli, umlaut_boxes: Mailboxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    used: list[str] = []
    original_plain, original_login = aiosmtplib.SMTP.auth_plain, aiosmtplib.SMTP.auth_login

    async def plain(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        used.append("plain")
        return await original_plain(self, *args, **kwargs)

    async def login(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        used.append("login")
        return await original_login(self, *args, **kwargs)

    monkeypatch.setattr(aiosmtplib.SMTP, "auth_plain", plain)
    monkeypatch.setattr(aiosmtplib.SMTP, "auth_login", login)
    assert _add(cli, umlaut_boxes, "--test").code == 0
    assert used == ["plain"]

    used.clear()
    parse = aiosmtplib_smtp.parse_esmtp_extensions

    def no_plain(message: str) -> tuple[dict[str, str], list[str]]:
        extensions, methods = parse(message)
        return extensions, [m for m in methods if m != "plain"]

    monkeypatch.setattr(aiosmtplib_smtp, "parse_esmtp_extensions", no_plain)
    tested = _add(cli, umlaut_boxes, "--test")
    assert tested.code == 0 and "SMTP: signed in" in tested.out, tested
    assert used == ["login"]
