"""Help → About: name, version (the package's), icon, licence, data folder."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from desktop_inbox import __version__
from desktop_inbox.ui.dialogs.about import AboutDialog
from tests.ui.conftest import until


def _text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_opens_from_the_help_menu_with_version_licence_and_data_folder(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        [action] = [a for a in ui.window.actions() if a.text().replace("&", "") == "About Desktop Inbox"]
        action.trigger()
        dialog = await until(
            lambda: next((w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible()), None),
            message="the About dialog",
        )
        text = _text(dialog)
        assert dialog.windowTitle() == "About Desktop Inbox"
        assert f"Version {__version__}" in text
        assert "GPL-3.0-or-later" in text
        assert str(ui.ctx.data_dir) in text
        assert "desktop-inbox" in text  # the keyring service
        assert not dialog.icon_label.pixmap().isNull()  # the icon was found and rendered
        dialog.close()

    make_ui.run(body())


def test_about_says_the_demo_workspace_is_thrown_away(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(tmp_path / "demo", demo=True)
    assert "deleted when you quit" in _text(dialog)
    assert "deleted when you quit" not in _text(AboutDialog(tmp_path / "data"))
    # The demo's sign-in is in memory: About does not claim the keyring (issue 22).
    assert "the system keyring" not in _text(dialog) and "kept in memory" in _text(dialog)
    assert "the system keyring" in _text(AboutDialog(tmp_path / "data"))
