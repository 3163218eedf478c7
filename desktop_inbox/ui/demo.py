"""The demo workspace: a throwaway profile, a sample shop and a live server.

``desktop-inbox --demo`` starts a local Mastodon-compatible server on
127.0.0.1 with about 30 customers and 100 conversations, signs a sandbox
account into it (listening for the shop's name) and syncs it for real; every minute or so a customer writes
something new, so a newcomer sees messages arrive and can answer them.

Nothing of it outlives the demo: the cache, the log and the window's
settings (QSettings) are in its temporary folder, deleted when it quits.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer

from desktop_inbox.demo import data as demo_data
from desktop_inbox.demo.mastodon_server import MastodonServer
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.services.composer import ComposerService
from desktop_inbox.services.listening import ListeningService
from desktop_inbox.services.sync import SyncService

log = logging.getLogger("desktop_inbox.ui")

PREFIX = "desktop-inbox-demo-"
LIVE_FIRST_MS = 25_000
LIVE_EVERY_MS = 90_000


class DemoWorkspace(QObject):
    def __init__(self) -> None:
        super().__init__()
        _remove_stale_workspaces()
        self.data_dir = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.data_dir / "pid").write_text(str(os.getpid()))
        # Before any QSettings exists: the real app's settings stay untouched.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.data_dir / "settings"))
        self.server = MastodonServer()
        # A sandbox: no need to make newcomers wait out Mastodon's 300/5 min.
        self.server.rate_limit = 100_000
        self.server.start()
        self.token = demo_data.populate(self.server)
        self._live = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.post_live)

    async def sign_in(self, accounts: AccountService, listening: ListeningService) -> None:
        account = await accounts.add_mastodon_token(self.server.url, self.token, history="all")
        for term in demo_data.LISTEN_FOR:  # the shop's name, said without @
            await listening.add(term, account_id=account.id)

    async def seed(self, composer: ComposerService) -> None:
        """The shop owner's name and a few saved replies (with fields to fill)."""
        await composer.set_preference("my_name", demo_data.OWNER)
        for name, body in demo_data.SAVED_REPLIES:
            await composer.save_snippet(name, body)

    def start_live(self, sync: SyncService) -> None:
        self._sync = sync
        self._timer.start(LIVE_FIRST_MS)

    def post_live(self) -> None:
        demo_data.post_live_message(self.server, self._live)
        self._live += 1
        self._sync.wake()
        self._timer.start(LIVE_EVERY_MS)

    def close(self) -> None:
        self._timer.stop()
        self.server.stop()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def _remove_stale_workspaces() -> None:
    """Demo folders left behind by a demo that was killed."""
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            pid = int((folder / "pid").read_text())
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, ValueError):
            continue
