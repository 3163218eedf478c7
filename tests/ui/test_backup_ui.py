"""File menu backups, the restore offer for a damaged cache, coming forward."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_inbox.errors import CacheDamaged
from desktop_inbox.secrets import Secrets
from desktop_inbox.store import backup
from desktop_inbox.store.db import Cache
from desktop_inbox.ui import recovery
from desktop_inbox.ui.backup_actions import RESTORE_KEY
from desktop_inbox.ui.tasks import messages
from tests.ui.conftest import until


def _menu_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    file_menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in file_menu.actions()]


def test_back_up_and_restore_from_the_file_menu(make_ui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        ui = await make_ui.build()
        ui.world.server.post(ui.world.anna, "@shop hello from the menu test")
        await ui.ctx.sync.engine.sync_once()
        window = ui.window
        assert "&Back up…" in _menu_texts(window) and "Restore from a bac&kup…" in _menu_texts(window)
        infos: list[str] = []
        messages.info.connect(infos.append)
        dialog = window.backups.back_up()  # open(): returns at once, the loop runs on
        assert dialog.isVisible()
        dialog.close()
        target = tmp_path / "menu-backup.sqlite3"
        window.backups.back_up_to(str(target))
        await until(lambda: any("Backup written" in i for i in infos), message="backup done")
        conn = sqlite3.connect(target)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM message").fetchone()[0] == 1
        conn.close()

        quit_asked: list[bool] = []
        ui.ctx.request_quit = lambda: quit_asked.append(True)
        window.backups.restore().close()
        window.backups.check_backup(str(target))
        box = await until(lambda: window.backups.question, message="the confirmation")
        assert box.isVisible()
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        cancel.click()
        await asyncio.sleep(0.05)
        assert not quit_asked and RESTORE_KEY not in ui.ctx.extras
        window.backups.question = None
        window.backups.check_backup(str(target))
        box = await until(lambda: window.backups.question, message="the confirmation again")
        restore = next(b for b in box.buttons() if b.text() == "Restore and restart")
        restore.click()
        await until(lambda: quit_asked, message="quit for the restore")
        assert ui.ctx.extras[RESTORE_KEY] == target

        # A damaged file is refused before anything is asked.
        bad = tmp_path / "bad.sqlite3"
        bad.write_bytes(b"not a database at all" * 300)
        errors: list[str] = []
        messages.error.connect(errors.append)
        window.backups.question = None
        window.backups.check_backup(str(bad))
        await until(lambda: errors, message="the refusal")
        assert "not a Desktop Inbox backup" in errors[0] and window.backups.question is None

        window.showMinimized()
        window.bring_forward()
        assert window.isVisible() and not window.isMinimized()

    make_ui.run(scenario())


def test_damaged_cache_at_start_offers_the_latest_backup(make_ui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # As in the app: closing the window does not stop the loop.
    QApplication.instance().setQuitOnLastWindowClosed(False)

    async def scenario() -> None:
        ui = await make_ui.build()
        ui.world.server.post(ui.world.anna, "@shop hello before the damage")
        await ui.ctx.sync.engine.sync_once()
        await ui.ctx.cache.write(lambda: None)
        data_dir = ui.ctx.cache.data_dir
        assert backup.auto_backup(data_dir) is not None
        await ui.close()
        with open(data_dir / "cache.sqlite3", "r+b") as f:
            f.write(b"\x00" * 100)  # the header is gone

        opening = asyncio.ensure_future(recovery.open_cache(data_dir, Secrets()))
        box = await until(lambda: next((w for w in QApplication.topLevelWidgets()
                                        if isinstance(w, QMessageBox) and w.isVisible()), None), message="the offer")
        assert "damaged" in box.text() and "(1 message)?" in box.informativeText()
        next(b for b in box.buttons() if b.text() == "Restore the backup").click()
        cache = await asyncio.wait_for(opening, 30)
        assert isinstance(cache, Cache)
        try:
            rows = await cache.read(lambda: cache_rows())
        finally:
            cache.close()
        assert rows == (1, "needs_sign_in")
        kept = list((data_dir / backup.BACKUP_DIR).glob(backup.REPLACED_PREFIX + "*"))
        assert len(kept) == 1  # the damaged file, kept

    try:
        make_ui.run(scenario())
    finally:
        QApplication.instance().setQuitOnLastWindowClosed(True)


def cache_rows() -> tuple[int, str]:
    from desktop_inbox.store.schema import database

    messages_count = database.execute_sql("SELECT count(*) FROM message").fetchone()[0]
    state = database.execute_sql("SELECT state FROM account").fetchone()[0]
    return messages_count, state


def test_no_backup_offers_a_fresh_start(qloop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    Cache(data_dir).close()
    (data_dir / "cache.sqlite3").write_bytes(b"garbage" * 1000)
    asked: list[str] = []

    async def answer(text: str, informative: str, choices) -> str:  # type: ignore[no-untyped-def]
        asked.append(text)
        assert [c[0] for c in choices] == [recovery.AFRESH, recovery.QUIT]
        return recovery.QUIT

    assert qloop.run_until_complete(recovery.open_cache(data_dir, Secrets(), asker=answer)) is None
    assert "no automatic backup" in asked[0]
    try:
        Cache(data_dir)
        raise AssertionError("the damaged cache opened")
    except CacheDamaged:
        pass

    async def fresh(text: str, informative: str, choices) -> str:  # type: ignore[no-untyped-def]
        return recovery.AFRESH

    cache = qloop.run_until_complete(recovery.open_cache(data_dir, Secrets(), asker=fresh))
    assert cache is not None
    cache.close()
    assert list((data_dir / backup.BACKUP_DIR).glob(backup.REPLACED_PREFIX + "*"))
