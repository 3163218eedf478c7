"""A real, throwaway mail system on 127.0.0.1: Dovecot plus an SMTP relay.

Dovecot (Debian's ``dovecot-imapd``, ``-lmtpd``, ``-submissiond``) serves
IMAP (STARTTLS and implicit TLS), SMTP submission (STARTTLS and implicit
TLS, AUTH against a users file) and LMTP, with a Maildir in a temporary
directory. Dovecot's submission service relays to an aiosmtpd server in a
thread, which hands every message back to Dovecot over LMTP: a message sent
to a local user lands in that user's INBOX, like on a real provider. The
relay can also file a copy in the sender's Sent folder, as Gmail does.

Made for the tests and for trying the email connector by hand; the recipe
and its pitfalls are in ``shared/research/email-servers.md``. Dovecot's
configuration here is 2.3 syntax (Debian 12).
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from email.utils import getaddresses
from pathlib import Path
from typing import Any

CERT_DAYS = 2


class MailServerError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Ports:
    imap: int = field(default_factory=free_port)
    imaps: int = field(default_factory=free_port)
    lmtp: int = field(default_factory=free_port)
    submission: int = field(default_factory=free_port)
    submissions: int = field(default_factory=free_port)
    relay: int = field(default_factory=free_port)


def _config(base: Path, ports: Ports, *, root: bool) -> str:
    if root:
        uid, gid = "nobody", "nogroup"
        identity = "service auth {\n  user = root\n}\n"
    else:
        me = pwd.getpwuid(os.getuid()).pw_name
        group = grp.getgrgid(os.getgid()).gr_name
        uid, gid = str(os.getuid()), str(os.getgid())
        identity = (
            f"default_login_user = {me}\ndefault_internal_user = {me}\ndefault_internal_group = {group}\n"
        )
    chroot = "" if root else "  chroot =\n"
    # Failed logins are tested on purpose: without its socket the auth
    # process runs without the growing per-IP penalty (2 s, 4 s, ... 15 s).
    anvil = f"service anvil {{\n{chroot}  unix_listener anvil-auth-penalty {{\n    path = anvil-auth-penalty-off\n  }}\n}}\n"
    return f"""
