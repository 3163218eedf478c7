"""Start-up with a damaged cache: offer the latest automatic backup.

Asked with a window-modal-free message box (``open()`` and a future, never
``exec()`` inside the loop). Restoring keeps the damaged file in
``backups/`` (replaced-…); starting afresh does the same and begins with an
empty cache.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from desktop_inbox import APP_NAME
from desktop_inbox.errors import CacheDamaged, InboxError
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import backup as backup_service
from desktop_inbox.ui import i18n
from desktop_inbox.ui.i18n import say
from desktop_inbox.ui.timepick import full_date_and_clock

if TYPE_CHECKING:
    from desktop_inbox.services.values import Cache

log = logging.getLogger("desktop_inbox.ui")

RESTORE, AFRESH, QUIT = "restore", "afresh", "quit"
translate = QCoreApplication.translate  # (context "Recovery": lupdate finds the calls by this name)


class Recovery(QObject):
    """The offer's words that hold a number (lupdate reads a plural form
    only from ``self.tr``, not from ``translate``)."""

    def offer(self, messages: int) -> str:
        return self.tr(
            "%1\n\nRestore the latest automatic backup, from %2 (%n message(s))? Messages that arrived since then "
            "are fetched again from the platforms; accounts ask you to sign in again. The damaged file is kept in "
            "the backups folder.",
            "%1: what is damaged, %2: when the backup was taken",
            messages,
        )



async def ask(text: str, informative: str, choices: list[tuple[str, str, QMessageBox.ButtonRole]]) -> str:
    """A non-blocking question; the answer is the chosen key (QUIT if closed)."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
    box.setInformativeText(informative)
    buttons = {box.addButton(label, role): key for key, label, role in choices}
    answer: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    def done(_result: int) -> None:
        if not answer.done():
            answer.set_result(buttons.get(box.clickedButton(), QUIT))

    box.finished.connect(done)
    box.open()
    try:
        return await answer
    finally:
        box.deleteLater()


async def open_cache(
    data_dir: Path, secrets: Secrets, *, asker: Callable[..., object] = ask
) -> Cache | None:
    """The cache, after recovering it if it is damaged; None if the user quits."""
    try:
        return backup_service.open_cache(data_dir, secrets)
    except CacheDamaged as exc:
        return await recover(data_dir, secrets, say(exc), asker=asker)


async def recover(
    data_dir: Path, secrets: Secrets, damage: str, *, asker: Callable[..., object] = ask
) -> Cache | None:
    """Offer the latest automatic backup (or an empty cache) for a cache that
    failed to open with ``damage``; the cache then, or None if the user quits."""
    log.error("damaged cache at start-up: %s", damage)
    latest = await asyncio.to_thread(backup_service.latest_auto, data_dir, secrets)
    afresh = (AFRESH, translate("Recovery", "Start with an empty cache"), QMessageBox.ButtonRole.DestructiveRole)
    leave = (QUIT, translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    if latest is not None:
        offer = Recovery().offer(latest.messages)
        choice = await asker(  # type: ignore[misc]
            translate("Recovery", "The cache of your conversations is damaged."),
            i18n.arg(offer, damage, full_date_and_clock(latest.taken_at.astimezone())),
            [(RESTORE, translate("Recovery", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole), afresh, leave],
        )
    else:
        choice = await asker(  # type: ignore[misc]
            translate("Recovery", "The cache of your conversations is damaged, and there is no automatic backup yet."),
            i18n.arg(translate(
                "Recovery",
                "%1\n\nStart with an empty cache? The damaged file is kept in the backups folder; add your accounts "
                "again and their history is fetched again.",
                "%1: what is damaged",
            ), damage),
            [afresh, leave],
        )
    if choice == RESTORE and latest is not None:
        result = await asyncio.to_thread(backup_service.restore, data_dir, latest.path, secrets)
        log.info("restored %s after damage; %d account(s) to sign in again", latest.path.name, result.accounts_to_sign_in)
    elif choice == AFRESH:
        await asyncio.to_thread(backup_service.start_afresh, data_dir)
    else:
        return None
    try:
        return backup_service.open_cache(data_dir, secrets)
    except InboxError as exc:
        log.error("the cache still cannot be opened: %s", exc)
        raise
