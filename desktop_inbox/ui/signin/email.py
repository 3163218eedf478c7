"""E-mail: address and password; the servers are guessed and can be changed.

"Test connection" signs in to both servers without adding anything and says
which one failed and why. The password field is cleared when the page is
done; it never leaves the page except to the keyring.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_inbox.errors import BadInput
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.services.signin.email import (
    ConnectionReport,
    EmailSignIn,
)
from desktop_inbox.services.values import Account
from desktop_inbox.ui import colors
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.i18n import arg, platform_text, say
from desktop_inbox.ui.signin.common import FieldError, SignInPage

if TYPE_CHECKING:
    from desktop_inbox.services.values import MailConfig



class ServerRow(QWidget):
    """Host, port and security of one server."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what
        self.host = QLineEdit()
        self.host.setAccessibleName(arg(self.tr("%1 server", "%1: IMAP or SMTP"), what))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setAccessibleName(arg(self.tr("%1 port", "%1: IMAP or SMTP"), what))
        self.security = QComboBox()
        for key, label in (("tls", "TLS"), ("starttls", "STARTTLS"), ("none", self.tr("None (this computer only)"))):
            self.security.addItem(label, key)
        self.security.setAccessibleName(arg(self.tr("%1 security", "%1: IMAP or SMTP"), what))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.host, 1)
        row.addWidget(self.port)
        row.addWidget(self.security)

    def set(self, host: str, port: int, security: str) -> None:
        self.host.setText(host)
        self.port.setValue(port)
        self.security.setCurrentIndex(max(0, self.security.findData(security)))

    def value(self) -> tuple[str, int, str]:
        host = self.host.text().strip()
        if not host:
            raise FieldError(self.host, arg(self.tr("Enter the %1 server (your provider's help pages name it)."), self.what))
        return host, self.port.value(), str(self.security.currentData())


