"""A real Dovecot for the whole run, and a fresh set of mailboxes per test."""

from __future__ import annotations

import itertools
import warnings
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_inbox.connectors.email.config import Endpoint, MailConfig
from desktop_inbox.connectors.email.connector import EmailConnector
from desktop_inbox.secrets import Secrets
from desktop_inbox.services.signin.email import EmailSignIn
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from tests.helpers.app import ServicesApp
from tests.servers.mailserver import MailServer

_counter = itertools.count(1)


POOL = 24  # mailbox sets created before Dovecot starts (adding later costs up to 1 s)
PASSWORD = "pw-{n}-s3cret"


def _names(n: int) -> dict[str, str]:
    return {who: f"{who}{n}@{dom}" for who, dom in (("shop", "zappy.test"), ("anna", "example.test"), ("bob", "example.test"), ("chen", "example.cn"))}


@pytest.fixture(scope="session")
def mail_server() -> Iterator[MailServer]:
    # No skip: without Dovecot these tests must fail and say what to install.
    server = MailServer()
    for n in range(1, POOL + 1):
        for address in _names(n).values():
            server.add_user(address, PASSWORD.format(n=n))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # aiosmtpd: "AUTH without TLS" and friends
        server.start()
    yield server
    errors = server.errors()
    server.cleanup()
    assert not errors, f"Dovecot logged errors: {errors}"


@pytest.fixture(autouse=True)
def trust_test_server(mail_server: MailServer, monkeypatch: pytest.MonkeyPatch) -> None:
    # TLS stays verified: the test server's certificate is made trusted the
    # way OpenSSL lets any user add one, not by turning verification off.
    monkeypatch.setenv("SSL_CERT_FILE", str(mail_server.cafile))


@dataclass
class Mailboxes:
    """The shop's mailbox and three customers', unique to one test."""

    server: MailServer
    shop: str
    anna: str
    bob: str
    chen: str
    password: str

    def config(self, security: str = "starttls", *, smtp_port: int | None = None, name: str = "Zappy Shoes") -> MailConfig:
        ports = self.server.ports
        imap_port = ports.imaps if security == "tls" else ports.imap
        default_smtp = ports.submissions if security == "tls" else ports.submission
        return MailConfig(
            address=self.shop,
            imap=Endpoint("127.0.0.1", imap_port, security),
            smtp=Endpoint("127.0.0.1", smtp_port or default_smtp, security),
            username=self.shop,
            name=name,
        )

    def connector(self, security: str = "starttls", **kwargs: object) -> EmailConnector:
        return EmailConnector(self.config(security), self.password, **kwargs)  # type: ignore[arg-type]

    def deliver(self, raw: bytes, *, to: str | None = None) -> None:
        self.server.deliver(raw, to=to)

    def file_sent(self, raw: bytes) -> None:
        """A message the shop sent earlier from another mail program."""
        local, _, domain = self.shop.partition("@")
        self.server.deliver(raw, to=f"{local}+Sent@{domain}")

    def messages(self, user: str, folder: str = "INBOX") -> list[bytes]:
        client = self.server.imap(user)
        try:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            data = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
            return [data[u][b"BODY[]"] for u in sorted(data)]
        finally:
            client.logout()


@pytest.fixture
def boxes(mail_server: MailServer) -> Mailboxes:
    n = next(_counter)
    names = _names(n)
    password = PASSWORD.format(n=n)
    for address in names.values():
        if address not in mail_server.users:
            mail_server.add_user(address, password)
    return Mailboxes(mail_server, names["shop"], names["anna"], names["bob"], names["chen"], password)


class App(ServicesApp):
    async def add_email(self, boxes: Mailboxes, *, security: str = "starttls", history: str = "all", signature: str = "") -> Account:
        return await EmailSignIn(self.accounts).add(
            boxes.config(security), boxes.password, history=history, signature=signature
        )


@pytest.fixture
async def app(data_dir: Path) -> AsyncIterator[App]:
    app = App(Cache(data_dir), Secrets())
    yield app
    await app.close()