protocols = imap lmtp submission
instance_name = di{ports.imap}
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
listen = 127.0.0.1
ssl = yes
ssl_cert = <{base}/cert.pem
ssl_key = <{base}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = 0
first_valid_gid = 0
mail_uid = {uid}
mail_gid = {gid}
mail_location = maildir:{base}/mail/%u
lmtp_save_to_detail_mailbox = yes
recipient_delimiter = +
{identity}
{anvil}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={base}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    auto = subscribe
    special_use = \\Sent
  }}
  mailbox Drafts {{
    auto = subscribe
    special_use = \\Drafts
  }}
  mailbox Trash {{
    auto = subscribe
    special_use = \\Trash
  }}
}}
service imap-login {{
{chroot}  inet_listener imap {{
    port = {ports.imap}
  }}
  inet_listener imaps {{
    port = {ports.imaps}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    port = {ports.lmtp}
  }}
}}
service submission-login {{
{chroot}  inet_listener submission {{
    port = {ports.submission}
  }}
  inet_listener submissions {{
    port = {ports.submissions}
    ssl = yes
  }}
}}
submission_relay_host = 127.0.0.1
submission_relay_port = {ports.relay}
"""


def lmtp_deliver(port: int, sender: str, recipients: list[str], data: bytes) -> list[str]:
    """Hand ``data`` to Dovecot's LMTP; returns the recipients it refused.

    ``smtplib.LMTP.sendmail`` reads one reply where LMTP sends one per
    recipient, so DATA is driven by hand.
    """
    refused: list[str] = []
    with smtplib.LMTP("127.0.0.1", port, timeout=10) as lmtp:
        lmtp.ehlo()
        code, _ = lmtp.mail(sender)
        if code != 250:
            return list(recipients)
        accepted: list[str] = []
        for rcpt in recipients:
            code, _ = lmtp.rcpt(rcpt)
            (accepted if code == 250 else refused).append(rcpt)
        if accepted:
            lmtp.putcmd("data")
            code, _ = lmtp.getreply()
            if code != 354:
                return list(recipients)
            body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            body = smtplib.quotedata(body.decode("latin-1")).encode("latin-1")  # type: ignore[arg-type]
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            lmtp.send(body + b".\r\n")
            for rcpt in accepted:
                code, _ = lmtp.getreply()
                if code != 250:
                    refused.append(rcpt)
    return refused


class _RelayHandler:
    """aiosmtpd handler: every message goes back to Dovecot over LMTP."""

    def __init__(self, server: MailServer) -> None:
        self.server = server

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        recipients = list(envelope.rcpt_tos)
        sender = envelope.mail_from or ""
        if sender in self.server.files_sent:
            local, _, domain = sender.partition("@")
            recipients.append(f"{local}+Sent@{domain}")
        content = bytes(envelope.original_content or envelope.content)
        self.server.relayed.append((sender, list(envelope.rcpt_tos), content))
        refused = lmtp_deliver(self.server.ports.lmtp, sender, recipients, content)
        wanted = [r for r in refused if r in envelope.rcpt_tos]
        if wanted:
            return f"550 5.1.1 unknown recipient(s): {', '.join(wanted)}"
        return "250 2.0.0 delivered"


class MailServer:
    """Dovecot and the relay, started together; ``stop()`` ends both."""

    def __init__(self) -> None:
        # Unix socket paths must stay under 108 bytes: a short dir in /tmp.
        self.base = Path(tempfile.mkdtemp(prefix="dc-", dir="/tmp"))
        self.ports = Ports()
        self.users: dict[str, str] = {}
        # Users whose sent mail the server files in Sent itself, like Gmail.
        self.files_sent: set[str] = set()
        self.relayed: list[tuple[str, list[str], bytes]] = []
        self.root = os.getuid() == 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._relay: Any = None
        self.cafile = self.base / "cert.pem"

    # -- life cycle ------------------------------------------------------------

    def start(self, timeout: float = 15.0) -> MailServer:
        dovecot = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
        if dovecot is None:
            raise MailServerError(
                "Dovecot is not installed: run packaging/test-deps/email.sh (Debian: dovecot-imapd dovecot-lmtpd "
                "dovecot-submissiond)."
            )
        for sub in ("run", "state", "mail"):
            (self.base / sub).mkdir()
        self._make_cert()
        (self.base / "users").touch()
        if self.root:
            os.chmod(self.base, 0o755)
            nobody = pwd.getpwnam("nobody")
            os.chown(self.base / "mail", nobody.pw_uid, nobody.pw_gid)
            os.chmod(self.base / "users", 0o644)
        conf = self.base / "dovecot.conf"
        conf.write_text(_config(self.base, self.ports, root=self.root))
        self._start_relay()
        out = open(self.base / "stdout.log", "wb")  # noqa: SIM115 - Dovecot writes to it for as long as it runs
        self._proc = subprocess.Popen(
            [dovecot, "-F", "-c", str(conf)], stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT
        )
        out.close()
        deadline = time.monotonic() + timeout
        while True:
            if self._proc.poll() is not None:
                code, output = self._proc.returncode, self._output()
                self.stop()
                raise MailServerError(f"Dovecot exited with {code}: {output}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.ports.imap), 1) as s:
                s.settimeout(2)
                if s.recv(100).startswith(b"* OK"):
                    break
            if time.monotonic() > deadline:
                self.stop()
                raise MailServerError(f"Dovecot did not answer in {timeout} s: {self._output()}")
            time.sleep(0.02)
        return self

    def _make_cert(self) -> None:
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", str(CERT_DAYS),
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", str(self.base / "key.pem"), "-out", str(self.cafile),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        os.chmod(self.base / "key.pem", 0o644)

    def _start_relay(self) -> None:
        from aiosmtpd.controller import Controller

        self._relay = Controller(_RelayHandler(self), hostname="127.0.0.1", port=self.ports.relay)
        self._relay.start()

    def _output(self) -> str:
        parts = []
        for name in ("stdout.log", "dovecot.log"):
            path = self.base / name
            if path.exists():
                parts.append(path.read_text(errors="replace")[-2000:])
        return " | ".join(p.strip() for p in parts if p.strip())

    def errors(self) -> list[str]:
        """Error lines Dovecot logged (a test fails on them)."""
        path = self.base / "dovecot.log"
        if not path.exists():
            return []
        marks = (" Error: ", " Fatal: ", " Panic: ")
        return [line for line in path.read_text(errors="replace").splitlines() if any(m in line for m in marks)]

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
        self._proc = None
        if self._relay is not None:
            with contextlib.suppress(Exception):
                self._relay.stop()
            self._relay = None

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    # -- users and mail ------------------------------------------------------------

    def add_user(self, address: str, password: str) -> None:
        """Add a mailbox; before ``start()`` this costs nothing.

        A running Dovecot rereads the users file at most once a second (and
        only when it changed), so a user added while it runs is usable from
        the next whole second on: this waits for it.
        """
        self.users[address] = password
        path = self.base / "users"
        with open(path, "a") as users:
            users.write(f"{address}:{{PLAIN}}{password}\n")
        if self._proc is not None:
            time.sleep(1.0 - time.time() % 1.0 + 0.01)

    def deliver(self, raw: bytes, *, to: str | None = None, sender: str = "") -> None:
        """Put a message straight into a mailbox over LMTP (bytes as given).

        ``to`` defaults to the message's To and Cc addresses; use
        ``user+Folder@domain`` to file it into another folder.
        """
        if to is None:
            import email

            msg = email.message_from_bytes(raw)
            rcpts = [a for _, a in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", [])) if a in self.users]
        else:
            rcpts = [to]
        refused = lmtp_deliver(self.ports.lmtp, sender, rcpts, raw)
        if refused or not rcpts:
            raise MailServerError(f"LMTP refused {refused or 'every recipient'}")

    def submit(self, raw: bytes, *, user: str, to: list[str]) -> None:
        """Send as ``user`` through Dovecot's submission (STARTTLS + AUTH)."""
        context = ssl.create_default_context(cafile=str(self.cafile))
        with smtplib.SMTP("127.0.0.1", self.ports.submission, timeout=10) as smtp:
            smtp.starttls(context=context)
            smtp.login(user, self.users[user])
            smtp.sendmail(user, to, raw)

    def imap(self, user: str) -> Any:
        """A logged-in IMAPClient for checking a mailbox in tests."""
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", self.ports.imap, ssl=False, timeout=10)
        client.starttls(ssl.create_default_context(cafile=str(self.cafile)))
        client.login(user, self.users[user])
        return client

    def set_uidvalidity(self, user: str, folder: str, value: int) -> None:
        """Give a folder a new UIDVALIDITY, as a server migration would."""
        self._doveadm("mailbox", "update", "-u", user, "--uid-validity", str(value), folder)

    def _doveadm(self, *args: str) -> str:
        doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
        proc = subprocess.run(
            [doveadm, "-c", str(self.base / "dovecot.conf"), *args], capture_output=True, text=True, timeout=30
        )
        if proc.returncode != 0:
            raise MailServerError(f"doveadm {' '.join(args)} failed: {proc.stderr.strip() or proc.stdout.strip()}")
        return proc.stdout


