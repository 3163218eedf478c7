"""Pictures in the window: a customer's photo shows as a thumbnail from the
local file (offline too), opens large with its alt text; the composer takes
a picture (dropped, pasted or chosen), wants its alt text before sending,
and refuses a hostile file with one line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from desktop_inbox.records import Platform
from tests.helpers import pictures
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until


def test_a_customer_photo_shows_offline_and_opens_with_its_alt_text(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        photo = pictures.jpeg(800, 600)
        world.server.post(
            world.anna, "@shop the strap broke after two days",
            media=[world.server.add_media(photo, "image/jpeg", description="The broken strap, close up")],
        )
        ui = await make_ui.attach(world)
        world.server.stop()  # offline from here on
        w = ui.window
        view = w.conversation.thread_view
        await until(lambda: w.conversation.current is not None and view.thumbnails.loaded, message="thumbnail loaded")
        [loaded] = view.thumbnails.loaded
        assert Path(loaded).is_relative_to(ui.ctx.data_dir.parent)  # a local file
        assert view.blocked_resources == []  # and nothing else was asked for
        assert "Picture: \u2068The broken strap, close up\u2069" in view.document_text()

        opened = []
        w.conversation.open_media = lambda media_id: opened.append(media_id)  # type: ignore[method-assign]
        view.media_requested.disconnect()
        view.media_requested.connect(w.conversation.open_media)
        [attachment] = w.conversation.current.messages[0].attachments
        view.on_anchor_clicked(QUrl(f"inbox:media/{attachment['media_id']}"))
        assert opened == [attachment["media_id"]]
        # And clicked as the user does: on the thumbnail inside its bubble,
        # which is tall enough to show all of it (240x180 for 800x600).
        w.show()
        index = view.messages.index(0, 0)
        await until(lambda: view.visualRect(index).height() > 180, message="the bubble laid out with its picture")
        at = _thumbnail_at(view, index)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        assert opened == [attachment["media_id"]] * 2

        # Shown before its file was kept, then read again once it is (the
        # sync's event): the bubble is laid out anew, thumbnail and all.
        kept = w.conversation.current
        waiting = {k: v for k, v in attachment.items() if k not in ("file", "thumb", "path", "thumb_path")}
        message = replace(kept.messages[0], attachments=({**waiting, "state": "wanted"},))
        view.show_conversation(replace(kept, messages=[message, *kept.messages[1:]]), keep_position=True)
        assert "not downloaded yet" in view.document_text() and "Picture:" in view.document_text()
        assert view.visualRect(view.messages.index(0, 0)).height() < 180
        view.show_conversation(kept, keep_position=True)
        assert "not downloaded yet" not in view.document_text()
        assert view.visualRect(view.messages.index(0, 0)).height() > 180

        from desktop_inbox.ui.dialogs.image_viewer import ImageViewer

        item = await ui.ctx.media.item(attachment["media_id"])
        viewer = ImageViewer(path=ui.ctx.media.local_path(item.file), kind=item.kind, alt=item.alt)
        assert not viewer.picture.pixmap().isNull() and viewer.picture.pixmap().width() == 800
        assert viewer.alt.text() == "Alt text: The broken strap, close up"
        viewer.deleteLater()

    make_ui.run(body())


def _thumbnail_at(view, index: QModelIndex) -> QPoint:  # type: ignore[no-untyped-def]
    """Where the first picture of a row's bubble is on the view's viewport."""
    message = view.messages.rows[index.row()]
    doc = view.bubbles.document(message)
    bubble = view.bubbles.bubble(view.visualRect(index), message)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                line = block.layout().lineForTextPosition(fragment.position() - block.position())
                top = doc.documentLayout().blockBoundingRect(block).topLeft()
                x = line.cursorToX(fragment.position() - block.position())[0]
                return bubble.topLeft() + QPoint(int(top.x() + x) + 20, int(top.y() + line.y()) + 20)
            it += 1
        block = block.next()
    raise AssertionError("no picture in the bubble")


def test_the_composer_wants_alt_text_and_refuses_hostile_pictures(make_ui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop which colour is the new strap?")
        ui = await make_ui.attach(world)
        await ui.start_sync()
        w = ui.window
        composer = w.conversation.composer
        bar = composer.attachments
        await until(lambda: w.conversation.current is not None)
        composer.edit.setPlainText("Anna, here it is in dark brown.")
        assert composer.send_button.isEnabled()

        # Dropped from the file manager: a local file.
        good = tmp_path / "strap.png"
        good.write_bytes(pictures.png(300, 200, text="strap"))
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(good))])
        drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        # (Qt delivers drops only during a real drag: the filter is called as Qt would.)
        assert bar.eventFilter(composer.edit.viewport(), drop)
        await until(lambda: len(bar.chips) == 1, message="picture attached")
        assert not composer.send_button.isEnabled()  # no alt text yet
        assert "Describe" in composer.send_button.toolTip()

        # A hostile one: refused with one line, the good one stays.
        bomb = tmp_path / "bomb.png"
        bomb.write_bytes(pictures.bomb())
        bar.attach_files([str(bomb)])
        await until(lambda: bar.error.isVisible(), message="refusal shown")
        assert "too large" in bar.error.text() and len(bar.chips) == 1

        # Pasted from the clipboard.
        image = QImage(40, 30, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.darkGreen)
        QApplication.clipboard().setImage(image)
        assert bar._take(QApplication.clipboard().mimeData())
        await until(lambda: len(bar.chips) == 2, message="pasted picture attached")

        # A web address is never fetched.
        remote = QMimeData()
        remote.setUrls([QUrl("https://example.com/cat.png")])
        assert bar._take(remote) and "not web addresses" in bar.error.text()

        bar.chips[0].alt.setText("The new strap in dark brown")
        bar.chips[1].alt.setText("A green swatch of the leather")
        await until(lambda: composer.send_button.isEnabled(), message="send allowed once described")
        QTest.keyClick(bar.chips[1].alt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # sends from the alt text too
        await until(lambda: len(world.server.replies_by(world.shop)) == 1, timeout=20, message="reply posted")
        [reply] = world.server.replies_by(world.shop)
        assert [m["description"] for m in reply.media] == ["The new strap in dark brown", "A green swatch of the leather"]
        assert world.server.media_files[reply.media[0]["id"]].data == good.read_bytes()
        assert bar.chips == []

    make_ui.run(body())


def test_the_storage_dialog_counts_pictures_and_switches_an_account_off(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop look", media=[world.server.add_media(pictures.png(200, 100), "image/png")])
        ui = await make_ui.attach(world)
        await until(lambda: ui.window.conversation.current is not None, message="conversation shown")
        from desktop_inbox.ui.dialogs.storage import StorageDialog

        dialog = StorageDialog(ui.ctx.storage)
        await until(lambda: dialog.table.rowCount() == 1, message="storage shown")
        assert "of customers' pictures (1 file)" in dialog.summary.text()
        cell = dialog.table.item(0, 4)
        assert cell.checkState() == Qt.CheckState.Checked and cell.text().endswith("of 1,024 MB")  # (the locale groups digits)

        cell.setCheckState(Qt.CheckState.Unchecked)  # the user unticks the account

        await until(lambda: dialog.table.item(0, 4).text() == "not kept", message="switched off")
        assert "(0 files)" in dialog.summary.text()
        [settings] = await ui.ctx.media.settings()
        assert not settings.keep and settings.files == 0
        dialog.deleteLater()

    make_ui.run(body())


def test_the_thread_marks_videos_and_sounds_with_symbols_the_font_can_draw(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics

    from desktop_inbox.ui.conversation.media_html import attachment_html

    metrics = QFontMetrics(qapp.font())
    palette = {"dim": "#777", "link": "#00f"}
    for kind in ("image", "gifv", "video", "audio"):
        for state in ("wanted", "refused"):
            html = attachment_html({"kind": kind, "state": state, "description": "x"}, palette)
            assert html is not None
            symbols = {c for c in html if ord(c) > 0x7F and c != "\u2014"}
            assert symbols, html
            assert all(metrics.inFontUcs4(ord(c)) for c in symbols), (kind, symbols)  # no empty boxes


def test_a_photo_larger_than_the_platform_takes_is_attached_as_a_smaller_copy(make_ui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop which colour is the new strap?")
        ui = await make_ui.attach(world)
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        bar = w.conversation.composer.attachments
        bar.set_target(Platform.BLUESKY, direct=False)  # (as a Bluesky conversation sets it: 1 MB pictures)
        photo = tmp_path / "IMG_2041.jpg"
        photo.write_bytes(pictures.photo(2400, 1600))
        bar.attach_files([str(photo)])
        await until(lambda: len(bar.chips) == 1, message="photo attached")
        [chip] = bar.chips
        assert chip.attached.size <= 1_000_000 < chip.attached.fitted_from == photo.stat().st_size
        shown = [label.text() for label in chip.findChildren(QLabel)]
        assert any(text.startswith("IMG_2041.jpg — sent smaller (") and "MB → " in text for text in shown), shown
        assert not bar.error.isVisible()

    make_ui.run(body())


def test_the_composer_fits_a_photo_to_the_limit_of_the_accounts_server(make_ui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.image_size_limit = 2 * 1024 * 1024  # (said at sign-in; Mastodon's own is 16 MB)
        world.server.post(world.anna, "@shop which colour is the new strap?")
        ui = await make_ui.attach(world)
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        composer = w.conversation.composer
        bar = composer.attachments
        assert composer.target_picture_limit() == 2 * 1024 * 1024
        await until(lambda: bar.picture_limit == 2 * 1024 * 1024, message="the account's limit reaches the pictures")
        photo = tmp_path / "IMG_2041.jpg"
        photo.write_bytes(pictures.photo(2400, 1600))
        assert 2 * 1024 * 1024 < photo.stat().st_size < 16 * 1024 * 1024
        bar.attach_files([str(photo)])
        await until(lambda: len(bar.chips) == 1, message="photo attached")
        [chip] = bar.chips
        assert chip.attached.size < 2 * 1024 * 1024 < chip.attached.fitted_from == photo.stat().st_size
        assert not bar.error.isVisible()

    make_ui.run(body())
