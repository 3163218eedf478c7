"""An e-mail account's servers: validation, TLS, and guesses from the address.

Security is one of ``tls`` (implicit TLS: IMAP 993, SMTP 465), ``starttls``
(IMAP 143, SMTP submission 587, upgraded before login) or ``none``. TLS is
always verified against the system's certificate authorities (the
``SSL_CERT_FILE``/``SSL_CERT_DIR`` variables of OpenSSL are honoured, which
is how the tests trust their throwaway server); there is deliberately no
switch to skip verification. ``none`` sends the password in clear text and is
refused for anything but this computer (a local bridge or test server).
"""

from __future__ import annotations

import re
import ssl
from dataclasses import dataclass, replace

from desktop_inbox.connectors.email.descriptor import SECURITY_CHOICES
from desktop_inbox.connectors.http import is_loopback_host
from desktop_inbox.errors import BadInput
from desktop_inbox.words import QT_TRANSLATE_NOOP

IMAP_PORTS = {"tls": 993, "starttls": 143, "none": 143}
SMTP_PORTS = {"tls": 465, "starttls": 587, "none": 587}
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]+$|^[^@\s<>()\[\],;:\"]+@localhost$")
_HOST = re.compile(r"^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:.]+\]?$")


@dataclass(frozen=True, slots=True)
class Endpoint:
    host: str
    port: int
    security: str

    @property
    def label(self) -> str:
        return f"{self.host}:{self.port} ({self.security})"


@dataclass(frozen=True, slots=True)
class MailConfig:
    address: str
    imap: Endpoint
    smtp: Endpoint
    username: str
    name: str = ""
    folders: tuple[str, ...] = ("INBOX",)
    # True: the server files sent mail itself (Gmail); None: find out.
    files_sent: bool | None = None

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]

    def to_extra(self) -> dict[str, str]:
        """The account's non-secret settings, as kept in the account row."""
        return {
            "address": self.address,
            "imap_host": self.imap.host,
            "imap_port": str(self.imap.port),
            "imap_security": self.imap.security,
            "smtp_host": self.smtp.host,
            "smtp_port": str(self.smtp.port),
            "smtp_security": self.smtp.security,
            "username": self.username,
            "folders": ",".join(self.folders),
            "files_sent": "" if self.files_sent is None else ("yes" if self.files_sent else "no"),
        }

    @classmethod
    def from_extra(cls, extra: dict[str, str], *, name: str = "") -> MailConfig:
        try:
            files_sent = {"yes": True, "no": False}.get(extra.get("files_sent", ""))
            return cls(
                address=extra["address"],
                imap=Endpoint(extra["imap_host"], int(extra["imap_port"]), extra["imap_security"]),
                smtp=Endpoint(extra["smtp_host"], int(extra["smtp_port"]), extra["smtp_security"]),
                username=extra.get("username") or extra["address"],
                name=name,
                folders=tuple(f for f in extra.get("folders", "INBOX").split(",") if f) or ("INBOX",),
                files_sent=files_sent,
            ).checked()
        except (KeyError, ValueError) as exc:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The e-mail account's settings are incomplete ({exc}); please add it again."
                ),
                exc=exc,
            ) from None

    def checked(self) -> MailConfig:
        check_address(self.address)
        for what, endpoint in (("IMAP", self.imap), ("SMTP", self.smtp)):
            check_endpoint(endpoint, what)
        if not self.username.strip():
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "The user name is empty."))
        return self


def check_address(address: str) -> str:
    if not _ADDRESS.match(address.strip()):
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "{address!r} is not an e-mail address."), address=address)
    return address.strip()


def check_endpoint(endpoint: Endpoint, what: str) -> None:
    if endpoint.security not in SECURITY_CHOICES:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "The {what} security is one of {join}, not {security!r}."),
            what=what,
            join=", ".join(SECURITY_CHOICES),
            security=endpoint.security,
        )
    if not endpoint.host or not _HOST.match(endpoint.host):
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{host!r} is not a valid {what} server name."), host=endpoint.host, what=what
        )
    if not 0 < endpoint.port < 65536:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "The {what} port must be between 1 and 65535, not {port}."),
            what=what,
            port=endpoint.port,
        )
    if endpoint.security == "none" and not is_loopback_host(endpoint.host):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Security 'none' would send the password to {host} in clear text; it is only allowed for this computer (127.0.0.1, localhost). Use tls or starttls.",
            ),
            host=endpoint.host,
        )