class LostResponseProxy:
    """A TCP proxy to a plain-text SMTP server that, when armed, forwards the
    end of a message (``CRLF.CRLF``) and then drops the connection before the
    server's answer reaches the client: the "lost response" of a real network.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.armed = False
        self.dropped = 0
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self.port = int(self._sock.getsockname()[1])
        self._stop = False
        self._thread = threading.Thread(target=self._serve, name="lost-response-proxy", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._pipe_pair, args=(client,), daemon=True).start()

    def _pipe_pair(self, client: socket.socket) -> None:
        server = socket.create_connection(("127.0.0.1", self.target_port), 10)
        state = {"cut": False}

        def up() -> None:  # client -> server
            tail = b""
            with contextlib.suppress(OSError):
                while data := client.recv(65536):
                    tail = (tail + data)[-5:]
                    ending = self.armed and tail.endswith(b"\r\n.\r\n")
                    if ending:
                        state["cut"] = True  # before the server can answer
                    server.sendall(data)
                    if ending:
                        self.armed = False
                        time.sleep(0.5)  # let the server take and deliver it
                        self.dropped += 1
                        for s in (client, server):
                            with contextlib.suppress(OSError):
                                s.shutdown(socket.SHUT_RDWR)
                        return

        def down() -> None:  # server -> client
            with contextlib.suppress(OSError):
                while data := server.recv(65536):
                    if state["cut"]:
                        return
                    client.sendall(data)

        threads = [threading.Thread(target=f, daemon=True) for f in (up, down)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        for s in (client, server):
            with contextlib.suppress(OSError):
                s.close()

    def close(self) -> None:
        self._stop = True
        with contextlib.suppress(OSError):
            self._sock.close()
