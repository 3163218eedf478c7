"""File dialogs (issue 22): the desktop's own where it has one; Qt's own
reads no file's content (typing /proc/ read /proc/kmsg, which never ends)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtWidgets import QFileDialog, QFileIconProvider

from desktop_inbox.ui.files import PlainIcons
from desktop_inbox.ui.platform_theme import platform_theme
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def test_the_portal_is_asked_for_where_qt_has_no_native_dialog() -> None:
    bus = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    assert platform_theme({**bus, "XDG_CURRENT_DESKTOP": "KDE"}, platform="linux") == "xdgdesktopportal"
    assert platform_theme({**bus, "XDG_CURRENT_DESKTOP": "sway"}, platform="linux") == "xdgdesktopportal"
    # GNOME and its kin: Qt's gtk3 theme shows GTK's own dialog already.
    assert platform_theme({**bus, "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, platform="linux") is None
    assert platform_theme({**bus, "XDG_CURRENT_DESKTOP": "XFCE"}, platform="linux") is None
    # The user's choice stays; no desktop or no bus: nothing to ask.
    assert platform_theme({**bus, "XDG_CURRENT_DESKTOP": "KDE", "QT_QPA_PLATFORMTHEME": "kde"}, platform="linux") is None
    assert platform_theme(bus, platform="linux") is None
    assert platform_theme({"XDG_CURRENT_DESKTOP": "KDE"}, platform="linux") is None
    assert platform_theme({**bus, "XDG_CURRENT_DESKTOP": "KDE"}, platform="win32") is None


def test_qt_s_own_dialog_tells_files_apart_by_name_never_by_content(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    disguised = tmp_path / "kmsg"  # no suffix: the name says nothing, as for /proc/kmsg
    disguised.write_bytes(PNG)
    info = QFileInfo(str(disguised))
    # Qt's provider reads the content to find a type (what blocked on /proc/kmsg) ...
    assert QMimeDatabase().mimeTypeForFile(info).name() == "image/png"
    assert "PNG" in QFileIconProvider().type(info)
    # ... the app's does not.
    plain = PlainIcons()
    assert plain.type(info) == "File"
    assert plain.type(QFileInfo(str(tmp_path))) == "Folder"
    assert plain.type(QFileInfo(str(tmp_path / "backup.sqlite3"))) == "SQLITE3 file"


def test_every_file_dialog_of_the_app_uses_it(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop hello")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        dashboard = w.dialogs.dashboard()
        dialogs: list[QFileDialog] = [w.backups.back_up(), w.backups.restore(), w.dialogs.export("conversation")]
        dashboard.export()
        dialogs += list(dashboard.findChildren(QFileDialog))
        assert len(dialogs) == 4
        for dialog in dialogs:
            assert isinstance(dialog.iconProvider(), PlainIcons), dialog.windowTitle()
            assert not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # the desktop's, where it has one
            dialog.reject()
        dashboard.close()

    make_ui.run(body())