class EmailPage(SignInPage):
    platform = Platform.EMAIL

    def __init__(self, ctx: AppContext, *, again: Account | None = None) -> None:
        super().__init__(ctx, again=again)
        self.sign_in = EmailSignIn(ctx.accounts)
        self.servers_edited = False  # the user typed servers: no more guesses over them
        help_text = platform_text(descriptor(Platform.EMAIL).signin.help)
        self.explain.setText(help_text.split("\n\n")[0])
        self.explain.setToolTip(help_text)
        self.address = QLineEdit()
        self.address.setPlaceholderText("shop@example.com")
        self.address.setAccessibleName(self.tr("E-mail address"))
        self.address.editingFinished.connect(self.fill_guess)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password or app password"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name or your shop's, as customers see it"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Provider note"))
        self.note.hide()
        self.imap = ServerRow("IMAP")
        self.smtp = ServerRow("SMTP")
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("The same as the address"))
        self.username.setAccessibleName(self.tr("User name"))
        for field in (self.imap.host, self.smtp.host, self.username):
            field.textEdited.connect(self._servers_touched)
        for spin in (self.imap.port, self.smtp.port):
            spin.valueChanged.connect(lambda _v: self._servers_touched())
        self.imap.security.activated.connect(lambda _i: self._security_chosen(self.imap))
        self.smtp.security.activated.connect(lambda _i: self._security_chosen(self.smtp))
        servers = QGroupBox(self.tr("Servers"))
        box = QHBoxLayout(servers)
        server_form = QFormLayout()
        server_form.addRow(self.tr("Incoming (IMAP)"), self.imap)
        server_form.addRow(self.tr("Outgoing (SMTP)"), self.smtp)
        server_form.addRow(self.tr("User name"), self.username)
        box.addLayout(server_form)
        self.signature = QPlainTextEdit()
        self.signature.setPlaceholderText(self.tr("Added under every reply (optional)"))
        self.signature.setAccessibleName(self.tr("Signature"))
        self.signature.setMaximumHeight(60)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Your name"), self.name)
        self.form.addRow(self.note)
        self.form.addRow(servers)
        self.form.addRow(self.tr("Signature"), self.signature)
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setAccessibleName(self.tr("Connection test"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Sign in to both servers without adding anything or sending mail"))
        self.test_button.clicked.connect(self.test)
        self.primary.setText(self.tr("Add account") if again is None else self.tr("Sign in"))
        self.primary.clicked.connect(self.start)
        self.finish_form(self.test_button)
        self.layout_.insertWidget(self.layout_.count() - 1, self.report)
        for row, port in ((self.imap, 993), (self.smtp, 465)):
            row.port.blockSignals(True)
            row.set("", port, "tls")
            row.port.blockSignals(False)
        if again is not None:
            self._prefill(again)

    # -- filling in ---------------------------------------------------------------------

    def _prefill(self, account: Account) -> None:
        config = EmailSignIn.saved_settings(account)
        self.address.setText(config.address)
        self.address.setReadOnly(True)  # another address would be another account
        self.name.setText(config.name)
        self.imap.set(config.imap.host, config.imap.port, config.imap.security)
        self.smtp.set(config.smtp.host, config.smtp.port, config.smtp.security)
        self.username.setText("" if config.username == config.address else config.username)
        self.signature.setPlainText(account.signature)
        self.servers_edited = True
        self.password.setFocus()

    def _servers_touched(self) -> None:
        self.servers_edited = True

    def _security_chosen(self, row: ServerRow) -> None:
        """A new security brings its usual port, unless the port was typed."""
        ports = {"IMAP": {"tls": 993, "starttls": 143, "none": 143}, "SMTP": {"tls": 465, "starttls": 587, "none": 587}}
        usual = ports[row.what]
        if row.port.value() in usual.values():
            row.port.blockSignals(True)
            row.port.setValue(usual[str(row.security.currentData())])
            row.port.blockSignals(False)
        self.servers_edited = True

    def fill_guess(self) -> None:
        """The usual servers for the address's provider (until the user types some)."""
        address = self.address.text().strip()
        if self.servers_edited or not address or self.address.isReadOnly():
            return
        try:
            guess = self.sign_in.guess(address)
        except BadInput:
            return  # said when the user clicks; not while typing
        config = guess.config
        for row, endpoint in ((self.imap, config.imap), (self.smtp, config.smtp)):
            row.port.blockSignals(True)  # a guess is not the user's own edit
            row.set(endpoint.host, endpoint.port, endpoint.security)
            row.port.blockSignals(False)
        self.note.setText(platform_text(guess.note))
        self.note.setVisible(bool(guess.note))

    def settings(self) -> MailConfig:
        address = self.required(self.address, self.tr("Enter your e-mail address."))
        try:
            self.sign_in.guess(address)  # checks the address itself first
        except BadInput as exc:
            raise FieldError(self.address, say(exc)) from None
        self.fill_guess()
        try:
            return self.sign_in.servers(
                address,
                imap=self.imap.value(),
                smtp=self.smtp.value(),
                username=self.username.text(),
                name=self.name.text(),
            )
        except FieldError:
            raise
        except BadInput as exc:
            message = say(exc)
            def names(row: ServerRow) -> bool:
                return row.what in message or f" {row.host.text().strip().lower()} " in message

            field = self.imap.host if names(self.imap) else self.smtp.host if names(self.smtp) else self.username
            raise FieldError(field, message) from None

    def _password(self) -> str:
        if not self.password.text():
            raise FieldError(self.password, self.tr("Enter the password (or app password) of this mailbox."))
        return self.password.text()

    # -- actions ------------------------------------------------------------------------

    def test(self) -> None:
        def begin() -> None:
            config = self.settings()
            password = self._password()
            self.report.clear()
            self.run(self.sign_in.test_connection(config, password), on_done=self.show_report, working=self.tr("Testing…"))

        self.guarded(begin)

    def show_report(self, report: ConnectionReport) -> None:
        lines = []
        for ok, what, message in ((report.imap_ok, "IMAP", report.imap_message), (report.smtp_ok, "SMTP", report.smtp_message)):
            mark = "✓" if ok else "✗"
            color = "" if ok else f' style="color: {colors.late(self.palette()).name()}"'
            lines.append(f"<span{color}>{mark} {what}: {html.escape(say(message))}</span>")
        self.report.setText("<br>".join(lines))
        if report.ok:
            self.show_info(self.tr("Both servers accept this sign-in."))
        else:
            self.show_error(self.tr("The connection test failed; see above."))

    def start(self) -> None:
        def begin() -> None:
            config = self.settings()
            password = self._password()
            self.report.clear()
            self.run(
                self.sign_in.add(
                    config, password, history=self.history_choice(), signature=self.signature.toPlainText()
                ),
                working=self.tr("Signing in to both servers…"),
            )

        self.guarded(begin)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.test_button.setEnabled(not busy)

    def clear_secrets(self) -> None:
        self.password.clear()


PAGE = EmailPage  # (ui.signin.dialog finds a platform's page here)
