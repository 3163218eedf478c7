"""Adding an e-mail account: guesses, "test connection", and saving it.

What the account dialog (and ``accounts add email``) calls. The password
goes to the keyring and nowhere else; the servers, ports and security are
kept with the account.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace

from desktop_inbox.connectors.email.config import (
    Endpoint,
    Guess,
    MailConfig,
    guess_settings,
    with_overrides,
)
from desktop_inbox.connectors.email.connector import EmailConnector
from desktop_inbox.connectors.email.descriptor import SECURITY_CHOICES
from desktop_inbox.connectors.email.imap import ImapSession
from desktop_inbox.connectors.email.smtp import check_login
from desktop_inbox.errors import BadInput, ConnectorError
from desktop_inbox.records import Platform
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.store.accounts import Account
from desktop_inbox.words import QT_TRANSLATE_NOOP, STATUS, Phrase


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    """The result of "test connection", part by part."""

    imap_ok: bool
    imap_message: Phrase  # str() in English
    smtp_ok: bool
    smtp_message: Phrase
    sent_folder: str | None = None
    can_push: bool = False

    @property
    def ok(self) -> bool:
        return self.imap_ok and self.smtp_ok

    def lines(self) -> list[str]:
        return [f"IMAP: {self.imap_message}", f"SMTP: {self.smtp_message}"]


def imap_url(config: MailConfig) -> str:
    """The account's base URL: which IMAP server it lives on."""
    scheme = "imaps" if config.imap.security == "tls" else "imap"
    return f"{scheme}://{config.imap.host}:{config.imap.port}"


class EmailSignIn:
    def __init__(self, service: AccountService) -> None:
        self.service = service

    @staticmethod
    def guess(address: str, *, security: str | None = None) -> Guess:
        """The usual servers for ``address`` (and a note about the provider)."""
        return guess_settings(address, security=security)

    @staticmethod
    def settings(
        address: str,
        *,
        imap_host: str | None = None,
        imap_port: int | None = None,
        smtp_host: str | None = None,
        smtp_port: int | None = None,
        security: str | None = None,
        username: str | None = None,
        name: str = "",
        folders: tuple[str, ...] | None = None,
    ) -> MailConfig:
        """The guess for ``address`` with what the user typed; BadInput if unsafe."""
        guess = guess_settings(address, security=security).config
        return with_overrides(
            guess,
            imap_host=imap_host,
            imap_port=imap_port,
            smtp_host=smtp_host,
            smtp_port=smtp_port,
            security=security,
            username=username,
            name=name,
            folders=folders,
        )

    @staticmethod
    def servers(
        address: str,
        *,
        imap: tuple[str, int, str],
        smtp: tuple[str, int, str],
        username: str = "",
        name: str = "",
        folders: tuple[str, ...] | None = None,
    ) -> MailConfig:
        """Settings exactly as typed in the dialog: (host, port, security) per
        server, which may differ (e.g. IMAP over TLS, SMTP with STARTTLS);
        BadInput with a clear message if anything is missing or unsafe."""
        guess = guess_settings(address).config
        for what, (host, _port, security) in (("IMAP", imap), ("SMTP", smtp)):
            if not host.strip():
                raise BadInput(QT_TRANSLATE_NOOP("Errors", "The {what} server is empty."), what=what)
            if security not in SECURITY_CHOICES:
                raise BadInput(
                    QT_TRANSLATE_NOOP("Errors", "The {what} security is one of {join}, not {security!r}."),
                    what=what,
                    join=", ".join(SECURITY_CHOICES),
                    security=security,
                )
        same_host = imap[0].strip().lower() == guess.imap.host and smtp[0].strip().lower() == guess.smtp.host
        return replace(
            guess,
            imap=Endpoint(imap[0].strip().lower(), imap[1], imap[2]),
            smtp=Endpoint(smtp[0].strip().lower(), smtp[1], smtp[2]),
            username=(username or guess.username).strip(),
            name=name.strip(),
            folders=folders or guess.folders,
            # Whether the server files sent mail itself is known only for the guessed provider.
            files_sent=guess.files_sent if same_host else None,
        ).checked()

    @staticmethod
    def saved_settings(account: Account) -> MailConfig:
        """The settings an account was added with (to sign in again)."""
        return MailConfig.from_extra(account.extra, name=account.display_name)

    @staticmethod
    async def test_connection(config: MailConfig, password: str) -> ConnectionReport:
        """Sign in to both servers; says which one failed and why."""
        if not password:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "The password is empty."))
        session = ImapSession(config.imap, config.username, password, name="imap-test", timeout=20)

        async def imap() -> tuple[bool, Phrase, str | None, bool]:
            try:
                sent = await session.call(lambda c: c.find_special_folder(b"\\Sent"))
                push = b"IDLE" in session.capabilities
                if sent:
                    said = QT_TRANSLATE_NOOP("Status", "signed in to {server}; Sent folder: {folder}")
                else:
                    said = QT_TRANSLATE_NOOP("Status", "signed in to {server}; no Sent folder found")
                return True, Phrase(STATUS, said, {"server": config.imap.label, "folder": sent}), sent, push
            except ConnectorError as exc:
                return False, exc.phrase, None, False
            finally:
                await session.aclose()

        async def smtp() -> tuple[bool, Phrase]:
            try:
                await check_login(config.smtp, config.username, password)
                return True, Phrase(STATUS, QT_TRANSLATE_NOOP("Status", "signed in to {server}"), {"server": config.smtp.label})
            except ConnectorError as exc:
                return False, exc.phrase

        (imap_ok, imap_msg, sent, push), (smtp_ok, smtp_msg) = await asyncio.gather(imap(), smtp())
        return ConnectionReport(imap_ok, imap_msg, smtp_ok, smtp_msg, sent, push)

    async def add(self, config: MailConfig, password: str, *, history: str = "3m", signature: str = "") -> Account:
        """Verify both servers, keep the password in the keyring, add the account."""
        if not password:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "The password is empty."))
        await self.service.keyring_ready()
        connector = EmailConnector(config, password, signature=signature)
        account = await self.service.add_verified(
            platform=Platform.EMAIL,
            base_url=imap_url(config),
            connector=connector,
            credentials={"password": password},
            history=history,
        )
        if signature.strip():
            await self.service.set_signature(account.id, signature)
            account = await self.service.get(account.id)
        return account
