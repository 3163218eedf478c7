"""File ▸ Back up… and File ▸ Restore from a backup…

Both dialogs are non-modal (``open()``), the work runs off the Qt thread.
A restore replaces the cache file, so it happens after an orderly shutdown:
the choice is kept in ``AppContext.extras[RESTORE_KEY]``, the app quits,
restores, and starts again.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from desktop_inbox import APP_NAME
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.i18n import arg, say
from desktop_inbox.ui.tasks import messages, spawn

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    # (The backups' modules load when one is first taken or restored, not with the window.)
    from desktop_inbox.services.backup import BackupInfo, BackupService

RESTORE_KEY = "restore_from"


class BackupActions(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None

    @property
    def service(self) -> BackupService:
        """The backups (built when first used: not with the window)."""
        return self.ctx.backups

    # -- back up ---------------------------------------------------------------

    def back_up(self) -> QFileDialog:
        from PySide6.QtWidgets import QFileDialog  # (dialog classes load when used: their enums)

        from desktop_inbox.ui.files import file_dialog

        name = f"desktop-inbox-backup-{datetime.now().strftime('%Y-%m-%d-%H%M')}.sqlite3"
        dialog = file_dialog(self.window, self.tr("Back up the cache"), str(Path.home() / name), self.filter())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("sqlite3")
        dialog.fileSelected.connect(self.back_up_to)
        dialog.open()
        self.dialog = dialog
        return dialog

    def filter(self) -> str:
        return self.tr("Desktop Inbox backups (*.sqlite3);;All files (*)", "keep the patterns in brackets and the ;;")

    def back_up_to(self, path: str) -> None:
        messages.info.emit(self.tr("Writing the backup…"))
        # The save dialog has asked before replacing a file.
        spawn(self.service.backup_to(Path(path), overwrite=True), on_done=self._backed_up, owner=self)

    def _backed_up(self, info: BackupInfo) -> None:
        messages.info.emit(arg(self.tr("Backup written: %1. Sign-ins are not in it."), say(info.describe())))

    # -- restore -----------------------------------------------------------------

    def restore(self) -> QFileDialog:
        from PySide6.QtWidgets import QFileDialog

        from desktop_inbox.services.backup import BACKUP_DIR
        from desktop_inbox.ui.files import file_dialog

        dialog = file_dialog(self.window, self.tr("Restore from a backup"), str(self.ctx.data_dir / BACKUP_DIR), self.filter())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.check_backup)
        dialog.open()
        self.dialog = dialog
        return dialog

    def check_backup(self, path: str) -> None:
        messages.info.emit(self.tr("Checking the backup…"))
        spawn(self.service.inspect(Path(path)), on_done=self.confirm_restore, owner=self)

    def confirm_restore(self, info: BackupInfo) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, self.tr("Replace the cache with this backup?"), parent=self.window)
        box.setInformativeText(arg(
            self.tr(
                "%1\n\nThe backup was checked and is sound. %2 restarts with it; the current cache is kept in the "
                "backups folder. Every account asks you to sign in again, and replies waiting to go out are checked "
                "with the platform before they are sent.",
                "%1: the backup (when, how many messages), %2: Desktop Inbox"
            ),
            say(info.describe()),
            APP_NAME,
        ))
        restore = box.addButton(self.tr("Restore and restart"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is restore, info))
        box.open()
        self.question = box
        return box

    def _answered(self, accepted: bool, info: BackupInfo) -> None:
        if not accepted:
            return
        self.ctx.extras[RESTORE_KEY] = info.path
        self.ctx.request_quit()
