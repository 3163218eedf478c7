"""The real app under Xvfb: a customer's photo read offline, and a reply
with a picture attached through the file dialog, described, and sent."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from pathlib import Path

from tests.e2e.test_app_xvfb import ARTIFACTS
from tests.helpers import pictures
from tests.helpers.mastodon import World
from tests.helpers.waiting import wait_until
from tests.helpers.xvfb import Xvfb


def _strap_photo() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 420), (236, 228, 214))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((60, 170, 580, 250), radius=30, fill=(120, 72, 40))  # the strap
    for x in range(110, 560, 45):
        draw.ellipse((x, 202, x + 14, 216), fill=(60, 36, 20))  # its holes
    draw.line((300, 160, 330, 260), fill=(250, 250, 250), width=6)  # the tear
    draw.rectangle((20, 150, 70, 270), fill=(200, 200, 205))  # the buckle
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def test_a_photo_offline_and_a_reply_with_a_picture(world: World, cli, data_dir: Path, tmp_path: Path, xvfb: Xvfb) -> None:  # type: ignore[no-untyped-def]
    world.server.post(
        world.anna, "@shop the strap of my sandals tore after two days, see the photo",
        media=[world.server.add_media(_strap_photo(), "image/jpeg", description="A brown leather strap torn next to the third hole")],
    )
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    world.server.stop()  # on the plane: no network at all
    new_strap = tmp_path / "new-strap.png"
    new_strap.write_bytes(pictures.png(480, 320, color=(90, 50, 30), text="new strap"))
    command = [sys.executable, "-m", "desktop_inbox", "--data-dir", str(data_dir), "--settings-dir", str(tmp_path / "qt")]
    ARTIFACTS.mkdir(exist_ok=True)
    with xvfb.running_app(command, tmp_path / "app-output.txt") as app:
        window = xvfb.wait_for_window("Desktop Inbox")
        wait_until(lambda: "Anna" in xvfb.xdotool("getwindowname", window), what="the conversation opened")
        time.sleep(1.5)
        shot = xvfb.screenshot(tmp_path / "thread-photo-offline.png", window)
        shutil.copy(shot, ARTIFACTS / "e2e-thread-photo-offline.png")

        xvfb.xdotool("windowfocus", "--sync", window)
        xvfb.xdotool("key", "r")
        xvfb.xdotool("type", "--delay", "10", "Anna, so sorry! The new strap is on its way:")
        xvfb.xdotool("key", "ctrl+shift+a")
        dialog = xvfb.wait_for_window("Attach pictures")
        xvfb.xdotool("windowfocus", "--sync", dialog)
        xvfb.xdotool("type", "--delay", "5", str(new_strap))
        xvfb.xdotool("key", "Return")
        time.sleep(1.5)  # checked off the UI thread; the alt text field takes the focus
        xvfb.xdotool("windowfocus", "--sync", window)  # (no window manager gives it back)
        xvfb.xdotool("type", "--delay", "10", "The new strap in dark brown leather, stitched by hand")
        time.sleep(0.8)
        shot = xvfb.screenshot(tmp_path / "composer-picture.png", window)
        shutil.copy(shot, ARTIFACTS / "e2e-composer-picture.png")
        xvfb.xdotool("key", "ctrl+Return")  # offline: it waits in the outbox, with its picture
        wait_until(lambda: _queued(data_dir), what="the reply queued")
        xvfb.quit_app(window)
        assert app.wait(timeout=30) == 0
    assert _queued(data_dir) == [("queued", "The new strap in dark brown leather, stitched by hand")]


def _queued(data_dir: Path) -> list[tuple[str, str]]:
    """The outbox's replies with their pictures' alt text."""
    with sqlite3.connect(data_dir / "cache.sqlite3") as conn:
        return conn.execute("SELECT o.state, m.alt FROM outbox o JOIN outbox_media m ON m.outbox_id = o.id").fetchall()