def tls_context() -> ssl.SSLContext:
    """A verifying client context (certificate and host name, TLS 1.2+)."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


# -- guesses ------------------------------------------------------------------------

# Well-known providers: (IMAP host, IMAP security, SMTP host, SMTP security, files sent mail itself, note).
_GMAIL = (
    "imap.gmail.com",
    "tls",
    "smtp.gmail.com",
    "tls",
    True,
    QT_TRANSLATE_NOOP("Platforms", "Gmail needs an app password (Google Account → Security → App passwords) and IMAP enabled in Gmail's settings."),
)
_OUTLOOK = (
    "outlook.office365.com",
    "tls",
    "smtp.office365.com",
    "starttls",
    False,
    QT_TRANSLATE_NOOP("Platforms", "Microsoft has turned off password sign-in for most Outlook and Microsoft 365 accounts; an app password works only where your administrator allows it."),
)
_YAHOO = (
    "imap.mail.yahoo.com",
    "tls",
    "smtp.mail.yahoo.com",
    "tls",
    False,
    QT_TRANSLATE_NOOP("Platforms", "Yahoo needs an app password (Account security → Generate app password)."),
)
_ICLOUD = (
    "imap.mail.me.com",
    "tls",
    "smtp.mail.me.com",
    "starttls",
    False,
    QT_TRANSLATE_NOOP("Platforms", "iCloud needs an app-specific password (appleid.apple.com); the user name is your iCloud address."),
)
_FASTMAIL = (
    "imap.fastmail.com",
    "tls",
    "smtp.fastmail.com",
    "tls",
    False,
    QT_TRANSLATE_NOOP("Platforms", "Fastmail needs an app password (Settings → Privacy & Security)."),
)
PROVIDERS: dict[str, tuple[str, str, str, str, bool, str]] = {
    "gmail.com": _GMAIL,
    "googlemail.com": _GMAIL,
    "outlook.com": _OUTLOOK,
    "hotmail.com": _OUTLOOK,
    "live.com": _OUTLOOK,
    "yahoo.com": _YAHOO,
    "icloud.com": _ICLOUD,
    "me.com": _ICLOUD,
    "mac.com": _ICLOUD,
    "fastmail.com": _FASTMAIL,
    "gmx.net": (
        "imap.gmx.net",
        "tls",
        "mail.gmx.net",
        "starttls",
        False,
        "GMX: allow IMAP/POP3 access in the web mail settings first.",
    ),
    "gmx.de": (
        "imap.gmx.net",
        "tls",
        "mail.gmx.net",
        "starttls",
        False,
        "GMX: allow IMAP/POP3 access in the web mail settings first.",
    ),
    "web.de": (
        "imap.web.de",
        "tls",
        "smtp.web.de",
        "starttls",
        False,
        "WEB.DE: allow IMAP/POP3 access in the web mail settings first.",
    ),
    "mailbox.org": ("imap.mailbox.org", "tls", "smtp.mailbox.org", "tls", False, ""),
    "posteo.de": ("posteo.de", "tls", "posteo.de", "starttls", False, ""),
    "zoho.com": (
        "imap.zoho.com",
        "tls",
        "smtp.zoho.com",
        "tls",
        False,
        "Zoho: enable IMAP access in Zoho Mail's settings.",
    ),
}


@dataclass(frozen=True, slots=True)
class Guess:
    config: MailConfig
    note: str  # what the user must know about this provider ('' if nothing)
    known_provider: bool


def guess_settings(address: str, *, security: str | None = None) -> Guess:
    """The usual servers for an address: a known provider's, else
    ``imap.<domain>`` and ``smtp.<domain>`` with implicit TLS."""
    address = check_address(address)
    domain = address.rpartition("@")[2].lower()
    known = PROVIDERS.get(domain)
    if known:
        imap_host, imap_sec, smtp_host, smtp_sec, files_sent, note = known
    else:
        imap_host, imap_sec, smtp_host, smtp_sec, files_sent, note = (
            f"imap.{domain}",
            "tls",
            f"smtp.{domain}",
            "tls",
            False,
            "",
        )
        files_sent = None
    if security:
        imap_sec = smtp_sec = security
    config = MailConfig(
        address=address,
        imap=Endpoint(imap_host, IMAP_PORTS[imap_sec], imap_sec),
        smtp=Endpoint(smtp_host, SMTP_PORTS[smtp_sec], smtp_sec),
        username=address,
        files_sent=files_sent if known else None,
    )
    return Guess(config, note, known is not None)


def with_overrides(
    guess: MailConfig,
    *,
    imap_host: str | None = None,
    imap_port: int | None = None,
    smtp_host: str | None = None,
    smtp_port: int | None = None,
    security: str | None = None,
    username: str | None = None,
    name: str | None = None,
    folders: tuple[str, ...] | None = None,
) -> MailConfig:
    """The guess with what the user typed; ports follow a changed security."""
    if security is not None and security not in SECURITY_CHOICES:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "Security is one of {join}, not {security!r}."),
            join=", ".join(SECURITY_CHOICES),
            security=security,
        )
    imap_sec = security or guess.imap.security
    smtp_sec = security or guess.smtp.security
    imap = Endpoint(
        (imap_host or guess.imap.host).strip().lower(),
        imap_port or (IMAP_PORTS[imap_sec] if security else guess.imap.port),
        imap_sec,
    )
    smtp = Endpoint(
        (smtp_host or guess.smtp.host).strip().lower(),
        smtp_port or (SMTP_PORTS[smtp_sec] if security else guess.smtp.port),
        smtp_sec,
    )
    return replace(
        guess,
        imap=imap,
        smtp=smtp,
        username=(username or guess.username).strip(),
        name=name if name is not None else guess.name,
        folders=folders or guess.folders,
    ).checked()
