"""Driving the sign-in dialog in tests: a scripted browser, finding pages."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from desktop_inbox.ui.signin import common
from desktop_inbox.ui.signin.common import SignInPage
from desktop_inbox.ui.signin.dialog import AddAccountDialog


@dataclass
class ScriptedBrowser:
    """Stands in for the system browser: opens the page in a thread (the
    loopback listener runs on the app's loop) and follows the redirects back
    to the app, as a user clicking "Authorize" would."""

    opened: list[str] = field(default_factory=list)
    landed: list[int] = field(default_factory=list)

    def open(self, url: str) -> None:
        self.opened.append(url)

        def visit() -> None:
            try:
                response = httpx.get(url, follow_redirects=True, timeout=20)
                self.landed.append(response.status_code)
            except httpx.HTTPError:
                self.landed.append(-1)

        threading.Thread(target=visit, daemon=True).start()


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> ScriptedBrowser:
    fake = ScriptedBrowser()
    monkeypatch.setattr(common, "open_in_browser", fake.open)
    return fake


def open_dialogs() -> list[AddAccountDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, AddAccountDialog) and w.isVisible()]


def open_page() -> SignInPage | None:
    dialogs = open_dialogs()
    return dialogs[0].page if len(dialogs) == 1 else None


def sidebar_accounts(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The account rows of the sidebar as the user reads them."""
    from PySide6.QtCore import Qt

    section = window.sidebar._accounts_item
    texts = []
    for n in range(section.childCount()):
        item = section.child(n)
        texts.append(str(item.data(0, Qt.ItemDataRole.AccessibleTextRole) or item.text(0)))
    return texts


def good_cycles(engine) -> list[int]:  # type: ignore[no-untyped-def]
    """Account ids of every sync cycle that succeeds from now on."""
    seen: list[int] = []
    engine.subscribe(lambda e: seen.append(e.account_id) if e.kind == "cycle" and not e.message else None)
    return seen
