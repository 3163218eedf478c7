"""Adding an e-mail account from the app, and signing in to it again.

Against the test run's real Dovecot (IMAP and SMTP submission with TLS the
client verifies, see ``conftest.trust_test_server``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.ui.signin.email import EmailPage
from tests.email.conftest import Mailboxes
from tests.email.messages import plain
from tests.helpers.signin import good_cycles, open_dialogs, open_page, sidebar_accounts
from tests.ui.conftest import make_ui, qloop, until  # noqa: F401


def point_at_test_server(page: EmailPage, boxes: Mailboxes) -> None:
    ports = boxes.server.ports
    page.imap.set("127.0.0.1", ports.imap, "starttls")
    page.smtp.set("127.0.0.1", ports.submission, "starttls")


def test_email_page_validates_tests_and_adds(make_ui, boxes: Mailboxes) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        page = ui.window.dialogs.add_account("email").page
        assert isinstance(page, EmailPage)

        page.primary.click()
        assert "Enter your e-mail address" in page.status.text()
        page.address.setText("shop at zappy")
        page.primary.click()
        assert "is not an e-mail address" in page.status.text()

        # The usual servers are guessed from the address, with the provider's advice.
        page.address.setText("zappy.shoes@gmail.com")
        page.address.editingFinished.emit()
        assert page.imap.host.text() == "imap.gmail.com" and page.imap.port.value() == 993
        assert page.smtp.host.text() == "smtp.gmail.com" and "app password" in page.note.text()
        page.address.setText(boxes.shop)
        page.primary.click()
        assert "Enter the password" in page.status.text()

        # Plain text is only for this computer.
        page.password.setText(boxes.password)
        page.imap.set("mail.zappy.test", 143, "none")
        page.primary.click()
        assert "clear text" in page.status.text() and page.focusWidget() is page.imap.host

        # Test connection: a wrong password says which server refused.
        point_at_test_server(page, boxes)
        page.password.setText("not-the-password")
        page.test_button.click()
        await until(lambda: page.test_button.isEnabled() and "IMAP" in page.report.text(), message="report")
        assert "✗ IMAP" in page.report.text() and "✗ SMTP" in page.report.text()
        assert "not-the-password" not in page.report.text() + page.status.text()
        page.password.setText(boxes.password)
        page.test_button.click()
        await until(lambda: "✓ IMAP" in page.report.text() and "✓ SMTP" in page.report.text(), message="test ok")
        assert [a.platform for a in await ui.ctx.accounts.list()] == ["mastodon"]  # testing adds nothing

        boxes.deliver(plain(frm=f"Anna <{boxes.anna}>", to=boxes.shop, subject="Sandals in 39?",
                            body="Do you have them in 39?", mid=f"<page.{boxes.shop}>", minutes=1))  # fmt: skip
        page.name.setText("Zappy Shoes")
        page.signature.setPlainText("Zappy Shoes, Athens")
        page.history.setCurrentIndex(page.history.findData("all"))
        page.primary.click()
        await until(lambda: not open_dialogs(), message="dialog closes after sign-in")
        added = next(a for a in await ui.ctx.accounts.list() if a.platform == "email")
        assert added.handle == boxes.shop and added.char_limit == 0 and added.signature == "Zappy Shoes, Athens"
        await until(lambda: any(boxes.shop in t and "E-mail" in t for t in sidebar_accounts(ui.window)), message="sidebar")
        # The new account syncs at once: the customer's mail is in the inbox.
        await ui.start_sync()
        await until(lambda: any(
            (s := ui.window.list_pane.model.summary(r)) is not None and s.platform == "email"
            for r in range(ui.window.list_pane.model.rowCount())
        ), timeout=30, message="the mail arrives")  # fmt: skip

    make_ui.run(body())


def test_email_sign_in_again(make_ui, boxes: Mailboxes) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        page = ui.window.dialogs.add_account("email").page
        assert isinstance(page, EmailPage)
        page.address.setText(boxes.shop)
        point_at_test_server(page, boxes)
        page.password.setText(boxes.password)
        page.primary.click()
        await until(lambda: not open_dialogs(), message="added")
        account = next(a for a in await ui.ctx.accounts.list() if a.platform == "email")
        # The password was changed elsewhere: the engine marks the account so.
        await ui.ctx.cache.write(store_accounts.set_state, account.id, store_accounts.NEEDS_SIGN_IN, "Password refused")
        ui.window.refresh_all()

        def button() -> QPushButton | None:
            return next((b for b in ui.window.sidebar.findChildren(QPushButton) if b.text() == "Sign in again"), None)

        (await until(button, message="sign-in button")).click()
        page = await until(open_page, message="sign-in page")
        assert isinstance(page, EmailPage)
        # Everything but the password is filled in; the address cannot change.
        assert page.address.text() == boxes.shop and page.address.isReadOnly()
        ports = boxes.server.ports
        assert (page.imap.host.text(), page.imap.port.value()) == ("127.0.0.1", ports.imap)
        assert (page.smtp.host.text(), page.smtp.port.value()) == ("127.0.0.1", ports.submission)
        assert page.password.text() == ""
        page.primary.click()
        assert "Enter the password" in page.status.text()
        page.password.setText(boxes.password)
        synced = good_cycles(ui.ctx.engine)
        page.primary.click()
        await until(lambda: not open_dialogs(), message="signed in again")
        again = next(a for a in await ui.ctx.accounts.list() if a.platform == "email")
        assert again.id == account.id and again.state == store_accounts.OK
        await until(lambda: button() is None, message="the button goes away")
        # The engine syncs the account again, with the new sign-in.
        await until(lambda: account.id in synced, timeout=30, message="synced with the new sign-in")

    make_ui.run(body())
